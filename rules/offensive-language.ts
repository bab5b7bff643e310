import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'offensive-language',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
