import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'excursion-details',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
