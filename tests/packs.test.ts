import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeRules, checkDraft } from '../rules/engine.ts';
import { formatClauses, parseClauses } from '../rules/packs/clause-text.ts';
import { DISTRICT_PACKS, PACKS, PACK_IDS, type PackId, stricter } from '../rules/packs/index.ts';
import { parseSettings, type Settings } from '../rules/settings.ts';
import { RULE_IDS, type Draft, type ImageMeta, type RuleId, type Severity } from '../rules/types.ts';

const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');

function settings(doc: object): Settings {
  const r = parseSettings({ version: 1, ...doc });
  if (!r.ok) throw new Error(r.error);
  return r.settings;
}

function draft(images: ImageMeta[], text = 'We had a wonderful day.'): Draft {
  return { platform: 'facebook', text, now: '2026-05-12T09:00:00-06:00', images };
}

const photos = (n: number): ImageMeta[] => Array.from({ length: n }, (_, i) => ({ name: `IMG_${i}.jpg`, type: 'image/jpeg' }));

/** The designed severity of every rule in every district pack; a missing rule is off in that pack. */
const DESIGN: Record<Exclude<PackId, 'strictest'>, Partial<Record<RuleId, Severity>>> = {
  'medicine-hat-570p005': {
    'student-name': 'block',
    'student-photo': 'block',
    'excursion-details': 'block',
    'personal-info': 'block',
    'confidential-topic': 'block',
    'offensive-language': 'block',
    'first-person-voice': 'warn',
    promotion: 'warn',
    'image-metadata': 'warn',
  },
  'lethbridge-607-4': {
    'student-name': 'block',
    'student-photo': 'block',
    'personal-info': 'block',
    'confidential-topic': 'block',
    'offensive-language': 'block',
    promotion: 'warn',
    credentials: 'block',
    copyright: 'warn',
  },
  'ap-80-06': {
    'personal-info': 'block',
    'confidential-topic': 'block',
    'offensive-language': 'block',
    promotion: 'warn',
    credentials: 'block',
    copyright: 'warn',
  },
  'esm-appropriate-use': {
    'student-name': 'block',
    'student-photo': 'block',
    'personal-info': 'block',
    'confidential-topic': 'block',
    'offensive-language': 'warn',
  },
  'park-west-ap-144': {
    'student-name': 'block',
    'student-photo': 'block',
    'excursion-details': 'warn',
    'personal-info': 'block',
    'confidential-topic': 'warn',
    'offensive-language': 'warn',
    'image-metadata': 'warn',
    'image-count': 'warn',
  },
};

describe('district packs', () => {
  // The seeds README maps each file to its procedure and the short name citations use.
  const readme = readFileSync(join(seeds, 'README.md'), 'utf8');
  const shortName = new Map(
    [...readme.matchAll(/^\| (\S+\.txt) \| [^|]+ \| ([^|]+?) \|$/gm)].map((m) => [m[1], m[2]] as const),
  );

  it('are the five of the spec, in the registry order', () => {
    expect(DISTRICT_PACKS.map((p) => p.id)).toEqual(PACK_IDS.filter((id) => id !== 'strictest'));
  });

  for (const pack of DISTRICT_PACKS) {
    describe(pack.id, () => {
      it('names its procedure and its seed file', () => {
        expect(shortName.has(pack.seed)).toBe(true);
        expect(pack.name).not.toMatch(/TODO/);
        expect(pack.name.length).toBeGreaterThan(20);
      });

      it('cites every clause by the procedure’s short name', () => {
        const prefix = shortName.get(pack.seed) ?? '∅';
        for (const r of Object.values(pack.rules)) {
          for (const c of r.clauses) expect(c.ref.startsWith(prefix), c.ref).toBe(true);
        }
      });

      it('turns on exactly the designed rules at the designed severities', () => {
        const actual = Object.fromEntries(Object.entries(pack.rules).map(([id, r]) => [id, r.severity]));
        expect(actual).toEqual(DESIGN[pack.id as keyof typeof DESIGN]);
      });
    });
  }

  it('block student names and photos in every procedure that has a consent clause', () => {
    for (const id of ['medicine-hat-570p005', 'lethbridge-607-4', 'esm-appropriate-use', 'park-west-ap-144'] as const) {
      expect(PACKS[id].rules['student-name']?.severity, id).toBe('block');
      expect(PACKS[id].rules['student-photo']?.severity, id).toBe('block');
    }
  });

  it('block excursion details in 570 P 005 ("are not to be communicated") but only warn in AP 144 ("limit")', () => {
    expect(PACKS['medicine-hat-570p005'].rules['excursion-details']?.severity).toBe('block');
    expect(PACKS['park-west-ap-144'].rules['excursion-details']?.severity).toBe('warn');
  });
});

