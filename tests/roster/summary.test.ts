import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentOn, localDate, parseRosterCsv, summarizeRoster } from '../../rules/roster/index.ts';
import type { Student } from '../../rules/types.ts';

const demo = parseRosterCsv(readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'roster.csv'), 'utf8')).students;

describe('summarizeRoster', () => {
  it('counts the demo roster as the import wizard shows it', () => {
    expect(summarizeRoster(demo, new Date(2026, 10, 22, 10, 0))).toEqual({
      total: 30,
      photoYes: 23,
      photoNo: 7,
      nameNone: 6,
      nameFirst: 13,
      nameFull: 11,
      doNotPublish: 2,
      expired: 1,
      expiringSoon: 1,
    });
  });

  it('counts a consent as good through its expiry day and expiring within 30 days', () => {
    const base: Student = { id: 'S', firstName: 'A', lastName: 'B', photoConsent: true, nameConsent: 'full', doNotPublish: false };
    const students = ['2026-11-21', '2026-11-22', '2026-12-22', '2026-12-23'].map((consentExpires, i) => ({ ...base, id: `S${i}`, consentExpires }));
    const s = summarizeRoster(students, new Date(2026, 10, 22, 23, 59));
    expect(s.expired).toBe(1);
    expect(s.expiringSoon).toBe(2);
  });
});

describe('consent on a given day', () => {
  const emma: Student = { id: 'S1001', firstName: 'Emma', lastName: 'Thompson', photoConsent: true, nameConsent: 'first', doNotPublish: false, consentExpires: '2027-06-30' };

  it('is what the family signed until the expiry day, and nothing after it', () => {
    expect(consentOn(emma, '2027-06-30')).toEqual({ name: 'first', photo: true });
    expect(consentOn(emma, '2027-07-01')).toEqual({ name: 'none', photo: false, withheld: 'expired' });
  });

  it('is nothing under a do-not-publish request', () => {
    expect(consentOn({ ...emma, doNotPublish: true }, '2026-01-01')).toEqual({ name: 'none', photo: false, withheld: 'do-not-publish' });
  });

  it('reads the day of "now" in its own time zone', () => {
    expect(localDate('2026-05-12T23:30:00-06:00')).toBe('2026-05-12');
    expect(localDate('2026-05-13T01:00:00+09:00')).toBe('2026-05-13');
  });
});
