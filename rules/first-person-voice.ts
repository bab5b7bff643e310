import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'first-person-voice',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
