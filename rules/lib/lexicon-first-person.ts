import type { Span } from '../text.ts';

/**
 * Single-quoted passages (‘…’ or '…'): an apostrophe inside a word ("I’m",
 * "students’") neither opens nor closes one, so contractions stay inside.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘](?:[^'‘’\n]|['’](?=\p{L}))+['’](?![\p{L}\p{N}])/gu;

export function singleQuotedSpans(text: string): Span[] {
  return [...text.matchAll(SINGLE_QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Words before a capital "I" that make it a numeral: "Part I", "World War I", "Type I", "Highway I". */
export const NUMERAL_BEFORE = new Set([
  'part', 'chapter', 'act', 'scene', 'phase', 'type', 'title', 'level', 'book', 'volume', 'vol', 'war', 'grade',
  'stage', 'section', 'unit', 'round', 'tier', 'season', 'episode', 'appendix', 'article', 'schedule', 'division',
  'step', 'figure', 'table', 'canto', 'highway', 'interstate', 'route', 'class', 'tome', 'module', 'lesson',
]);

/** Words before a name that make a following "I" a regnal numeral: "Queen Elizabeth I". */
export const RULER_TITLES = new Set(['king', 'queen', 'pope', 'emperor', 'empress', 'tsar', 'czar', 'prince', 'princess', 'saint', 'st', 'duke']);

/** Words before "mine" that make it the pronoun ("it is mine", "a friend of mine") rather than a pit ("gold mine"). */
export const MINE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'of', 'and', 'than', 'all', "it's", 'it’s', "that's", 'that’s']);
export const MINE_AFTER_AT_START = new Set(['is', 'are', 'was', 'were', 'will', 'too']);

/** Verbs after "I" that "We" does not agree with, so no one-word fix is offered. */
export const NO_FIX_AFTER_I = new Set(['am', 'was', "wasn't", 'wasn’t', 'wasnt', 'has', "hasn't", 'hasn’t', 'is', 'does', "doesn't", 'doesn’t']);

/** The plural of each first-person word, lower case; contractions keep the user's apostrophe. */
export const PLURAL: Record<string, string> = {
  i: 'we',
  "i'm": "we're",
  "i've": "we've",
  "i'll": "we'll",
  "i'd": "we'd",
  me: 'us',
  my: 'our',
  mine: 'ours',
  myself: 'ourselves',
};
