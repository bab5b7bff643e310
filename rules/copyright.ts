import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'copyright',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