describe('the strictest pack', () => {
  const strictest = PACKS.strictest;

  it('turns on every rule of the spec', () => {
    expect(Object.keys(strictest.rules).sort()).toEqual([...RULE_IDS].sort());
  });

  for (const id of RULE_IDS) {
    it(`${id}: takes the strictest severity and cites every pack that gives it`, () => {
      const given = DISTRICT_PACKS.flatMap((p) => (p.rules[id] ? [p.rules[id]] : []));
      const severity = given.map((r) => r.severity).reduce(stricter);
      expect(strictest.rules[id]?.severity).toBe(severity);
      const expected = given.filter((r) => r.severity === severity).flatMap((r) => r.clauses);
      expect(strictest.rules[id]?.clauses).toEqual(expected);
    });
  }

  it('cites 570 P 005 alone for excursion details, not AP 144’s milder "limit"', () => {
    const refs = strictest.rules['excursion-details']?.clauses.map((c) => c.ref);
    expect(refs).toEqual(['570 P 005 proc 4']);
  });

  it('cites all five procedures for personal information, since each of them blocks it', () => {
    const refs = strictest.rules['personal-info']?.clauses.map((c) => c.ref) ?? [];
    for (const name of ['570 P 005', '607.4', 'AP 80-06', 'ESM', 'AP 144']) {
      expect(refs.some((r) => r.startsWith(name)), name).toBe(true);
    }
  });

  it('cites both 570 P 005 and AP 144 for photo metadata, both at warn', () => {
    const rule = strictest.rules['image-metadata'];
    expect(rule?.severity).toBe('warn');
    expect(rule?.clauses.map((c) => c.ref)).toEqual(['570 P 005 proc 5', '570 P 005 proc 4', 'AP 144 Professional Use']);
  });
});

describe('packs in force through settings', () => {
  const ruleIds = (s: Settings) => activeRules(s).map((a) => a.rule.id);

  it('leaves a rule off when the chosen pack does not cite it', () => {
    const apEightySix = ruleIds(settings({ policy: 'ap-80-06' }));
    expect(apEightySix).not.toContain('student-name');
    expect(apEightySix).not.toContain('image-count');
    expect(apEightySix).toContain('credentials');
    expect(ruleIds(settings({ policy: 'park-west-ap-144' }))).not.toContain('credentials');
  });

  it('runs every rule under the default (strictest) policy', () => {
    expect(ruleIds(settings({}))).toEqual([...RULE_IDS]);
  });

  it('lets a per-rule override turn on a rule the pack leaves out, citing the strictest pack', () => {
    const active = activeRules(settings({ policy: 'ap-80-06', rules: { 'student-name': { enabled: true } } }));
    const name = active.find((a) => a.rule.id === 'student-name');
    expect(name?.severity).toBe(name?.rule.meta.defaultSeverity);
    expect(name?.clause).toContain('570 P 005 proc 5');
  });

  it('lets a per-rule override turn off a rule the pack turns on', () => {
    const ids = ruleIds(settings({ policy: 'park-west-ap-144', rules: { 'image-count': { enabled: false } } }));
    expect(ids).not.toContain('image-count');
    expect(ids).toContain('image-metadata');
  });

  it('lets a per-rule severity override win over the pack', () => {
    const s = settings({ policy: 'lethbridge-607-4', rules: { promotion: { severity: 'block' }, 'student-name': { severity: 'info' } } });
    const bySeverity = new Map(activeRules(s).map((a) => [a.rule.id, a.severity]));
    expect(bySeverity.get('promotion')).toBe('block');
    expect(bySeverity.get('student-name')).toBe('info');
    expect(bySeverity.get('credentials')).toBe('block');
  });

  it('reports too many images under AP 144 with its clause, and not under 570 P 005', () => {
    const post = draft(photos(6));
    const parkWest = checkDraft(post, { settings: settings({ policy: 'park-west-ap-144' }) });
    const count = parkWest.filter((f) => f.rule === 'image-count');
    expect(count).toHaveLength(1);
    expect(count[0]?.severity).toBe('warn');
    expect(count[0]?.clause).toMatch(/^AP 144 Use of Student Information: “Limit the use of student images on social media\./);

    const medicineHat = checkDraft(post, { settings: settings({ policy: 'medicine-hat-570p005' }) });
    expect(medicineHat.filter((f) => f.rule === 'image-count')).toEqual([]);
  });

  it('uses the image limit from settings', () => {
    const post = draft(photos(3));
    const lowered = checkDraft(post, { settings: settings({ imageLimit: 2 }) });
    expect(lowered.filter((f) => f.rule === 'image-count')).toHaveLength(1);
    expect(checkDraft(post, { settings: settings({}) }).filter((f) => f.rule === 'image-count')).toEqual([]);
  });

  it('checks devices only against the approved list from settings', () => {
    const post = draft([{ name: 'IMG_9.jpg', type: 'image/jpeg', make: 'Apple', model: 'iPhone 14' }]);
    const device = (s: Settings) => checkDraft(post, { settings: s }).filter((f) => f.rule === 'image-metadata');
    expect(device(settings({}))).toEqual([]);
    expect(device(settings({ approvedDevices: ['Apple iPhone 14'] }))).toEqual([]);
    const hits = device(settings({ approvedDevices: ['Apple iPad (9th generation)'] }));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.image).toBe(0);
    expect(hits[0]?.clause).toContain('AP 144 Professional Use');
  });
});

describe('clause text', () => {
  it('parses back exactly what it formats, quotes with colons and dots included', () => {
    const clauses = [
      { ref: '570 P 005 proc 5', quote: 'No personal information, including student names, location, etc. should ever be posted' },
      { ref: 'AP 80-06 Proper Conduct', quote: 'In particular: No sharing of confidential information or passwords' },
    ];
    expect(parseClauses(formatClauses(clauses))).toEqual(clauses);
  });
});
