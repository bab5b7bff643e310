import { isExpired } from '../../rules/roster/consent.ts';
import type { Student } from '../../rules/types.ts';

/** Dates on the roster are plain YYYY-MM-DD; comparing them as strings in local time matches what the secretary sees. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  const d = new Date(date);
  d.setDate(d.getDate() + days);
  return d;
}

export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = 'expired' | 'expiring' | 'current' | 'none';

/**
 * Judges consent expiry against one "today": consent holds through its expiry
 * day and is "expiring" when it ends within the next 30 days. The two dates
 * are worked out once, not once per student of a 10,000-student roster.
 */
export function expiryOn(now: Date): (student: Student) => ExpiryState {
  const today = isoDay(now);
  const soon = isoDay(addDays(now, EXPIRY_WARNING_DAYS));
  return (student) => {
    const ends = student.consentExpires;
    if (!ends) return 'none';
    if (isExpired(student, today)) return 'expired';
    return ends <= soon ? 'expiring' : 'current';
  };
}

export function expiryState(student: Student, now: Date): ExpiryState {
  return expiryOn(now)(student);
}

/** Why a student may not appear in any post, by name or in a photo; undefined when some consent stands. */
export function mustNotAppear(student: Student, expiry: ExpiryState): string | undefined {
  if (student.doNotPublish) return 'Do-not-publish request';
  if (expiry === 'expired') return `Consent expired ${student.consentExpires}`;
  if (!student.photoConsent && student.nameConsent === 'none') return 'No photo or name consent';
  return undefined;
}

export function displayName(s: Student): string {
  const first = s.preferredName && s.preferredName !== s.firstName ? `${s.firstName} “${s.preferredName}”` : s.firstName;
  return `${first} ${s.lastName}`.trim();
}
