import { consentOn } from '../../rules/roster/consent.ts';
import { displayName } from '../../rules/roster/naming.ts';
import type { Student } from '../../rules/types.ts';

export type PhotoBar = 'do-not-publish' | 'expired' | 'no-photo';

export const PHOTO_BAR_LABELS: Record<PhotoBar, string> = {
  'do-not-publish': 'Do not publish',
  expired: 'Consent expired',
  'no-photo': 'No photo consent',
};

/** Why a student may not appear in a photo on `today` (YYYY-MM-DD), or undefined when they may. */
export function photoBar(s: Student, today: string): PhotoBar | undefined {
  const c = consentOn(s, today);
  return c.withheld ?? (c.photo ? undefined : 'no-photo');
}

/** "Olivia Martin · grade 4, 4A": enough to tell two Emmas apart. */
export function studentLine(s: Student): { name: string; detail: string } {
  const grade = s.grade ? `grade ${s.grade}` : '';
  return { name: displayName(s), detail: [grade, s.homeroom].filter(Boolean).join(', ') };
}
