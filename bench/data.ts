import type { NameConsent, Student } from '../rules/types.ts';

/** Deterministic fictional data for the benchmarks: the same roster and posts on every run. */

const FIRST = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Zoë', 'José', 'Aiden', 'Chloé', 'Mason', 'Harper', 'Logan', 'Amélie', 'Owen', 'Nora', 'Caleb', 'Leah', 'Wyatt', 'Isla', 'Jayden', 'Maya', 'Hope', 'Grace', 'Will', 'Rose'];
const LAST = ['Thompson', 'Nguyen', 'Smith', 'Martin', 'Roy', 'Tremblay', 'Gagnon', 'Lee', "O'Brien", 'Smith-Jones', 'Brown', 'Wilson', 'Côté', 'Singh', 'Patel', 'Anderson', 'Taylor', 'Campbell', 'Friesen', 'Wiebe', 'Bergeron', 'Morin', 'Kaur', 'Chen'];
const CONSENT: NameConsent[] = ['none', 'first', 'full'];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const SYLLABLES = ['ka', 'li', 'mo', 'ra', 'se', 'ta', 'no', 'vi', 'da', 'el', 'an', 'ri', 'so', 'ju', 'be', 'ha', 'ne', 'lo', 'mi', 'za'];

/** A made-up but pronounceable name, so a large roster has as many distinct names as a real one. */
function madeUp(r: () => number, parts: number): string {
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * A roster of n students. As in a real district, a third carry the common
 * names the sample posts mention and the rest have names of their own.
 */
export function makeStudents(n: number, seed = 7): Student[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => ({
    id: `S${100000 + i}`,
    firstName: i % 3 === 0 ? pick(FIRST) : madeUp(r, 2 + (i % 2)),
    lastName: i % 3 === 0 ? pick(LAST) : madeUp(r, 3),
    grade: String(1 + (i % 12)),
    homeroom: `${1 + (i % 12)}${'ABC'[i % 3]}`,
    photoConsent: r() > 0.2,
    nameConsent: pick(CONSENT),
    doNotPublish: r() < 0.03,
    consentExpires: r() < 0.1 ? '2026-01-31' : undefined,
  }));
}

const SENTENCES = [
  'Congratulations to Emma Thompson and Liam Nguyen on their science fair projects!',
  'We are so proud of our Grade 4 readers this week.',
  'Tomorrow our Grade 5 class heads to the Royal Tyrrell Museum, meeting at the north doors at 8:30.',
  'Call the office at 403-555-0199 with questions, or e-mail info@example.org.',
  'I want to thank everyone who came out to the concert.',
  'Mark your calendars: the book fair opens Monday in the library.',
  'Photo credit: Jane Doe. Reposted from @cityparks.',
  'We hope to see you at the parent council meeting on Thursday.',
  'Hats off to Grace and Will for leading the food drive!',
  'The staff Wi-Fi password is Tigers2026 for the event.',
];

/** A post of about `length` characters built from school-news sentences. */
export function makePost(length: number, offset = 0): string {
  let text = '';
  for (let i = offset; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length);
}

const HEADER = 'student_id,first_name,last_name,preferred_name,grade,homeroom,photo_consent,name_consent,do_not_publish,consent_expires';

/** Students as the canonical roster template (samples/roster.csv). */
export function rosterCsv(students: Student[]): string {
  const q = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  const rows = students.map((s) =>
    [s.id, s.firstName, s.lastName, s.preferredName ?? '', s.grade ?? '', s.homeroom ?? '', yn(s.photoConsent), s.nameConsent, yn(s.doNotPublish), s.consentExpires ?? '']
      .map(q)
      .join(','),
  );
  return [HEADER, ...rows].join('\n');
}
