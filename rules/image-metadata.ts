import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'image-metadata',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
