import { defineRule } from './define-rule.ts';
import { lexiconMatcher } from './lib/lexicon-match.ts';
import {
  CATEGORY_NAMES,
  CONFIDENTIAL_LEXICON,
  NOT_ROUTINE,
  PLAN_AFTER,
  ROUTINE,
} from './lib/lexicon-confidential.ts';
import type { Hit } from './types.ts';

const match = lexiconMatcher(CONFIDENTIAL_LEXICON);

// Far enough for any sentence people write; keeps a run-on text from costing a full scan per phrase.
const REACH = 300;
const isSentenceEnd = (ch: string | undefined) => ch === '.' || ch === '!' || ch === '?' || ch === '\n';

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !isSentenceEnd(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !isSentenceEnd(text[to])) to++;
  return text.slice(from, to);
}

function isRoutine(text: string, start: number, end: number): boolean {
  if (PLAN_AFTER.test(text.slice(end, end + 20))) return true;
  const sentence = sentenceAround(text, start, end);
  return ROUTINE.test(sentence) && !NOT_ROUTINE.test(sentence);
}

export default defineRule({
  id: 'confidential-topic',
  meta: {
    title: 'Confidential or controversial topic',
    protects:
      'Keeps legal, labour, personnel, crisis, policy-dispute and politically controversial matters off school accounts, where only the district should speak to them.',
    defaultSeverity: 'block',
  },
  check({ draft, options }) {
    const hits: Hit[] = [];
    for (const m of match(draft.text, options.keywords)) {
      if (m.category === 'crisis' && isRoutine(draft.text, m.start, m.end)) continue;
      const name = CATEGORY_NAMES[m.category];
      hits.push({
        start: m.start,
        end: m.end,
        message: `This reads as ${name.one} (“${m.phrase}”). The district procedure keeps ${name.kind} off school accounts: leave it out, or check with the district office before posting.`,
      });
    }
    return hits;
  },
});
