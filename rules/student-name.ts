import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'student-name',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
