import type { NameMatch, RosterIndex, Student } from '../types.ts';
import { nameWords, startsSentence, tokenize, type Token } from './tokens.ts';

/** Helpers the student rules share to talk about a name found in a post. */

const POSSESSIVE = /(?:['’ʼ][sS]|(?<=[sS])['’ʼ])$/;

/** "Emma Thompson's" → { name: "Emma Thompson", suffix: "'s" }. */
export function splitPossessive(written: string): { name: string; suffix: string } {
  const m = POSSESSIVE.exec(written);
  return m ? { name: written.slice(0, m.index), suffix: m[0] } : { name: written, suffix: '' };
}

/** "Emma" → "Emma's", "Thomas" → "Thomas's": for messages, not for edits to the post. */
export function possessive(name: string): string {
  return `${name}’s`;
}

/** The roster name of a student for a message: "Kate Lee", preferring the name the student goes by. */
export function displayName(s: Student): string {
  return `${s.preferredName ?? s.firstName} ${s.lastName}`.trim();
}

/**
 * The given-name part of a full name as the post wrote it: "Kate Lee's" → "Kate"
 * for Katherine "Kate" Lee, "Mary Ann Smith" → "Mary Ann".
 */
export function givenPart(written: string, s: Student): string {
  const tokens = tokenize(written);
  let best = tokens[0]?.end ?? written.length;
  let bestWords = 0;
  const names = [s.firstName, s.preferredName ?? ''].flatMap((n) => {
    const w = nameWords(n);
    return w.length > 1 ? [w, w.slice(0, 1)] : [w];
  });
  for (const words of names) {
    if (words.length <= bestWords || words.length >= tokens.length) continue;
    if (words.every((w, k) => tokens[k]?.key === w)) {
      best = (tokens[words.length - 1] as Token).end;
      bestWords = words.length;
    }
  }
  return written.slice(0, best);
}

/** "a student" in place of a name, keeping the capital at a sentence start and the possessive. */
export function aStudent(text: string, at: number, suffix: string): string {
  return `${startsSentence(text, at) ? 'A' : 'a'} student${suffix ? `${suffix.startsWith('’') ? '’' : "'"}s` : ''}`;
}

/**
 * Ids named by a full name that points at one student: a later "Emma" in the
 * same post means that Emma, not every Emma on the roster.
 */
export function settledIds(names: readonly NameMatch[]): Set<string> {
  const ids = new Set<string>();
  for (const m of names) if (m.kind === 'full' && m.studentIds.length === 1) ids.add(m.studentIds[0] as string);
  return ids;
}

/** The students a match can mean, narrowed to the ones a full name in the post settled, when it names any of them. */
export function candidates(m: NameMatch, settled: ReadonlySet<string>, roster: RosterIndex): Student[] {
  let ids = m.studentIds;
  if (m.kind !== 'full' && ids.length > 1) {
    const named = ids.filter((id) => settled.has(id));
    if (named.length > 0) ids = named;
  }
  return ids.flatMap((id) => {
    const s = roster.student(id);
    return s ? [s] : [];
  });
}

/** "Both students", "All 3 students", "2 of the 3 students". */
export function howMany(n: number, of: number): string {
  if (n === of) return of === 2 ? 'Both students' : `All ${of} students`;
  return `${n} of the ${of} students`;
}
