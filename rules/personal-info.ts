import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'personal-info',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
