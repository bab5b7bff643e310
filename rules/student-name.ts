import { defineRule } from './define-rule.ts';
import { consentOn, localDate } from './roster/consent.ts';
import { aStudent, candidates, givenPart, howMany, possessive, settledIds, splitPossessive } from './roster/naming.ts';
import type { Hit, NameMatch, Student } from './types.ts';

type Reason = 'first-only' | 'none' | 'do-not-publish' | 'expired';

interface Over {
  student: Student;
  reason: Reason;
}

/** The students a name can mean, and those of them it goes too far for. */
interface Judged {
  all: string[];
  over: Over[];
}

function merge(parts: readonly Judged[]): Judged {
  const all = [...new Set(parts.flatMap((p) => p.all))];
  const over = new Map<string, Over>();
  for (const p of parts) for (const o of p.over) if (!over.has(o.student.id)) over.set(o.student.id, o);
  return { all, over: [...over.values()] };
}

/** How a name used this way goes beyond what the family allows today, if it does. */
function beyondConsent(s: Student, kind: NameMatch['kind'], today: string): Reason | undefined {
  const c = consentOn(s, today);
  if (c.withheld) return c.withheld;
  if (c.name === 'none') return 'none';
  if (c.name === 'first' && kind !== 'first') return 'first-only';
  return undefined;
}

const SHORT: Record<Reason, string> = {
  'first-only': 'first names only',
  none: 'no name consent',
  'do-not-publish': 'a do-not-publish request',
  expired: 'consent expired',
};

function oneStudent(name: string, kind: NameMatch['kind'], { student, reason }: Over): string {
  if (kind === 'last') {
    const whose: Record<Reason, string> = {
      'first-only': 'whose family agreed to first names only',
      none: 'whose family has not agreed to having their name posted',
      'do-not-publish': 'on the do-not-publish list',
      expired: `whose consent expired on ${student.consentExpires}`,
    };
    return `“${name}” is the last name of a student ${whose[reason]}.`;
  }
  const said: Record<Reason, string> = {
    'first-only': `${possessive(name)} family agreed to first names only.`,
    none: `${possessive(name)} family has not agreed to having their name posted.`,
    'do-not-publish': `${name} is on the do-not-publish list: the family asked that the school post nothing that identifies them.`,
    expired: `The name consent for ${name} expired on ${student.consentExpires}; until it is renewed, the name cannot be posted.`,
  };
  return said[reason];
}

export default defineRule({
  id: 'student-name',
  meta: {
    title: 'Student names',
    protects:
      'Keeps students’ names out of posts unless their families agreed: no name at all without consent, and no last name when only first names were allowed.',
    defaultSeverity: 'block',
  },
  check({ draft, roster, names }) {
    if (names.length === 0) return [];
    const today = localDate(draft.now);
    const settled = settledIds(names);
    // A long post repeats the same names; the index hands out one id list per name, so judge each list once.
    const judged = { first: new Map<readonly string[], Judged>(), last: new Map<readonly string[], Judged>(), full: new Map<readonly string[], Judged>() };
    const judge = (m: NameMatch): Judged => {
      let j = judged[m.kind].get(m.studentIds);
      if (!j) {
        const all = candidates(m, settled, roster);
        const over: Over[] = [];
        for (const student of all) {
          const reason = beyondConsent(student, m.kind, today);
          if (reason) over.push({ student, reason });
        }
        j = { all: all.map((st) => st.id), over };
        judged[m.kind].set(m.studentIds, j);
      }
      return j;
    };
    // A word that is both a first and a last name comes as two matches over one span: one finding.
    const spans = new Map<string, { start: number; end: number; kind: NameMatch['kind']; parts: Judged[] }>();
    for (const m of names) {
      const key = `${m.start}:${m.end}`;
      const span = spans.get(key);
      if (span) {
        span.parts.push(judge(m));
        if (m.kind === 'last') span.kind = 'last';
      } else spans.set(key, { start: m.start, end: m.end, kind: m.kind, parts: [judge(m)] });
    }
    const hits: Hit[] = [];
    for (const { start, end, kind, parts } of spans.values()) {
      const { all, over } = parts.length === 1 ? (parts[0] as Judged) : merge(parts);
      if (over.length === 0) continue;
      const { name, suffix } = splitPossessive(draft.text.slice(start, end));
      const message =
        all.length === 1
          ? oneStudent(name, kind, over[0] as Over)
          : `${howMany(over.length, all.length)} named “${name}” may not be named in a post (${[...new Set(over.map((o) => SHORT[o.reason]))].join(', ')}). Check which one you mean, or leave the name out.`;
      const hit: Hit = { message, start, end, studentIds: over.map((o) => o.student.id) };
      if (kind === 'full' && over.every((o) => o.reason === 'first-only')) {
        const given = givenPart(name, (over[0] as Over).student);
        hit.fix = { replacement: given + suffix, label: `Use the first name only: “${given}”` };
      } else if (kind !== 'last') {
        hit.fix = { replacement: aStudent(draft.text, start, suffix), label: 'Replace the name with “a student”' };
      }
      hits.push(hit);
    }
    return hits;
  },
});
