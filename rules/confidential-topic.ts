import { defineRule } from './define-rule.ts';

export default defineRule({
  id: 'confidential-topic',
  meta: { title: 'TODO', protects: 'TODO', defaultSeverity: 'warn' },
  check: () => [],
});
