import type { RuleId, Severity } from '../types.ts';
import { RULE_IDS } from '../types.ts';
import apEightySix from './ap-80-06.ts';
import esm from './esm-appropriate-use.ts';
import lethbridge from './lethbridge-607-4.ts';
import medicineHat from './medicine-hat-570p005.ts';
import parkWest from './park-west-ap-144.ts';
import type { Pack, PackRule } from './types.ts';

export type { ClauseCitation, Pack, PackRule } from './types.ts';
export { formatClauses, parseClauses } from './clause-text.ts';

export const DISTRICT_PACKS: readonly Pack[] = [medicineHat, lethbridge, apEightySix, esm, parkWest];

export const PACK_IDS = [
  'strictest',
  'medicine-hat-570p005',
  'lethbridge-607-4',
  'ap-80-06',
  'esm-appropriate-use',
  'park-west-ap-144',
] as const;
export type PackId = (typeof PACK_IDS)[number];

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function stricter(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}


/**
 * Every rule any district pack turns on, at the strictest severity any pack
 * gives it, citing each pack that sets that severity.
 */
function buildStrictest(): Pack {
  const rules: Partial<Record<RuleId, PackRule>> = {};
  for (const id of RULE_IDS) {
    const given = DISTRICT_PACKS.flatMap((p) => (p.rules[id] ? [p.rules[id]] : []));
    if (given.length === 0) continue;
    const severity = given.map((r) => r.severity).reduce(stricter);
    rules[id] = { severity, clauses: given.filter((r) => r.severity === severity).flatMap((r) => r.clauses) };
  }
  return { id: 'strictest', name: 'Strictest of all district procedures', seed: '', rules };
}

export const PACKS: Record<PackId, Pack> = {
  strictest: buildStrictest(),
  ...(Object.fromEntries(DISTRICT_PACKS.map((p) => [p.id, p])) as Record<Exclude<PackId, 'strictest'>, Pack>),
};

export function isPackId(id: string): id is PackId {
  return (PACK_IDS as readonly string[]).includes(id);
}
