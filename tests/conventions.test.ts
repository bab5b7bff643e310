import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.ts';
import { DISTRICT_PACKS, PACKS } from '../rules/packs/index.ts';
import { RULE_IDS } from '../rules/types.ts';

const root = join(import.meta.dirname, '..');
const seeds = join(root, '..', 'shared', 'seeds');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('every rule of the spec', () => {
  it('is registered once, in the spec order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  const ruleFiles = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts'));
  it('has no rule file left out of the registry', () => {
    const ids = new Set<string>(RULE_IDS);
    const shared = new Set(['account-checklist.ts', 'checklist.ts', 'define-rule.ts', 'engine.ts', 'index.ts', 'schema.ts', 'settings.ts', 'text.ts', 'types.ts']);
    const stray = ruleFiles.filter((f) => !shared.has(f) && !ids.has(f.replace(/\.ts$/, '')));
    expect(stray).toEqual([]);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in rules/<id>.ts and has tests and docs', () => {
        expect(existsSync(join(root, 'rules', `${rule.id}.ts`))).toBe(true);
        expect(existsSync(join(root, 'tests', 'rules', `${rule.id}.test.ts`))).toBe(true);
        expect(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`))).toBe(true);
      });
      it('has a title and says what it protects', () => {
        expect(rule.meta.title.length).toBeGreaterThan(3);
        expect(rule.meta.protects.length).toBeGreaterThan(10);
      });
      it('is cited by at least one district procedure', () => {
        expect(DISTRICT_PACKS.some((p) => p.rules[rule.id])).toBe(true);
        expect(PACKS.strictest.rules[rule.id]).toBeDefined();
      });
    });
  }
});

describe('every policy pack', () => {
  for (const pack of DISTRICT_PACKS) {
    it(`${pack.id} quotes its seed word for word`, () => {
      const seed = squash(readFileSync(join(seeds, pack.seed), 'utf8'));
      for (const [id, r] of Object.entries(pack.rules)) {
        expect(r.clauses.length, id).toBeGreaterThan(0);
        for (const c of r.clauses) {
          expect(c.ref.length, id).toBeGreaterThan(2);
          expect(seed, `${pack.id} ${id} ${c.ref}`).toContain(squash(c.quote));
        }
      }
    });
  }
});
