import type { Span } from '../text.ts';
import type { NameMatch, RosterIndex } from '../types.ts';
import { sentenceAt } from './sentences.ts';

export type DetailKind = 'birthdate' | 'student-number' | 'health' | 'academic';

export interface DetailItem extends Span {
  kind: DetailKind;
  /** Who the detail is about, when the text names them. */
  person?: string;
  studentIds?: string[];
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DATE =
  `(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?(?:,?\\s+\\d{4})?` +
  `|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(?:in\\s+)?(?:19|20)\\d{2}|today|tomorrow|yesterday|(?:on\\s+)?(?:${DAYS}))`;
const BIRTH = new RegExp(
  `\\b(?:born(?:\\s+on)?|DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s?date|(birthday)(?:\\s+(?:is|was|will\\s+be|falls\\s+on|on))?)\\s*[:\\-–]?\\s*${DATE}(?![\\p{L}\\p{N}])`,
  'giu',
);
const BIRTHDAY_OWNER = /(?:\b(\p{Lu}\p{Ll}+)['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+$/u;
const NOT_PEOPLE = new Set(['canada', 'alberta', 'school', 'our', 'the', 'division', 'district', 'earth', 'world', 'city', 'town']);

const STUDENT_NUMBER =
  /\b(?:student|pupil)(?:['’]s)?\s*(?:#|no\.?|number|num\.?|id(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*[A-Z]{0,3}-?\d[\d-]{1,14}\d\b|\b(?:ASN|Alberta\s+Student\s+Number)\s*(?:#|no\.?)?\s*[:#]?\s*\d{4}-?\d{4}-?\d\b/giu;
// Roster ids ("S1001") are checked against the roster; plain years and short numbers are not ids worth the risk.
const ID_TOKEN = /(?<![\p{L}\p{N}#@/-])(?:\p{Lu}{1,3}-?\d{3,10}|\d{5,10})(?![\p{L}\p{N}])/gu;

const CONDITIONS =
  'asthma|diabetes|epilepsy|autism|adhd|cancer|leuka?emia|allerg(?:y|ies)|anaphylaxis|seizures?|celiac|crohn[\'’]?s|anxiety|depression|a\\s+concussion|concussion|a\\s+broken\\s+(?:arm|leg|wrist|ankle)|a\\s+fracture|the\\s+flu|influenza|covid(?:-19)?|strep(?:\\s+throat)?|pneumonia|(?:head\\s+)?lice|chicken\\s?pox|measles|mono|cerebral\\s+palsy|down\\s+syndrome|dyslexia|(?:a\\s+)?learning\\s+disabilit(?:y|ies)|fasd|ocd|ptsd|an\\s+eating\\s+disorder|tourette[\'’]?s|hearing\\s+loss|(?:a\\s+)?disabilit(?:y|ies)|special\\s+needs|(?:a\\s+)?(?:heart|medical)\\s+condition';
const HEALTH = new RegExp(
  `\\b(?:(?:has|have|had|with|suffers?\\s+from|suffering\\s+from|living\\s+with|battling|recovering\\s+from)\\s+(?:severe\\s+|mild\\s+)?(?:${CONDITIONS})` +
    `|diagnosed\\s+with\\s+(?:type\\s+[12]\\s+diabetes|${CONDITIONS}|[\\p{L}'’-]+)|allergic\\s+to\\s+[\\p{L}'’-]+|anaphylactic|epi-?pens?|inhalers?|insulin` +
    `|in\\s+(?:the\\s+)?hospital|hospitali[sz]ed|(?:had|having|needs?)\\s+surgery|chemo(?:therapy)?|on\\s+medication|takes?\\s+medication|mental\\s+health\\s+(?:issues?|struggles?|crisis)` +
    `|broke\\s+(?:his|her|their|a)\\s+(?:arm|leg|wrist|ankle|collarbone|nose))(?![\\p{L}])`,
  'giu',
);
const ACADEMIC = new RegExp(
  `\\b(?:fail(?:ed|s|ing)\\s+(?:(?:his|her|their|the|a|an)\\s+)?(?:math|science|english|french|reading|writing|spelling|social\\s+studies|tests?|exams?|quiz(?:zes)?|class(?:es)?|courses?|grade|year|final|midterm|assignments?)` +
    `|(?:got|received|earned|scored)\\s+(?:an?\\s+)?(?:F|D|zero|\\d{1,3}\\s?%)|report\\s+card(?:\\s+(?:marks|grades|comments))?|(?:marks|grades)\\s+(?:in|on)\\s+(?:math|science|english|french|reading|writing|the|his|her|their)` +
    `|below\\s+grade\\s+level|behind\\s+in\\s+(?:reading|math|writing|school)|held\\s+back|repeat(?:ing|s)?\\s+(?:a\\s+|the\\s+)?grade|academic\\s+probation|reading\\s+level)(?![\\p{L}])`,
  'giu',
);
// Individual program/education plans, written in capitals; "iep" in lower case is rare and ambiguous.
const PLAN = /\b(?:[Oo]n\s+an?\s+|[Hh]as\s+an?\s+)?(?:IEP|IPP)\b/g;

const NAME = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:['’]s)?(?![\p{L}])/gu;
// Capitalised words that start sentences or name things, not people.
const COMMON = new Set(
  (
    'the a an our we they he she it his her their this that these those there here please if when while all many some ' +
    'several every any each no one students student kids children parents families staff teachers teacher everyone ' +
    'anyone someone nobody who grade grades room school class team today tomorrow yesterday monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october november ' +
    'december flu covid health alberta canada remember reminder note thanks thank congratulations congrats happy ' +
    'welcome report reports math science english french reading writing also after before during since for with'
  ).split(' '),
);
const SUBJECT_AFTER = /^(?:['’]s\b|\s+(?:has|have|had|is|was|will|got|gets|failed|fails|needs|takes|suffers|broke|received|scored|earned))/;
const WINDOW = 60;

/** The named person a detail is about: a roster name, or a capitalised name just before it in the same sentence. */
function personBefore(text: string, at: number, sentence: Span, names: readonly NameMatch[]): Pick<DetailItem, 'person' | 'studentIds'> | undefined {
  let from = Math.max(sentence.start, at - WINDOW);
  while (from > sentence.start && /\p{L}/u.test(text[from - 1] ?? '')) from--;
  const roster = names.filter((n) => n.start >= from && n.start < at);
  if (roster.length > 0) {
    const last = roster[roster.length - 1]!;
    return { person: text.slice(last.start, last.end), studentIds: [...new Set(roster.flatMap((n) => n.studentIds))] };
  }
  let person: string | undefined;
  for (const m of text.slice(from, at).matchAll(NAME)) {
    const word = m[0].replace(/['’]s$/, '');
    const bare = word.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, '');
    if (COMMON.has(bare.toLowerCase())) continue;
    const start = from + m.index;
    const honorific = bare !== word;
    if (start === sentence.start && !honorific && !SUBJECT_AFTER.test(text.slice(start + bare.length))) continue;
    person = word;
  }
  return person ? { person } : undefined;
}

/** Birthdates, student numbers and health or school-performance details about a named person. */
export function findDetails(text: string, sentences: readonly Span[], names: readonly NameMatch[], roster: RosterIndex): DetailItem[] {
  const items: DetailItem[] = [];
  for (const m of text.matchAll(BIRTH)) {
    if (m[1]) {
      const owner = BIRTHDAY_OWNER.exec(text.slice(Math.max(0, m.index - 40), m.index));
      const rosterOwner = names.some((n) => n.end <= m.index && m.index - n.end <= 4);
      if (!rosterOwner && (!owner || NOT_PEOPLE.has((owner[1] ?? '').toLowerCase()))) continue;
    }
    items.push({ start: m.index, end: m.index + m[0].length, kind: 'birthdate' });
  }
  for (const m of text.matchAll(STUDENT_NUMBER)) {
    items.push({ start: m.index, end: m.index + m[0].length, kind: 'student-number' });
  }
  if (roster.size > 0) {
    for (const m of text.matchAll(ID_TOKEN)) {
      const student = roster.student(m[0]);
      if (student) items.push({ start: m.index, end: m.index + m[0].length, kind: 'student-number', studentIds: [student.id] });
    }
  }
  for (const [re, kind] of [[HEALTH, 'health'], [ACADEMIC, 'academic'], [PLAN, 'academic']] as const) {
    for (const m of text.matchAll(re)) {
      const who = personBefore(text, m.index, sentenceAt(sentences, m.index) ?? { start: 0, end: m.index }, names);
      if (who) items.push({ start: m.index, end: m.index + m[0].length, kind, ...who });
    }
  }
  return items;
}
