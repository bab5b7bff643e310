import { describe, expect, it } from 'vitest';
import { EMPTY_ROSTER } from '../../rules/engine.ts';
import type { Draft, Hit, ImageMeta, RosterIndex, Rule, RuleOptions } from '../../rules/types.ts';

/** A case is a text, or a draft with the parts that matter for it. */
export type RuleCase =
  | string
  | {
      name?: string;
      text?: string;
      now?: string;
      platform?: Draft['platform'];
      images?: ImageMeta[];
      options?: Partial<RuleOptions>;
      roster?: RosterIndex;
    };

export interface InvalidCase extends Exclude<RuleCase, string> {
  text?: string;
  /** How many hits the rule must report (default: at least one). */
  count?: number;
  /** Text that each reported span must cover, in order. */
  spans?: string[];
  /** Student ids the first hit must name. */
  studentIds?: string[];
  /** Replacement the first hit must offer. */
  fix?: string;
  /** Words the first hit's message must contain. */
  message?: RegExp;
}

export const DEFAULT_NOW = '2026-05-12T09:00:00-06:00';

export const DEFAULT_OPTIONS: RuleOptions = {
  allowList: { phones: [], emails: [], domains: [] },
  approvedDevices: [],
  imageLimit: 4,
  keywords: [],
};

export function runRule(rule: Rule, c: RuleCase, roster?: RosterIndex): Hit[] {
  const k = typeof c === 'string' ? { text: c } : c;
  const index = k.roster ?? roster ?? EMPTY_ROSTER;
  const draft: Draft = {
    platform: k.platform ?? 'x',
    text: k.text ?? '',
    now: k.now ?? DEFAULT_NOW,
    images: k.images ?? [],
  };
  return rule.check({
    draft,
    roster: index,
    options: { ...DEFAULT_OPTIONS, ...k.options },
    names: index.size > 0 ? index.findNames(draft.text) : [],
  });
}

function label(c: RuleCase): string {
  if (typeof c === 'string') return c;
  return c.name ?? c.text ?? JSON.stringify(c.images);
}

/** ESLint-style tables: every valid case must be quiet, every invalid case must fire as described. */
export function runRuleCases(
  rule: Rule,
  cases: { valid: RuleCase[]; invalid: InvalidCase[]; roster?: RosterIndex },
): void {
  describe(rule.id, () => {
    describe('stays quiet on', () => {
      for (const c of cases.valid) {
        it(label(c), () => {
          expect(runRule(rule, c, cases.roster)).toEqual([]);
        });
      }
    });
    describe('fires on', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const hits = runRule(rule, c, cases.roster);
          if (c.count !== undefined) expect(hits).toHaveLength(c.count);
          else expect(hits.length).toBeGreaterThan(0);
          for (const h of hits) expect(h.message.length).toBeGreaterThan(10);
          if (c.spans) {
            expect(hits.map((h) => (c.text ?? '').slice(h.start ?? 0, h.end ?? 0))).toEqual(c.spans);
          }
          if (c.studentIds) expect([...(hits[0]?.studentIds ?? [])].sort()).toEqual([...c.studentIds].sort());
          if (c.fix !== undefined) expect(hits[0]?.fix?.replacement).toBe(c.fix);
          if (c.message) expect(hits[0]?.message).toMatch(c.message);
        });
      }
    });
  });
}

/** A stand-in roster that knows one name, for rules that only need to tell a student's name from other words. */
export function oneNameRoster(name: string, kind: 'first' | 'last' | 'full' = 'full'): RosterIndex {
  return {
    size: 1,
    student: () => undefined,
    findNames: (text) => {
      const at = text.indexOf(name);
      return at < 0 ? [] : [{ start: at, end: at + name.length, kind, studentIds: ['S1'] }];
    },
  };
}
