import { RULES } from './index.ts';
import { PACKS, formatClauses } from './packs/index.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';
import type { Draft, Finding, RosterIndex, Rule, RuleOptions, Severity } from './types.ts';

export const EMPTY_ROSTER: RosterIndex = {
  size: 0,
  student: () => undefined,
  findNames: () => [],
};

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  clause: string;
  options: RuleOptions;
}

const policyCache = new WeakMap<Settings, ActiveRule[]>();

/** The rules in force for these settings: the pack's choice, then the user's overrides. Cached per settings object. */
export function activeRules(settings: Settings): ActiveRule[] {
  const cached = policyCache.get(settings);
  if (cached) return cached;
  const pack = PACKS[settings.policy];
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const inPack = pack.rules[rule.id];
    const override = settings.rules[rule.id];
    const enabled = override?.enabled ?? inPack !== undefined;
    if (!enabled) continue;
    // A rule the user turned on that the pack does not cite still names where its duty comes from.
    const clauses = inPack?.clauses ?? PACKS.strictest.rules[rule.id]?.clauses ?? [];
    active.push({
      rule,
      severity: override?.severity ?? inPack?.severity ?? rule.meta.defaultSeverity,
      clause: formatClauses(clauses),
      options: {
        allowList: settings.allowList,
        approvedDevices: settings.approvedDevices,
        imageLimit: settings.imageLimit,
        keywords: settings.keywords[rule.id] ?? [],
      },
    });
  }
  policyCache.set(settings, active);
  return active;
}

const ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export interface CheckOptions {
  roster?: RosterIndex;
  settings?: Settings;
}

/** Checks one draft against the policy in force. Findings come sorted: worst first, then by position. */
export function checkDraft(draft: Draft, { roster = EMPTY_ROSTER, settings = DEFAULT_SETTINGS }: CheckOptions = {}): Finding[] {
  const names = roster.size > 0 ? roster.findNames(draft.text) : [];
  const findings: Finding[] = [];
  for (const { rule, severity, clause, options } of activeRules(settings)) {
    for (const hit of rule.check({ draft, roster, options, names })) {
      findings.push({ rule: rule.id, severity, clause, ...hit });
    }
  }
  return findings.sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.start ?? Infinity) - (b.start ?? Infinity),
  );
}
