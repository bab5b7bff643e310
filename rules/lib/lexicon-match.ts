import { phraseMatcher, type PhraseHit } from '../text.ts';

/** A phrase found in a text, with the lexicon category it belongs to ("custom" for the user's keywords). */
export interface LexiconHit<K extends string> extends PhraseHit {
  category: K | 'custom';
}

export type LexiconMatcher<K extends string> = (text: string, keywords: readonly string[]) => LexiconHit<K>[];

/**
 * Compiles a categorised phrase list (phraseMatcher syntax) into one matcher,
 * so a check folds and scans the text once however many categories there are.
 * The user's custom keywords join the same scan; the combined matcher is
 * compiled once per keyword list, and settings reuse their lists across checks.
 */
export function lexiconMatcher<K extends string>(lexicon: Readonly<Record<K, readonly string[]>>): LexiconMatcher<K> {
  const categories = (Object.keys(lexicon) as K[]).map((k) => ({ key: k, whole: phraseMatcher(lexicon[k]) }));
  const builtIn = Object.values<readonly string[]>(lexicon).flat();
  const plain = phraseMatcher(builtIn);
  const withKeywords = new WeakMap<readonly string[], (text: string) => PhraseHit[]>();

  // The scan reports the longest phrase at each place; the category is the one whose phrases cover all of it.
  const known = new Map<string, K | 'custom'>();
  const categorise = (hit: PhraseHit): K | 'custom' => {
    let category = known.get(hit.phrase);
    if (!category) {
      category =
        categories.find((c) => c.whole(hit.phrase).some((h) => h.start === 0 && h.end === hit.phrase.length))?.key ??
        'custom';
      // Bounded: the same few phrases recur from keystroke to keystroke.
      if (known.size < 500) known.set(hit.phrase, category);
    }
    return category;
  };

  return (text, keywords) => {
    let scan = plain;
    if (keywords.length > 0) {
      scan = withKeywords.get(keywords) ?? phraseMatcher([...builtIn, ...keywords]);
      withKeywords.set(keywords, scan);
    }
    return scan(text).map((hit) => ({ ...hit, category: categorise(hit) }));
  };
}
