import type { Rule } from './types.ts';

/** Identity helper: gives every rule module the same checked shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
