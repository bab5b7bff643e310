import type { RuleId, Severity } from '../types.ts';

/** A clause of a district procedure, quoted word for word from its seed file. */
export interface ClauseCitation {
  /** Short reference, e.g. "570 P 005 proc 5". */
  ref: string;
  /** The clause's own words (a contiguous excerpt of the seed text). */
  quote: string;
}

export interface PackRule {
  severity: Severity;
  /** The clauses this rule enforces in the procedure (one is usual). */
  clauses: ClauseCitation[];
}

export interface Pack {
  id: string;
  /** The procedure's name as a user knows it. */
  name: string;
  /** File in shared/seeds the quotes come from. */
  seed: string;
  /** A rule absent here is off in this pack. */
  rules: Partial<Record<RuleId, PackRule>>;
}
