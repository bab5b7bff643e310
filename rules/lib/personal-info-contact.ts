import { findPhoneNumbersInText } from 'libphonenumber-js';
import { within, type Span } from '../text.ts';
import type { RuleOptions } from '../types.ts';

export type ContactKind = 'phone' | 'email' | 'address' | 'postal-code';

export interface ContactItem extends Span {
  kind: ContactKind;
}

interface Allowed {
  phones: Set<string>;
  emails: Set<string>;
  domains: string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:ca|com|org|net|edu|info|school|us)\b(?:\/\S*)?/gi;
const HASHTAG = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
// "555-1234": a local number without its area code, which libphonenumber does not report.
const LOCAL_PHONE = /(?<![\p{N}\-./$#:])\d{3}[-.]\d{4}(?![\p{N}]|[-.]\p{N})/gu;
const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Crescent|Cres|Court|Ct|Way|Lane|Ln|Place|Pl|Trail|Close|Terrace|Gate|Highway|Hwy|Circle|Parkway|Bay|Heights|Grove|Landing|Mews|Ridge|Rise|Manor';
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Ff]rom|[Uu]ntil)[ \\t]+)\\d{1,6}[A-Za-z]?[ \\t]+(?:(?:\\p{Lu}[\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th)?)[ \\t]+){1,3}(?:${SUFFIX})(?![\\p{L}])(?:\\.?[ \\t]+(?:NE|NW|SE|SW|N|S|E|W)(?![\\p{L}]))?`,
  'gu',
);
const UNIT = /(?<![\p{L}])(?:Apt|Apartment|Suite|Ste)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?(?![\p{L}\p{N}])|(?<![\p{L}])P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d+/gu;
const POSTAL = /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/gu;
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const ZIP = new RegExp(`(?<![\\p{L}])(?:${STATES}),?[ \\t]+\\d{5}(?:-\\d{4})?(?![\\p{N}])`, 'gu');
const ZIP4 = /(?<![\d-])\d{5}-\d{4}(?!\d)/g;

// libphonenumber scans slowly over long text, so it only reads the runs of digits that could be a number.
const DIGIT_RUN = /\+?[\d(][\d \t().-]{5,}\d(?:[ \t]*(?:ext\.?|x|extension)[ \t]*\d{1,6})?/gi;

interface PhoneFound extends Span {
  digits: string;
}

function phoneNumbers(text: string): PhoneFound[] {
  const found: PhoneFound[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    if (run[0].replace(/\D/g, '').length < 10) continue;
    for (const p of findPhoneNumbersInText(run[0], 'CA')) {
      found.push({ start: run.index + p.startsAt, end: run.index + p.endsAt, digits: p.number.nationalNumber });
    }
  }
  return found;
}

const allowCache = new WeakMap<RuleOptions['allowList'], Allowed>();

const phoneDigits = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
};
const host = (s: string) =>
  s.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/^@/, '').replace(/[/?#].*$/, '');

function allowed(list: RuleOptions['allowList']): Allowed {
  let a = allowCache.get(list);
  if (!a) {
    a = {
      phones: new Set(list.phones.map(phoneDigits).filter(Boolean)),
      emails: new Set(list.emails.map((e) => e.trim().toLowerCase())),
      domains: list.domains.map(host).filter(Boolean),
    };
    allowCache.set(list, a);
  }
  return a;
}

function emailAllowed(email: string, a: Allowed): boolean {
  const lower = email.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf('@') + 1);
  return a.emails.has(lower) || a.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Phone numbers, e-mail and street addresses and postal codes, less the school's own allow-listed contacts. */
export function findContacts(text: string, allowList: RuleOptions['allowList']): ContactItem[] {
  const a = allowed(allowList);
  const items: ContactItem[] = [];
  const skip: Span[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const span = { start: m.index, end: m.index + m[0].length };
    skip.push(span);
    if (!emailAllowed(m[0], a)) items.push({ ...span, kind: 'email' });
  }
  for (const m of text.matchAll(WEB_ADDRESS)) skip.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(HASHTAG)) skip.push({ start: m.index, end: m.index + m[0].length });

  const phones: Span[] = [];
  if (/\d{3}/.test(text)) {
    for (const p of phoneNumbers(text)) {
      const span = { start: p.start, end: p.end };
      phones.push(span);
      if (within(skip, span.start) || a.phones.has(phoneDigits(p.digits))) continue;
      items.push({ ...span, kind: 'phone' });
    }
    for (const m of text.matchAll(LOCAL_PHONE)) {
      if (within(skip, m.index) || within(phones, m.index)) continue;
      const digits = m[0].replace(/\D/g, '');
      if ([...a.phones].some((p) => p.endsWith(digits))) continue;
      items.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
    }
  }
  const addresses: Span[] = [];
  for (const re of [ADDRESS, UNIT]) {
    for (const m of text.matchAll(re)) {
      if (within(skip, m.index)) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      addresses.push(span);
      items.push({ ...span, kind: 'address' });
    }
  }
  for (const re of [POSTAL, ZIP]) {
    for (const m of text.matchAll(re)) {
      if (!within(skip, m.index)) items.push({ start: m.index, end: m.index + m[0].length, kind: 'postal-code' });
    }
  }
  // A bare ZIP+4 looks like any number pair; it counts only right after a street address.
  for (const m of text.matchAll(ZIP4)) {
    if (addresses.some((s) => s.end <= m.index && m.index - s.end < 60 && !text.slice(s.end, m.index).includes('\n'))) {
      items.push({ start: m.index, end: m.index + m[0].length, kind: 'postal-code' });
    }
  }
  return items;
}
