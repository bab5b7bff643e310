import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const ROSTER = join(root, 'samples', 'roster.csv');
const NOW = '2026-05-12T09:00:00-06:00';

/** Runs the real command, as `npm run -s check -- …` does. */
function check(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'check.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  const lines = r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  return { code: r.status, lines, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'postguard-cli-'));

describe('postguard check (CLI)', () => {
  it('checks one text argument against the roster', () => {
    const r = check(['--roster', ROSTER, '--now', NOW, 'Congratulations to Emma Thompson on her award!']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const finding = r.lines[0].findings.find((f: { rule: string }) => f.rule === 'student-name');
    expect(finding).toMatchObject({ severity: 'block', studentIds: ['S1001'], start: 19, end: 32 });
    expect(finding.clause).toMatch(/570 P 005|607\.4|AP 144/);
  });

  it('reads JSON lines on stdin and answers one line per post, in order, keeping ids', () => {
    const posts = [
      { id: 'p1', platform: 'x', text: 'We loved the concert tonight!', now: NOW },
      { id: 'p2', platform: 'facebook', text: 'Call me at 403-555-0199.', now: NOW },
      { id: 'p3', text: 'Five photos from today', images: [1, 2, 3, 4, 5].map((i) => ({ name: `IMG_${i}.jpg`, gps: { lat: 50.04, lon: -110.68 } })) },
    ];
    const r = check(['--roster', ROSTER, '--now', NOW], posts.map((p) => JSON.stringify(p)).join('\n'));
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['p1', 'p2', 'p3']);
    expect(r.lines[0].findings).toEqual([]);
    expect(r.lines[1].findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['first-person-voice', 'personal-info']);
    const rules3 = new Set(r.lines[2].findings.map((f: { rule: string }) => f.rule));
    expect(rules3).toEqual(new Set(['image-count', 'image-metadata']));
  });

  it("lets a post's own now win over --now", () => {
    const text = 'Our Grade 4 field trip to the Royal Tyrrell Museum is on Friday, May 15 — the bus leaves at 8:30.';
    const before = { id: 'before', text, now: '2026-05-12T09:00:00-06:00' };
    const after = { id: 'after', text, now: '2026-05-20T09:00:00-06:00' };
    const r = check(['--now', '2026-05-01T09:00:00-06:00'], [before, after].map((p) => JSON.stringify(p)).join('\n'));
    const rules = r.lines.map((l) => l.findings.map((f: { rule: string }) => f.rule));
    expect(rules[0]).toContain('excursion-details');
    expect(rules[1]).not.toContain('excursion-details');
  });

  it('applies --policy and --settings', () => {
    const settings = join(tmp, 'settings.json');
    writeFileSync(settings, JSON.stringify({ version: 1, rules: { 'first-person-voice': { enabled: false } } }));
    const r = check(['--settings', settings, '--now', NOW, 'I think this is great']);
    expect(r.lines[0].findings).toEqual([]);
    const pack = check(['--policy', 'medicine-hat-570p005', '--now', NOW, 'I think this is great']);
    expect(pack.lines[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['first-person-voice']);
  });

  it('answers a malformed line with an error line, goes on, and exits 2', () => {
    const r = check(['--now', NOW], ['{"id":"ok","text":"Hello"}', '{not json', '{"id":"bad","text":42}', '{"id":"ok2","text":"Hi"}'].join('\n'));
    expect(r.code).toBe(2);
    expect(r.lines.map((l) => l.id ?? null)).toEqual(['ok', null, 'bad', 'ok2']);
    expect(r.lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(r.lines[2].error).toMatch(/line 3: text/);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    [['--roster', join(tmp, 'missing.csv'), 'hi'], /cannot read roster .*no such file/],
    [['--policy', 'nowhere', 'hi'], /unknown policy "nowhere"/],
    [['--now', 'tomorrow', 'hi'], /--now "tomorrow" is not an ISO-8601/],
    [['--bogus', 'hi'], /unknown option --bogus/],
  ])('refuses %j with one line on stderr and exit 2', (args, message) => {
    const r = check(args);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([]);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a roster that is not a roster (a PDF renamed .csv)', () => {
    const pdf = join(tmp, 'roster.csv');
    writeFileSync(pdf, '%PDF-1.7\n%binary');
    const r = check(['--roster', pdf, 'hi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PDF/);
  });
});
