import type { NameConsent } from '../types.ts';

/** Reading the values real exports put in consent columns: "Y", "X", "Yes - signed", "first name only", "6/30/2027", 46568. */

function words(raw: string): string[] {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const YES = new Set(['yes', 'y', 'true', 't', '1', 'x', 'consent', 'consents', 'consented', 'given', 'granted', 'signed', 'agreed', 'agree', 'approved', 'allowed', 'allow', 'ok', 'okay', 'permitted', 'permission', 'on', 'accepted', 'received', 'release', 'released', 'oui', 'si']);
const NO = new Set(['no', 'n', 'false', 'f', '0', 'none', 'not', 'non', 'never', 'denied', 'deny', 'refused', 'refuse', 'declined', 'decline', 'withheld', 'withhold', 'revoked', 'off', 'nil', 'without', 'na', 'optout']);
/** A consent that is not (yet) in force: no consent today. */
const NOT_YET = new Set(['pending', 'awaiting', 'missing', 'unsigned', 'expired', 'unknown', 'tbd', 'incomplete']);
const TICK = /^[✓✔☑✅]$/u;
const CROSS = /^[✗✘☐❌-]$/u;

/**
 * Yes/no as families' forms and SIS exports write it. Blank is "no": nothing
 * on file is no consent. Any word of refusal wins ("Yes - not signed" is no).
 * Undefined when the value cannot be read.
 */
export function parseYesNo(raw: string): boolean | undefined {
  const v = raw.trim();
  if (v === '' || CROSS.test(v)) return false;
  if (TICK.test(v)) return true;
  const w = words(v);
  if (w.length === 0) return undefined;
  if (w.some((x) => NO.has(x)) || (w[0] === 'opt' && w[1] === 'out')) return false;
  if (w.some((x) => YES.has(x)) || (w[0] === 'opt' && w[1] === 'in')) return true;
  return undefined;
}

/** A consent column: like yes/no, and "pending", "missing", "expired" are no consent today. */
export function parseConsent(raw: string): boolean | undefined {
  return words(raw).some((x) => NOT_YET.has(x)) ? false : parseYesNo(raw);
}

/**
 * none | first | full and what people write instead: "first name only",
 * "First & Last", "Full name". A plain yes in a name-consent column is
 * consent to the name itself, the full name; a no or a blank is none.
 */
export function parseNameConsent(raw: string): NameConsent | undefined {
  const w = words(raw);
  if (w.length === 0) return 'none';
  const refuses = w.some((x) => NO.has(x) || NOT_YET.has(x));
  if (w.includes('first') || w.includes('given')) {
    const both = (w.includes('last') || w.includes('surname') || w.includes('full')) && !refuses;
    return both ? 'full' : 'first';
  }
  if (w.includes('initials') || w.includes('initial')) return 'none';
  if (!refuses && (w.includes('full') || w.includes('last') || w.includes('surname') || w.includes('complete') || w.includes('both'))) return 'full';
  const yn = parseConsent(raw);
  if (yn === undefined) return undefined;
  return yn ? 'full' : 'none';
}

/** Day-month order of slashed dates in one file: inferred from the values that only fit one order. */
export type DateOrder = 'mdy' | 'dmy' | 'earliest';

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$/;
const MONTH_DAY = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const NO_DATE = new Set(['', 'none', 'never', 'n/a', 'na', '-', 'no expiry', 'does not expire', 'indefinite', 'ongoing']);
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Looks at every slashed date of a column: "30/06/2027" settles day-first, "6/30/2027" month-first. */
export function inferDateOrder(values: readonly string[]): DateOrder {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = SLASHED.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (dmy === mdy) return 'earliest';
  return dmy ? 'dmy' : 'mdy';
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2199 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** "jun", "june", "sept" → month number. */
function monthOf(name: string): number | undefined {
  if (name.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(name));
  return i < 0 ? undefined : i + 1;
}

export type DateResult = { ok: true; date?: string } | { ok: false };

/**
 * An expiry date as ISO YYYY-MM-DD. Blank or "never" is no expiry. A slashed
 * date that fits both orders ("06/07/2027") follows the file's order, and when
 * the file does not settle it, the earlier of the two days: a consent that
 * might end sooner is treated as ending sooner.
 */
export function parseDate(raw: string, order: DateOrder): DateResult {
  const v = raw.trim().toLowerCase();
  if (NO_DATE.has(v)) return { ok: true };
  let date: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(v))) date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = SLASHED.exec(v))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3] as string);
    const md = iso(y, a, b);
    const dm = iso(y, b, a);
    if (order === 'mdy') date = md ?? dm;
    else if (order === 'dmy') date = dm ?? md;
    else date = md && dm ? (md < dm ? md : dm) : (md ?? dm);
  } else if ((m = DAY_MONTH.exec(v))) {
    const month = monthOf(m[2] as string);
    if (month) date = iso(fullYear(m[3] as string), month, Number(m[1]));
  } else if ((m = MONTH_DAY.exec(v))) {
    const month = monthOf(m[1] as string);
    if (month) date = iso(Number(m[3]), month, Number(m[2]));
  } else if (SERIAL.test(v)) {
    // Excel's day count from 1899-12-30 (which absorbs its 1900 leap-year bug for every date after February 1900).
    const days = Math.floor(Number(v));
    if (days >= 20000 && days <= 110000) date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
  }
  return date ? { ok: true, date } : { ok: false };
}
