import { defineRule } from './define-rule.ts';
import {
  MINE_AFTER_AT_START,
  MINE_BEFORE,
  NO_FIX_AFTER_I,
  NUMERAL_BEFORE,
  PLURAL,
  RULER_TITLES,
  singleQuotedSpans,
} from './lib/lexicon-first-person.ts';
import { quotedSpans } from './text.ts';
import type { Hit } from './types.ts';

// Not inside a word, a hashtag, a mention, a link or an abbreviation ("Wi-Fi", "#MyDay", "i.e.", "I-90").
const FIRST_PERSON = /(?<![\p{L}\p{N}_#@/.'’-])(?:i(?:['’](?:m|ve|ll|d))?|me|my|mine|myself)(?![\p{L}\p{N}_'’-]|\.\p{L})/giu;

const TITLE = /^\p{Lu}\P{Lu}*$/u;
const UPPER = /^\p{Lu}{2,}$/u;

function wordBefore(text: string, at: number): { word: string; start: number } {
  const from = Math.max(0, at - 30);
  const m = /(\p{L}[\p{L}'’]*)[^\p{L}\n]{0,2}$/u.exec(text.slice(from, at));
  return m?.[1] ? { word: m[1], start: from + m.index } : { word: '', start: at };
}

function wordAfter(text: string, at: number): string {
  return /^\s+([\p{L}'’]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
}

function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** At the start of the text, a line or a sentence (after an emoji or a quote mark too). */
function atSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
  return i === 0 || /[^\p{L}\p{N},;'’]$/u.test(text.slice(Math.max(0, i - 2), i));
}

/** Whether a capital "I" is the Roman numeral or an initial ("Part I", "Charles I.", "John I. Smith"). */
function isNumeral(text: string, start: number, end: number): boolean {
  const { word: prev, start: prevStart } = wordBefore(text, start);
  const next = wordAfter(text, end);
  const adjacentPrev = /\p{L}\s+$/u.test(text.slice(Math.max(0, start - 2), start));
  if (NUMERAL_BEFORE.has(prev.toLowerCase()) && adjacentPrev && (TITLE.test(prev) || !/^\p{Ll}/u.test(next))) {
    return true;
  }
  if (/^\s*[.)]/u.test(text.slice(end, end + 3)) && atLineStart(text, start)) return true;
  if (adjacentPrev && TITLE.test(prev) && RULER_TITLES.has(wordBefore(text, prevStart).word.toLowerCase())) return true;
  const closes = next === '' || next === 'of';
  return adjacentPrev && TITLE.test(prev) && closes && !atSentenceStart(text, prevStart);
}

function isFirstPerson(text: string, word: string, start: number, end: number): boolean {
  const lower = word.toLowerCase();
  if (lower.startsWith('i')) {
    if (word === 'i') return /^(?:\s+\p{L}|['’])/u.test(text.slice(end)) && text[start - 1] !== '(';
    return lower !== 'i' || !isNumeral(text, start, end);
  }
  // "ME" in "Portland, ME" is Maine; shouting words come in groups ("THANK YOU FROM ME").
  if (UPPER.test(word)) return UPPER.test(wordBefore(text, start).word) || UPPER.test(wordAfter(text, end));
  // A capital mid-sentence is a title: "Despicable Me", "My Side of the Mountain".
  if (TITLE.test(word) && !atSentenceStart(text, start)) return false;
  if (lower === 'mine') {
    if (MINE_BEFORE.has(wordBefore(text, start).word.toLowerCase())) return true;
    return atSentenceStart(text, start) && MINE_AFTER_AT_START.has(wordAfter(text, end).toLowerCase());
  }
  return true;
}

function matchCase(plural: string, word: string, sentenceStart: boolean): string {
  if (UPPER.test(word)) return plural.toUpperCase();
  // "I" is capital wherever it stands; "We" only starts a sentence.
  const capital = /^i/i.test(word) ? sentenceStart : TITLE.test(word);
  return capital ? plural[0]?.toUpperCase() + plural.slice(1) : plural;
}

function replacement(text: string, word: string, start: number, end: number): string | undefined {
  const lower = word.toLowerCase();
  if (lower === 'i' && NO_FIX_AFTER_I.has(wordAfter(text, end).toLowerCase())) return undefined;
  const plural = PLURAL[lower.replace('’', "'")];
  if (!plural) return undefined;
  const apostrophe = word.includes('’') ? plural.replace("'", '’') : plural;
  return matchCase(apostrophe, word, atSentenceStart(text, start));
}

export default defineRule({
  id: 'first-person-voice',
  meta: {
    title: 'Speak as “We”',
    protects: 'Keeps school posts in the school’s voice (“We”, “our”) rather than one person’s (“I”, “my”).',
    defaultSeverity: 'warn',
  },
  check({ draft }) {
    const { text } = draft;
    const quoted = [...quotedSpans(text), ...singleQuotedSpans(text)].sort((a, b) => a.start - b.start);
    const hits: Hit[] = [];
    // Matches come in order, so one pass over the quotations finds whether each is quoted.
    let q = 0;
    for (const m of text.matchAll(FIRST_PERSON)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      while (q < quoted.length && (quoted[q]?.end ?? 0) <= start) q++;
      if ((quoted[q]?.start ?? Infinity) <= start || !isFirstPerson(text, word, start, end)) continue;
      const fix = replacement(text, word, start, end);
      hits.push({
        start,
        end,
        message: `“${word}” speaks as one person. School posts speak for the school as “We”: the procedure says all posts use “We” rather than “I”.`,
        ...(fix ? { fix: { replacement: fix, label: `Replace with “${fix}”` } } : {}),
      });
    }
    return hits;
  },
});
