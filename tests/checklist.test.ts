import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_CHECKLIST_SOURCES,
  ACCOUNT_ITEM_IDS,
  accountChecklist,
  accountItemStatus,
  addMonths,
  dueItems,
} from '../rules/account-checklist.ts';
import { CHECKLIST_SOURCES, manualChecklist, type ClausesByPack, type DistrictPackId } from '../rules/checklist.ts';
import { DISTRICT_PACKS, PACK_IDS } from '../rules/packs/index.ts';
import { RULE_IDS } from '../rules/types.ts';

const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const readme = readFileSync(join(seeds, 'README.md'), 'utf8');
const shortName = new Map([...readme.matchAll(/^\| (\S+\.txt) \| [^|]+ \| ([^|]+?) \|$/gm)].map((m) => [m[1], m[2]] as const));

const lists: [string, readonly { id: string; clauses: ClausesByPack }[]][] = [
  ['manual checklist', CHECKLIST_SOURCES],
  ['account checklist', ACCOUNT_CHECKLIST_SOURCES],
];

describe.each(lists)('the %s', (_name, items) => {
  it('gives each item its own id', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites every item to at least one procedure', () => {
    for (const item of items) expect(Object.values(item.clauses).flat().length, item.id).toBeGreaterThan(0);
  });

  for (const pack of DISTRICT_PACKS) {
    it(`quotes ${pack.id} word for word and by its short name`, () => {
      const seed = squash(readFileSync(join(seeds, pack.seed), 'utf8'));
      const prefix = shortName.get(pack.seed) ?? '∅';
      for (const item of items) {
        for (const c of item.clauses[pack.id as DistrictPackId] ?? []) {
          expect(seed, `${item.id} ${c.ref}`).toContain(squash(c.quote));
          expect(c.ref.startsWith(prefix), c.ref).toBe(true);
        }
      }
    });
  }
});

describe('manual checklist per procedure', () => {
  it('asks the questions of the issue under the default (strictest) policy', () => {
    const ids = manualChecklist('strictest').map((i) => i.id);
    for (const id of ['shown-at-distance', 'school-device', 'own-or-permission', 'trip-after-event', 'speaks-as-we']) {
      expect(ids).toContain(id);
    }
  });

  it('cites under `strictest` every procedure that asks an item, in the registry order', () => {
    const trip = manualChecklist('strictest').find((i) => i.id === 'trip-after-event');
    expect(trip?.clauses.map((c) => c.ref)).toEqual(['570 P 005 proc 4', 'AP 144 Use of Student Information']);
  });

  it('keeps to its own procedure’s clauses under a district pack', () => {
    const parkWest = manualChecklist('park-west-ap-144');
    expect(parkWest.map((i) => i.id)).toEqual(['shown-at-distance', 'school-device', 'images-purpose', 'trip-after-event']);
    expect(parkWest.flatMap((i) => i.clauses).every((c) => c.ref.startsWith('AP 144'))).toBe(true);
    expect(manualChecklist('medicine-hat-570p005').map((i) => i.id)).toContain('speaks-as-we');
    expect(manualChecklist('ap-80-06').map((i) => i.id)).not.toContain('speaks-as-we');
  });

  it('gives every procedure at least one question', () => {
    for (const id of PACK_IDS) expect(manualChecklist(id).length, id).toBeGreaterThan(0);
  });

  it('names only real rules as the ones an item settles', () => {
    for (const item of CHECKLIST_SOURCES) for (const r of item.settles) expect(RULE_IDS).toContain(r);
  });
});

describe('account checklist per procedure', () => {
  it('lists the five duties of the issue under the default (strictest) policy', () => {
    expect(accountChecklist('strictest').map((i) => i.id)).toEqual([...ACCOUNT_ITEM_IDS]);
  });

  it('holds no duty a procedure does not set', () => {
    expect(accountChecklist('park-west-ap-144')).toEqual([]);
    expect(accountChecklist('ap-80-06').map((i) => i.id)).toEqual(['two-admins', 'registered', 'password-reset']);
  });
});

describe('account item due dates', () => {
  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-05-12', 12)).toBe('2027-05-12');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it.each([
    [undefined, 'missing'],
    ['2025-11-22', 'due'],
    ['2025-11-21', 'due'],
    ['2025-11-23', 'soon'],
    ['2025-12-20', 'soon'],
    ['2026-01-05', 'ok'],
    ['2026-11-22', 'ok'],
  ] as const)('confirmed %s, twelve-month duty, on 2026-11-22 → %s', (confirmed, state) => {
    expect(accountItemStatus(confirmed, 12, '2026-11-22').state).toBe(state);
  });

  it('tells the day an item falls due', () => {
    expect(accountItemStatus('2026-03-01', 12, '2026-11-22')).toEqual({ state: 'ok', confirmedOn: '2026-03-01', dueOn: '2027-03-01' });
  });

  it('lists what needs attention: never confirmed or past due, not what is merely coming up', () => {
    const items = accountChecklist('strictest');
    const due = dueItems(items, { 'two-admins': '2026-10-01', 'work-email': '2025-01-01', registered: '2025-12-01' }, '2026-11-22');
    expect(due.map((i) => i.id)).toEqual(['work-email', 'disclaimer', 'password-reset']);
  });
});
