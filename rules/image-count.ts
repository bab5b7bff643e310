import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'image-count',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
