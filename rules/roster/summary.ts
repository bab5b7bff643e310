import type { Student } from '../types.ts';
import { isExpired } from './consent.ts';

export interface RosterSummary {
  total: number;
  photoYes: number;
  photoNo: number;
  nameNone: number;
  nameFirst: number;
  nameFull: number;
  doNotPublish: number;
  /** Consent past its expiry date: these students count as having no consent. */
  expired: number;
  /** Consent ending within the next 30 days (today included). */
  expiringSoon: number;
}

function ymd(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Counts for the import wizard, as the family forms say them; `now` is read in the device's time zone. */
export function summarizeRoster(students: readonly Student[], now: Date): RosterSummary {
  const today = ymd(now);
  const soon = ymd(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 30));
  const s: RosterSummary = {
    total: students.length,
    photoYes: 0,
    photoNo: 0,
    nameNone: 0,
    nameFirst: 0,
    nameFull: 0,
    doNotPublish: 0,
    expired: 0,
    expiringSoon: 0,
  };
  for (const st of students) {
    if (st.photoConsent) s.photoYes++;
    else s.photoNo++;
    if (st.nameConsent === 'none') s.nameNone++;
    else if (st.nameConsent === 'first') s.nameFirst++;
    else s.nameFull++;
    if (st.doNotPublish) s.doNotPublish++;
    if (isExpired(st, today)) s.expired++;
    else if (st.consentExpires !== undefined && st.consentExpires <= soon) s.expiringSoon++;
  }
  return s;
}
