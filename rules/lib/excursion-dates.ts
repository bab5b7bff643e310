// The English parser alone: a fifth of the size of every locale together.
import * as chrono from 'chrono-node/en';

/** "Now" for a post: the instant and its time zone, taken from the draft's ISO-8601 time. */
export interface Clock {
  instant: Date;
  offsetMinutes: number;
  /** Day number (days since 1970-01-01) of "today" in the post's time zone. */
  today: number;
}

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;
const DAY_MS = 86_400_000;

export function clockOf(now: string): Clock {
  const parsed = new Date(now);
  const instant = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  const m = OFFSET.exec(now.trim());
  const offsetMinutes = m?.[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return { instant, offsetMinutes, today: dayOf(instant, offsetMinutes) };
}

function dayOf(d: Date, offsetMinutes: number): number {
  return Math.floor((d.getTime() + offsetMinutes * 60_000) / DAY_MS);
}

export type When = 'past' | 'future' | 'unsure';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  when: When;
}

// Cheap gate: chrono only runs on text that could hold a date or a time.
const MAY_HOLD_DATE =
  /\d|\b(?:today|tonight|tomorrow|yesterday|noon|midnight|morning|afternoon|evening|week|weekend|month|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
// Lower-case words chrono reads as dates but that are usually plain English ("we sat", "the sun", "may", "march").
const AMBIGUOUS = /^(?:sat|sun|mon|tue|wed|thu|fri|march|may|second|now|right now)$/;
const PAST_WORDS = /\b(?:last|past|yesterday|ago|earlier)\b/i;
const FUTURE_WORDS = /\b(?:next|coming|tomorrow|upcoming)\b/i;

/** Dates and times in a piece of text, each placed before, on/after or unsure relative to today. */
export function findDates(text: string, base: number, clock: Clock): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const found: DateMention[] = [];
  for (const r of chrono.parse(text, { instant: clock.instant, timezone: clock.offsetMinutes })) {
    const said = r.text.replace(/[\s,;:!?]+$/, '');
    // "May we remind you…" opens a sentence with a month name that is not a date.
    if (AMBIGUOUS.test(said) || (r.index === 0 && /^(?:May|March)$/.test(said))) continue;
    found.push({ start: base + r.index, end: base + r.index + said.length, text: said, when: whenOf(r, clock) });
  }
  return found;
}

function whenOf(r: chrono.ParsedResult, clock: Clock): When {
  if (PAST_WORDS.test(r.text)) return 'past';
  if (r.start.isCertain('day')) {
    const day = dayOf(r.start.date(), clock.offsetMinutes);
    const last = r.end ? dayOf(r.end.date(), clock.offsetMinutes) : day;
    if (last < clock.today) return 'past';
    if (day > clock.today) return 'future';
    return 'unsure';
  }
  return FUTURE_WORDS.test(r.text) ? 'future' : 'unsure';
}

const PAST_TENSE =
  /\b(?:visited|went|had|enjoyed|was|were|took|explored|learned|learnt|saw|spent|returned|attended|competed|played|won|came|got|toured|travell?ed|hiked|walked|rode|participated|did|loved|made|finished|wrapped up|cancell?ed)\b/i;
const FUTURE_TENSE =
  /\b(?:will|shall|going to|gonna|tomorrow|tonight|next|upcoming|coming up|soon|reminders?|remember|don['’]t forget|please|be sure|leaves?|leaving|depart(?:s|ing)?|meet|meeting|(?:are|is|am)\s+(?:heading|going|off|travell?ing|visiting|walking|leaving))\b|['’]ll\b/i;

// Plainly about what is still to come, even in a sentence that also mentions a past date.
const PLAINLY_AHEAD = /\b(?:will|shall|going to|gonna|tomorrow|next|upcoming)\b|['’]ll\b/i;

/**
 * Whether a sentence is about the past: a past date and nothing plainly ahead,
 * or past-tense verbs and nothing pointing ahead.
 */
export function aboutThePast(text: string, dates: readonly DateMention[]): boolean {
  if (dates.some((d) => d.when === 'future')) return false;
  if (dates.some((d) => d.when === 'past')) return !PLAINLY_AHEAD.test(text);
  return PAST_TENSE.test(text) && !FUTURE_TENSE.test(text);
}
