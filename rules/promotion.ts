import { defineRule } from './define-rule.ts';
import { lexiconMatcher } from './lib/lexicon-match.ts';
import {
  CATEGORY_MESSAGES,
  NOT_A_NAME,
  PERCENT_OFF,
  PROMOTION_LEXICON,
  SCHOOL_ELECTION,
  USE_CODE,
  VOTE_FOR_NAME,
  type PromotionCategory,
} from './lib/lexicon-promotion.ts';
import type { Span } from './text.ts';
import type { Hit, NameMatch } from './types.ts';

const match = lexiconMatcher(PROMOTION_LEXICON);

interface Found extends Span {
  category: PromotionCategory | 'custom';
}

function offers(text: string): Found[] {
  return [...text.matchAll(PERCENT_OFF), ...text.matchAll(USE_CODE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    category: 'commerce',
  }));
}

/** "Vote for Jane Doe" outside a student election, unless the name is a student on the roster. */
function votesForPeople(text: string, names: readonly NameMatch[]): Found[] {
  if (SCHOOL_ELECTION.test(text)) return [];
  const found: Found[] = [];
  for (const m of text.matchAll(VOTE_FOR_NAME)) {
    const name = m[1] ?? '';
    const nameStart = m.index + m[0].length - name.length;
    const end = m.index + m[0].length;
    if (NOT_A_NAME.has(name.split(/\s/)[0]?.toLowerCase() ?? '')) continue;
    if (names.some((n) => n.start < end && nameStart < n.end)) continue;
    found.push({ start: m.index, end, category: 'political' });
  }
  return found;
}

export default defineRule({
  id: 'promotion',
  meta: {
    title: 'Advertising or self-promotion',
    protects:
      'Keeps school accounts from advertising products, services or personal business, or campaigning for parties and candidates.',
    defaultSeverity: 'warn',
  },
  check({ draft, names, options }) {
    const { text } = draft;
    const found: Found[] = [
      ...match(text, options.keywords),
      ...offers(text),
      ...votesForPeople(text, names),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: Hit[] = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      hits.push({
        start: f.start,
        end: f.end,
        message: `“${text.slice(f.start, f.end)}” ${CATEGORY_MESSAGES[f.category]}`,
      });
    }
    return hits;
  },
});
