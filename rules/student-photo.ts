import { defineRule } from './define-rule.ts';
import { consentOn, localDate } from './roster/consent.ts';
import { candidates, displayName, howMany, possessive, settledIds, splitPossessive } from './roster/naming.ts';
import type { Hit, NameMatch, RosterIndex, Student } from './types.ts';

/** What ties a student to this post's images. */
interface Seen {
  student: Student;
  /** Where the post's text names the student. */
  span?: { start: number; end: number; written: string };
  images: Set<number>;
}

/** A shared first name ("Emma") that could be any of several students: one finding however often it comes up. */
interface Unsure {
  students: Student[];
  name: string;
  /** The first place the post's text uses it. */
  span?: { start: number; end: number };
  images: Set<number>;
}

/** Name prefixes written in camel case inside one name: "MacDonald", "DeShawn", "LeBlanc". */
const CAMEL_PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'fitz']);

/**
 * A file name as words: "emma_thompson-gr4.JPG" → "emma thompson gr 4",
 * "EmmaMacDonald.png" → "Emma MacDonald".
 */
export function fileNameWords(name: string): string[] {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  return base
    .replace(/\p{Lu}?\p{Ll}+(?=\p{Lu})/gu, (w) => (CAMEL_PREFIXES.has(w.toLowerCase()) ? w : `${w} `))
    .replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ')
    .split(/[\s_.+\-()[\]]+/)
    .filter(Boolean);
}

const title = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/**
 * Names in a file name. Its words read as lower-case text find the names that
 * are not everyday words ("emma_science_fair"); read in title case, full names
 * too ("Grace_Hall"). A lone "rose" or "hope" in a file name is not taken for a student.
 */
function namesInFileName(roster: RosterIndex, name: string): { matches: NameMatch[]; text: string } {
  const words = fileNameWords(name);
  if (words.length === 0) return { matches: [], text: '' };
  const text = `photo of ${words.map(title).join(' ')}`;
  const full = roster.findNames(text).filter((m) => m.kind === 'full');
  const plain = roster.findNames(text.toLowerCase()).filter((m) => !full.some((f) => m.start < f.end && f.start < m.end));
  return { matches: [...full, ...plain], text };
}

type Reason = 'do-not-publish' | 'expired' | 'no-photo';

function photoBarred(s: Student, today: string): Reason | undefined {
  const c = consentOn(s, today);
  return c.withheld ?? (c.photo ? undefined : 'no-photo');
}

function why(reason: Reason, s: Student, name: string): string {
  if (reason === 'do-not-publish') return `${name} is on the do-not-publish list: no photos of them may be posted.`;
  if (reason === 'expired') return `The photo consent for ${name} expired on ${s.consentExpires}.`;
  return `${possessive(name)} family has not given photo consent.`;
}

const SHORT: Record<Reason, string> = {
  'do-not-publish': 'a do-not-publish request',
  expired: 'consent expired',
  'no-photo': 'no photo consent',
};

export default defineRule({
  id: 'student-photo',
  meta: {
    title: 'Student photos',
    protects:
      'Keeps students whose families did not agree to photos, or asked for non-disclosure, out of the images a post shares.',
    defaultSeverity: 'block',
  },
  check({ draft, roster, names }) {
    if (draft.images.length === 0 || roster.size === 0) return [];
    const today = localDate(draft.now);
    const seen = new Map<string, Seen>();
    // Keyed by the index's id list, which is the same list wherever the same name comes up.
    const unsure = new Map<readonly string[], Unsure>();
    const see = (s: Student): Seen => {
      let entry = seen.get(s.id);
      if (!entry) {
        entry = { student: s, images: new Set() };
        seen.set(s.id, entry);
      }
      return entry;
    };

    const fromText = (matches: readonly NameMatch[], text: string, image?: number): void => {
      const settled = settledIds(matches);
      const known = new Map<readonly string[], Student[]>();
      for (const m of matches) {
        const students = known.get(m.studentIds) ?? candidates(m, settled, roster);
        known.set(m.studentIds, students);
        const written = text.slice(m.start, m.end);
        if (students.length === 1) {
          const entry = see(students[0] as Student);
          if (image !== undefined) entry.images.add(image);
          else entry.span ??= { start: m.start, end: m.end, written };
        } else if (students.length > 1) {
          let u = unsure.get(m.studentIds);
          if (!u) {
            u = { students, name: splitPossessive(written).name, images: new Set() };
            unsure.set(m.studentIds, u);
          }
          if (image !== undefined) u.images.add(image);
          else u.span ??= { start: m.start, end: m.end };
        }
      }
    };

    fromText(names, draft.text);
    draft.images.forEach((img, i) => {
      for (const id of img.taggedStudents ?? []) {
        const s = roster.student(id);
        if (s) see(s).images.add(i);
      }
      if (img.alt) fromText(roster.findNames(img.alt), img.alt, i);
      const inName = namesInFileName(roster, img.name);
      fromText(inName.matches, inName.text, i);
    });

    const hits: Hit[] = [];
    const only = draft.images.length === 1 ? 0 : undefined;
    for (const { student, span, images } of seen.values()) {
      const reason = photoBarred(student, today);
      if (!reason) continue;
      const name = span ? splitPossessive(span.written).name : displayName(student);
      const image = images.size === 1 ? (images.values().next().value as number) : only;
      hits.push({
        message: `${why(reason, student, name)} This post has images: make sure ${name} is not in them, or remove the images.`,
        studentIds: [student.id],
        ...(span ? { start: span.start, end: span.end } : {}),
        ...(image !== undefined ? { image } : {}),
      });
    }
    for (const u of unsure.values()) {
      // A student identified for sure elsewhere in the post (full name, tag) is the one meant.
      if (u.students.some((s) => seen.has(s.id))) continue;
      const barred = u.students.flatMap((s) => {
        const reason = photoBarred(s, today);
        return reason ? [{ s, reason }] : [];
      });
      if (barred.length === 0) continue;
      const image = u.images.size === 1 ? (u.images.values().next().value as number) : only;
      const reasons = [...new Set(barred.map((b) => SHORT[b.reason]))].join(', ');
      hits.push({
        message: `${howMany(barred.length, u.students.length)} named “${u.name}” may not appear in photos (${reasons}). This post has images: make sure none of them is in the images.`,
        studentIds: barred.map((b) => b.s.id),
        ...(u.span ? { start: u.span.start, end: u.span.end } : {}),
        ...(image !== undefined ? { image } : {}),
      });
    }
    return hits;
  },
});
