/**
 * Word tokens for name matching. Offsets are those of the original text; keys
 * are compared instead of the words, so case, accents, apostrophe styles and
 * hyphen styles never matter ("D’Angelo" = "d'angelo" = "DAngelo").
 */

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** The whole word's key ("emmas" for "Emma's"). */
  key: string;
  /** The key without a possessive ending ("emma" for "Emma's", "thomas" for "Thomas'"), when there is one. */
  base?: string;
}

// Letters and digits, joined by inner hyphens or apostrophes ("Smith-Jones", "O'Brien", "Emma's"),
// plus the bare apostrophe of a plural possessive ("Thomas'").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’ʼ][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:(?<=[sS])['’ʼ](?![\p{L}\p{N}]))?/gu;
const POSSESSIVE = /(?:['’ʼ][sS]|(?<=[sS])['’ʼ])$/;
const APOSTROPHES = /['’ʼ]/g;
const HYPHENS = /[‐‑]/g;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** The comparison key of one word: lower case, no accents, no apostrophes, one kind of hyphen. */
function wordKey(word: string): string {
  let k = word.toLowerCase();
  if (NON_ASCII.test(k)) k = k.normalize('NFKD').replace(MARKS, '');
  return k.replace(APOSTROPHES, '').replace(HYPHENS, '-');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const token: Token = { start: m.index, end: m.index + raw.length, raw, key: wordKey(raw) };
    const stem = raw.replace(POSSESSIVE, '');
    if (stem !== raw && stem.length > 0) token.base = wordKey(stem);
    tokens.push(token);
  }
  return tokens;
}

/** The keys of a roster name's words ("Van der Berg" → van, der, berg). */
export function nameWords(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

/** Only blanks (no line break) between two words: they belong to one name. */
export function joined(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '\n', '\r']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the word at `at` opens a sentence or a line (after quotes, bullets or emoji, too). */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (SENTENCE_END.has(c)) return true;
    if (LETTER_OR_DIGIT.test(c)) return false;
  }
  return true;
}

/** "Emma" → true, "emma" / "EMMA" → false: a capital that marks a name, not shouting. */
export function capitalized(raw: string): boolean {
  const first = raw[0] as string;
  if (first === first.toLowerCase()) return false;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length < 2 || letters !== letters.toUpperCase();
}
