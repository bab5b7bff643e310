import { defineRule } from './define-rule.ts';
import { aboutThePast, clockOf, findDates, type Clock } from './lib/excursion-dates.ts';
import { findPlaces } from './lib/excursion-places.ts';
import { sentences } from './lib/sentences.ts';
import type { Span } from './text.ts';
import type { Hit, NameMatch } from './types.ts';

// Words that make a sentence about an off-site trip on their own.
const TRIP =
  /\b(?<!virtual[ \t]+(?:field[- ]?)?)(?:field[- ]?trips?|excursions?|outings?|trips?|camps?|camping|away[ \t]+(?:games?|match(?:es)?|tournaments?)|off[- ]?(?:site|campus)|retreats?|expeditions?|bus(?:es)?(?:[ \t]+will)?[ \t]+(?:leaves?|departs?|leaving|departing))\b/i;
// Events and movements that are a trip only when they lead somewhere away from the school.
const MAYBE_TRIP =
  /\b(?:tournaments?|games?|match(?:es)?|meets?|playoffs?|provincials|zones|competitions?|festivals?|tours?|touring|visiting|(?:will|to)[ \t]+visit|visit[ \t]+to|head(?:s|ing|ed)?[ \t]+(?:to|out)|going[ \t]+to|go(?:es)?(?:[ \t]+back)?[ \t]+to|off[ \t]+to|leav(?:e|es|ing)[ \t]+for|travel(?:s|l?ing)?|walk(?:s|ing)?[ \t]+(?:over[ \t]+)?to|bus(?:s?ing)?[ \t]+to|driv(?:e|es|ing)[ \t]+to|meet(?:ing)?(?:[ \t]+us)?[ \t]+at)\b/i;
// A following sentence that carries on with the trip's logistics.
const LOGISTICS =
  /\b(?:meet|meeting|bus|buses|leave|leaves|leaving|depart|departs|departing|arrive|arrives|arriving|return|returns|returning|back|pick[- ]?up|drop[- ]?off|head[ \t]+out|we['’]ll[ \t]+be|we[ \t]+will[ \t]+be|students[ \t]+will[ \t]+be)\b/i;
// "Forms are due Friday": a deadline for paperwork is not the trip's date.
const PAPERWORK =
  /\b(?:forms?|slips?|permission|consent|waivers?|fees?|payments?|money|registration|register|sign[- ]?up|deposits?|cheques?|passports?|documents?|paperwork|RSVP)\b/i;
const DEADLINE_BEFORE =
  /\b(?:due|deadline(?:[ \t]+is)?|by|before|no[ \t]+later[ \t]+than|until|submit(?:ted)?|return(?:ed)?|hand(?:ed)?[ \t]+in)(?:[ \t]+(?:on|by))?[ \t:,-]*$/i;

interface Detail extends Span {
  kind: 'place' | 'time';
  text: string;
}

interface Reading {
  past: boolean;
  details: Detail[];
  offSite: boolean;
  inSchool: boolean;
}

// Reads one sentence: is it about the past, and which times and places does it give?
function read(text: string, s: Span, clock: Clock, names: readonly NameMatch[]): Reading {
  const sentence = text.slice(s.start, s.end);
  const paperwork = PAPERWORK.test(sentence);
  const dates = findDates(sentence, s.start, clock).filter(
    (d) => !(paperwork && DEADLINE_BEFORE.test(text.slice(Math.max(s.start, d.start - 40), d.start))),
  );
  const past = aboutThePast(sentence, dates);
  const places = findPlaces(sentence, s.start, names);
  const details: Detail[] = places
    .filter((p) => p.meeting || !p.inSchool)
    .map((p) => ({ start: p.start, end: p.end, kind: 'place' as const, text: text.slice(p.start, p.end) }));
  for (const d of dates) {
    if (d.when === 'past' || details.some((p) => p.start < d.end && d.start < p.end)) continue;
    details.push({ start: d.start, end: d.end, kind: 'time', text: d.text });
  }
  return {
    past,
    details,
    offSite: places.some((p) => !p.inSchool),
    inSchool: places.some((p) => p.inSchool && !p.meeting),
  };
}

function describe(details: readonly Detail[]): string {
  const quote = (kind: Detail['kind']) =>
    details
      .filter((d) => d.kind === kind)
      .map((d) => `“${d.text}”`)
      .join(', ');
  const places = quote('place');
  const times = quote('time');
  if (places && times) return `where (${places}) and when (${times})`;
  return places ? `where (${places})` : `when (${times})`;
}

export default defineRule({
  id: 'excursion-details',
  meta: {
    title: 'Trip time and place',
    protects:
      'Keeps students safe on field trips: where and when a class will be away from the school is not announced before the trip.',
    defaultSeverity: 'warn',
  },
  check({ draft, names }) {
    const { text } = draft;
    if (!TRIP.test(text) && !MAYBE_TRIP.test(text)) return [];
    const clock = clockOf(draft.now);
    const spans = sentences(text);
    const hits: Hit[] = [];
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      const sentence = text.slice(s.start, s.end);
      const sure = TRIP.test(sentence);
      if (!sure && !MAYBE_TRIP.test(sentence)) continue;
      const first = read(text, s, clock, names);
      if (first.past || (!sure && (!first.offSite || first.inSchool))) continue;
      const details = [...first.details];
      // The next sentences often carry the logistics: "Field trip tomorrow! Buses leave at 8:45."
      for (let j = i + 1; j <= i + 2 && j < spans.length; j++) {
        const next = spans[j]!;
        const nextText = text.slice(next.start, next.end);
        if (!LOGISTICS.test(nextText)) break;
        const more = read(text, next, clock, names);
        if (!more.past) details.push(...more.details);
        i = j;
      }
      if (details.length === 0) continue;
      details.sort((a, b) => a.start - b.start);
      hits.push({
        message: `This post says ${describe(details)} students will be on an upcoming trip. The time and location of school excursions are not to be shared before the event, for the safety of students: leave them out, or post about the trip after it has happened.`,
        start: details[0]!.start,
        end: Math.max(...details.map((d) => d.end)),
      });
    }
    return hits;
  },
});
