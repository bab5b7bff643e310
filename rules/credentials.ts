import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'credentials',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
