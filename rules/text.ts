/** Text helpers shared by the rules. Offsets always refer to the original text. */

const MARKS = /\p{M}/gu;

let lastIn = '';
let lastOut = '';

/**
 * Lower-cases and strips accents without changing the string's length, so a
 * match found in the folded text has the same offsets in the original.
 * Several rules fold the same draft on each keystroke, so the last result is kept.
 */
export function fold(text: string): string {
  if (text === lastIn) return lastOut;
  let out = '';
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    out += text.slice(plain, i).toLowerCase();
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    out += foldChar(ch);
    i += ch.length - 1;
    plain = i + 1;
  }
  out += text.slice(plain).toLowerCase();
  lastIn = text;
  lastOut = out;
  return out;
}

function foldChar(ch: string): string {
  const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  // Keep one UTF-16 unit per unit of the original so offsets line up.
  if (base.length === ch.length) return base;
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

export interface Span {
  start: number;
  end: number;
}

/** Spans of text inside quotation marks ("…", “…”, «…»), where the account quotes someone else. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g;
  for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function within(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PhraseHit extends Span {
  phrase: string;
}

/**
 * Compiles a list of phrases once into a matcher that finds them as whole
 * words, ignoring case and accents. Spaces in a phrase match any run of
 * white space; a trailing "*" matches any word ending ("lawsuit*").
 */
export function phraseMatcher(phrases: readonly string[]): (text: string) => PhraseHit[] {
  const cleaned = [...new Set(phrases.map((p) => fold(p.trim())).filter(Boolean))];
  if (cleaned.length === 0) return () => [];
  // Longest first so "field trip" wins over "trip" at the same place.
  cleaned.sort((a, b) => b.length - a.length);
  const body = cleaned
    .map((p) => {
      const star = p.endsWith('*');
      const core = (star ? p.slice(0, -1) : p).split(/\s+/).map(escapeRegExp).join('\\s+');
      return star ? `${core}[\\p{L}\\p{N}]*` : core;
    })
    .join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const folded = fold(text);
    const hits: PhraseHit[] = [];
    for (const m of folded.matchAll(re)) {
      hits.push({ start: m.index, end: m.index + m[0].length, phrase: text.slice(m.index, m.index + m[0].length) });
    }
    return hits;
  };
}
