import {
  DataSet,
  RegExpMatcher,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  type MatchPayload,
} from 'obscenity';
import { defineRule } from './define-rule.ts';
import {
  ALLOWED_TERMS,
  DATASET_DROPPED,
  DATASET_SLURS,
  EXTRA_PATTERNS,
  MASKED_WORDS,
  NAME_LIKE,
  type OffenceKind,
} from './lib/lexicon-offensive.ts';
import { phraseMatcher, type Span } from './text.ts';
import type { Hit, NameMatch } from './types.ts';

interface Meta {
  originalWord: string;
  kind?: OffenceKind;
}

const data = new DataSet<Meta>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => DATASET_DROPPED.has(p.metadata?.originalWord ?? ''));
for (const [kind, patterns] of Object.entries(EXTRA_PATTERNS) as [OffenceKind, readonly string[]][]) {
  for (const raw of patterns) {
    data.addPhrase((p) => p.setMetadata({ originalWord: raw.replace(/[|[\]]/g, ''), kind }).addPattern(parseRawPattern(raw)));
  }
}
data.addPhrase((p) => ALLOWED_TERMS.reduce((b, term) => b.addWhitelistedTerm(term), p));

const matcher = new RegExpMatcher({ ...data.build(), ...englishRecommendedTransformers });

function kindOf(payload: MatchPayload): OffenceKind {
  const meta = data.getPayloadWithPhraseMetadata(payload).phraseMetadata;
  if (meta?.kind) return meta.kind;
  return DATASET_SLURS.has(meta?.originalWord ?? '') ? 'slur' : 'obscene';
}

const WORD_CHAR = /[\p{L}\p{N}*@$]/u;

/** Widens a match on a root ("shit" in "bullshit") to the whole word the user sees. */
function wholeWord(text: string, start: number, end: number): Span {
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
  return { start, end };
}

const TITLE_WORD = /^\p{Lu}[^\p{Lu}]*$/u;
const SENTENCE_START = /(?:^|[.!?:\n"“(]\s*)$/u;

function neighbourIsTitle(text: string, span: Span): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1] ?? '';
  const after = /^\s+(\p{L}+)/u.exec(text.slice(span.end, span.end + 30))?.[1] ?? '';
  return TITLE_WORD.test(before) || TITLE_WORD.test(after);
}

/**
 * A capitalised word in mid-sentence that only contains a root ("Cummings",
 * "Fukuda") is a name; so is a root that is itself a name next to another
 * capitalised word ("Dick Grayson", "Hooker Elementary").
 */
function isProperName(text: string, word: Span, rootLength: number, root: string): boolean {
  const shown = text.slice(word.start, word.end);
  if (!TITLE_WORD.test(shown)) return false;
  if (NAME_LIKE.has(root) && neighbourIsTitle(text, word)) return true;
  return shown.length > rootLength && !SENTENCE_START.test(text.slice(Math.max(0, word.start - 3), word.start));
}

const SPACED = /(?<![\p{L}\p{N}])[\p{L}\p{N}@$*](?:[ .\-_][\p{L}\p{N}@$*]){2,}(?![\p{L}\p{N}])/gu;
const MASKED = /(?<![\p{L}\p{N}@$!*#])[\p{L}@$][\p{L}\p{N}@$!]*[*#][\p{L}\p{N}@$!*#]*/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

function unmasks(token: string): boolean {
  const chars = [...token.toLowerCase()].map((c) => LEET[c] ?? c);
  if (chars.filter((c) => c !== '*' && c !== '#').length < 2) return false;
  return MASKED_WORDS.some((w) => w.length === chars.length && chars.every((c, i) => c === '*' || c === '#' || c === w[i]));
}

interface Found extends Span {
  kind: OffenceKind | 'custom';
}

function obfuscated(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(SPACED)) {
    const joined = m[0].replace(/[ .\-_]/g, '');
    const hit = matcher.getAllMatches(joined)[0];
    if (hit) found.push({ start: m.index, end: m.index + m[0].length, kind: kindOf(hit) });
  }
  for (const m of text.matchAll(MASKED)) {
    const token = m[0].replace(/!+$/, '');
    if (unmasks(token)) found.push({ start: m.index, end: m.index + token.length, kind: 'obscene' });
  }
  return found;
}

const customCache = new WeakMap<readonly string[], ReturnType<typeof phraseMatcher>>();

function custom(text: string, keywords: readonly string[]): Found[] {
  if (keywords.length === 0) return [];
  const match = customCache.get(keywords) ?? phraseMatcher(keywords);
  customCache.set(keywords, match);
  return match(text).map((h) => ({ start: h.start, end: h.end, kind: 'custom' }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const WHY: Record<Found['kind'], string> = {
  obscene: 'is obscene language',
  slur: 'is a slur: hateful, discriminatory wording',
  insult: 'is disrespectful and could be read as defaming someone',
  harassment: 'is harassing or threatening',
  mild: 'is profanity',
  custom: 'is on your district’s list of words to keep off school accounts',
};

function message(word: string, kind: Found['kind']): string {
  return `“${word}” ${WHY[kind]}. Posts on a school account must be respectful and appropriate for an educational setting: reword it before posting.`;
}

function find(text: string, names: readonly NameMatch[], keywords: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const m of matcher.getAllMatches(text)) {
    const word = wholeWord(text, m.startIndex, m.endIndex + 1);
    const root = data.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
    if (names.some((n) => overlaps(n, word))) continue;
    if (isProperName(text, word, m.endIndex + 1 - m.startIndex, root)) continue;
    found.push({ ...word, kind: kindOf(m) });
  }
  return [...found, ...obfuscated(text), ...custom(text, keywords)];
}

export default defineRule({
  id: 'offensive-language',
  meta: {
    title: 'Offensive language',
    protects:
      'Keeps obscene, hateful, harassing, defamatory and disrespectful wording off school accounts, even when letters are disguised.',
    defaultSeverity: 'block',
  },
  check({ draft, names, options }) {
    const found = find(draft.text, names, options.keywords).sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: Hit[] = [];
    let last: Span | undefined;
    for (const f of found) {
      if (last && overlaps(last, f)) continue;
      last = f;
      hits.push({ start: f.start, end: f.end, message: message(draft.text.slice(f.start, f.end), f.kind) });
    }
    return hits;
  },
});
