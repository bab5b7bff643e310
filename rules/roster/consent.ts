import type { NameConsent, Student } from '../types.ts';

/** Why a student's consent does not stand on a given day. */
export type Withheld = 'do-not-publish' | 'expired';

export interface ConsentToday {
  name: NameConsent;
  photo: boolean;
  /** Set when a non-disclosure request or an expiry overrides what the family signed. */
  withheld?: Withheld;
}

/** The calendar day of an ISO-8601 "now" in its own time zone ("2026-05-12T23:30:00-06:00" → "2026-05-12"). */
export function localDate(now: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(now);
  return m ? (m[1] as string) : new Date(now).toISOString().slice(0, 10);
}

/** A consent is good through its expiry day and gone the day after. */
export function isExpired(s: Student, today: string): boolean {
  return s.consentExpires !== undefined && s.consentExpires < today;
}

/** What a student's family allows on `today` (YYYY-MM-DD): a non-disclosure request or an expiry leaves nothing. */
export function consentOn(s: Student, today: string): ConsentToday {
  if (s.doNotPublish) return { name: 'none', photo: false, withheld: 'do-not-publish' };
  if (isExpired(s, today)) return { name: 'none', photo: false, withheld: 'expired' };
  return { name: s.nameConsent, photo: s.photoConsent };
}
