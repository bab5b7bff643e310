import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'promotion',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
