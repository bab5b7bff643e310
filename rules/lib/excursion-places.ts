import type { Span } from '../text.ts';

/** A destination or meeting place named in a sentence. */
export interface Place extends Span {
  text: string;
  /** At the school itself (the gym, the north doors, our school): not a destination on its own. */
  inSchool: boolean;
  /** Introduced as where students meet or the bus leaves ("meet at …", "bus leaves from …"). */
  meeting: boolean;
}

const NOUNS = [
  'zoo', 'museum', 'park', 'pool', 'aquatic centre', 'aquatic center', 'arena', 'library', 'farm', 'ranch', 'orchard',
  'science centre', 'science center', 'gallery', 'theatre', 'theater', 'cinema', 'movies', 'beach', 'lake', 'river',
  'ski hill', 'hill', 'mountains', 'campground', 'camp', 'planetarium', 'aquarium', 'centre', 'center', 'legislature',
  'city hall', 'fire hall', 'fire station', 'police station', 'hospital', 'university', 'college', 'bowling alley',
  'rink', 'stadium', 'field', 'trail', 'coulee', 'coulees', 'garden', 'gardens', 'greenhouse', 'reserve', 'courthouse',
  'market', 'mall', 'store', 'restaurant', 'pavilion', 'range', 'high school', 'school', 'gym', 'gymnasium',
  'classroom', 'office', 'cafeteria', 'hall', 'doors', 'door', 'entrance', 'bus loop', 'parking lot', 'flagpole',
  'playground',
];
const IN_SCHOOL = new Set([
  'school', 'gym', 'gymnasium', 'classroom', 'office', 'cafeteria', 'library', 'hall', 'doors', 'door', 'entrance',
  'bus loop', 'parking lot', 'flagpole', 'playground', 'field',
]);
// Modifiers that put a usually-in-school noun elsewhere ("the public library").
const OFF_SITE_MODIFIER = /\b(?:public|city|local|downtown|community|municipal|regional)\b/i;
// Capitalised words that follow "at/in/to" without naming a place.
const NOT_PLACES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec today tomorrow tonight noon midnight grade grades room kindergarten kinder period block ' +
    'i we our you they he she it us me mr mrs ms dr miss mme madame monsieur math science english french social art ' +
    'music health ela pe spanish term semester division a an this that these those'
  ).split(' '),
);

const anyCase = (word: string) => word.replace(/\b\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const CAP = "\\p{Lu}[\\p{L}'’-]*";
const BY_LENGTH = [...NOUNS].sort((a, b) => b.length - a.length);
const nouns = BY_LENGTH.map((n) => anyCase(n).replace(/ /g, '[ \\t]+')).join('|');
const LEX = `(?:[Tt]he|[Oo]ur|this|their)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,2}?(?:${nouns})(?![\\p{L}])(?:[ \\t]+(?:of|de|du|la|&)[ \\t]+${CAP}(?:[ \\t]+${CAP})*)?`;
const PROPER = `(?:the[ \\t]+)?${CAP}(?:[ \\t]+(?:(?:of|de|du|la|the|&)[ \\t]+)?${CAP})*`;
const LEAD = `(?:${['to', 'at', 'from', 'in', 'inside', 'outside', 'near', 'visiting', 'visit', 'tour', 'touring', 'leave for', 'leaves for', 'leaving for'].map(anyCase).join('|')})`;
const PLACE_RE = new RegExp(`(?<![\\p{L}])(${LEAD})[ \\t]+(${LEX}|${PROPER})`, 'gu');
const MEETING_BEFORE =
  /\b(?:meet(?:ing)?(?:[ \t]+us)?|gather(?:ing)?|bus(?:es)?(?:[ \t]+will)?[ \t]+(?:leaves?|departs?|leaving|departing|picks?[ \t]+up)|pick[- ]?up|drop[- ]?off|(?:we|we['’]ll|we[ \t]+will)[ \t]+(?:leave|depart)|leaving|departing)[ \t]+$/i;
const COURTESY_BEFORE = /\b(?:thanks?|thank[ \t]+you|congrat(?:s|ulations)|shout-?outs?|welcome|luck|kudos|cheers|hello|hi)[ \t]+$/i;

/** Places introduced by "to/at/from/in/visiting …" in a sentence; `base` is the sentence's offset in the post. */
export function findPlaces(sentence: string, base: number, names: readonly Span[]): Place[] {
  const places: Place[] = [];
  for (const m of sentence.matchAll(PLACE_RE)) {
    const raw = trimPlace(m[2] ?? '');
    if (!raw) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (COURTESY_BEFORE.test(before)) continue;
    const start = base + m.index;
    const placeStart = start + m[0].length - (m[2] ?? '').length;
    const end = placeStart + raw.length;
    if (names.some((n) => n.start < end && n.end > placeStart)) continue;
    const meetingLead = MEETING_BEFORE.exec(before);
    places.push({
      start: meetingLead ? start - meetingLead[0].length : start,
      end,
      text: raw,
      inSchool: inSchool(raw),
      meeting: meetingLead !== null,
    });
  }
  return places;
}

// Cuts a capitalised run at the first word that is not part of a place name ("Drumheller Friday" → "Drumheller").
function trimPlace(raw: string): string {
  let end = 0;
  for (const w of raw.matchAll(/\S+/g)) {
    if (/^\p{Lu}/u.test(w[0]) && NOT_PLACES.has(w[0].toLowerCase().replace(/[.'’]+$/, ''))) break;
    end = w.index + w[0].length;
  }
  const place = raw.slice(0, end).replace(/[.'’-]+$/, '').replace(/(?:[ \t]+(?:the|of|de|du|la|&))+$/, '');
  return /^(?:the|our|this|their)?$/i.test(place) ? '' : place;
}

function inSchool(place: string): boolean {
  const words = place.split(/[ \t]+/);
  const det = words[0]?.toLowerCase();
  if (det === 'our') return true;
  if (det !== 'the' && det !== 'this') return false;
  const rest = words.slice(1);
  if (rest.some((w) => /^\p{Lu}/u.test(w)) || OFF_SITE_MODIFIER.test(place)) return false;
  const lower = rest.join(' ').toLowerCase();
  const noun = BY_LENGTH.find((n) => lower === n || lower.endsWith(` ${n}`));
  return noun !== undefined && IN_SCHOOL.has(noun);
}
