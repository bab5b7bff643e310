import { describe, expect, it } from 'vitest';
import { inferDateOrder, parseConsent, parseDate, parseNameConsent, parseYesNo } from '../../rules/roster/values.ts';

describe('yes/no values', () => {
  it.each(['yes', 'Yes', 'Y', 'true', 'TRUE', '1', 'x', 'X', '✓', 'consent', 'Consent given', 'Yes - signed', 'signed', 'oui', 'Opt in'])('%s is yes', (v) => {
    expect(parseYesNo(v)).toBe(true);
  });
  it.each(['no', 'N', 'false', '0', '', '  ', 'no consent', 'No - declined', 'Not signed', 'Yes - not signed', 'refused', 'n/a', '-', 'non', 'opt out'])('“%s” is no', (v) => {
    expect(parseYesNo(v)).toBe(false);
  });
  it.each(['maybe', 'see office', '2'])('“%s” cannot be read', (v) => {
    expect(parseYesNo(v)).toBeUndefined();
  });
  it('takes a consent that is pending or missing as no consent today', () => {
    expect(parseConsent('Pending')).toBe(false);
    expect(parseConsent('consent missing')).toBe(false);
    expect(parseConsent('Yes')).toBe(true);
  });
});

describe('name consent values', () => {
  it.each([
    ['none', 'none'],
    ['', 'none'],
    ['No', 'none'],
    ['no names', 'none'],
    ['initials only', 'none'],
    ['first', 'first'],
    ['First Name Only', 'first'],
    ['first name, no last name', 'first'],
    ['Given name', 'first'],
    ['full', 'full'],
    ['Full Name', 'full'],
    ['First & Last', 'full'],
    ['first and last name', 'full'],
    ['yes', 'full'],
    ['Y', 'full'],
  ] as const)('“%s” → %s', (v, want) => {
    expect(parseNameConsent(v)).toBe(want);
  });
  it('leaves unreadable values undefined', () => {
    expect(parseNameConsent('sometimes')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2027-06-30', '2027-06-30'],
    ['2027/6/30', '2027-06-30'],
    ['2027-06-30 00:00:00', '2027-06-30'],
    ['2027-06-30T00:00:00Z', '2027-06-30'],
    ['6/30/2027', '2027-06-30'],
    ['30/06/2027', '2027-06-30'],
    ['6/30/27', '2027-06-30'],
    ['30-Jun-2027', '2027-06-30'],
    ['30 June 2027', '2027-06-30'],
    ['June 30, 2027', '2027-06-30'],
    ['Sept 1 2027', '2027-09-01'],
    ['46568', '2027-06-30'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw, 'earliest')).toEqual({ ok: true, date: iso });
  });

  it.each(['', 'never', 'N/A'])('“%s” is no expiry', (raw) => {
    expect(parseDate(raw, 'earliest')).toEqual({ ok: true });
  });

  it.each(['soon', '2027-02-30', '13/13/2027', '12345', 'June 2027'])('“%s” is not a date', (raw) => {
    expect(parseDate(raw, 'earliest')).toEqual({ ok: false });
  });

  it('reads an ambiguous slashed date in the order the file settles', () => {
    expect(inferDateOrder(['06/07/2027', '30/06/2027'])).toBe('dmy');
    expect(inferDateOrder(['06/07/2027', '6/30/2027'])).toBe('mdy');
    expect(parseDate('06/07/2027', 'dmy')).toEqual({ ok: true, date: '2027-07-06' });
    expect(parseDate('06/07/2027', 'mdy')).toEqual({ ok: true, date: '2027-06-07' });
  });

  it('takes the earlier day when nothing settles the order', () => {
    expect(inferDateOrder(['06/07/2027', '2027-01-01'])).toBe('earliest');
    expect(parseDate('06/07/2027', 'earliest')).toEqual({ ok: true, date: '2027-06-07' });
    expect(parseDate('07/06/2027', 'earliest')).toEqual({ ok: true, date: '2027-06-07' });
  });
});
