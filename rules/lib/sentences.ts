import type { Span } from '../text.ts';

// Words whose trailing period is not the end of a sentence ("Mr. Smith", "9 a.m. at the zoo").
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|mt|ft|ave|rd|blvd|vs|etc|approx|no|gr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|[ap]\.m|e\.g|i\.e|[a-z])$/i;
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s|$)|\n+/g;

/** Splits a text into sentences and lines, as spans of the original text (trimmed, never empty). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const before = text.slice(Math.max(start, m.index - 8), m.index);
      const next = text.slice(end).match(/\S/)?.[0] ?? '';
      // "a.m. and", "Mr. Smith": the period belongs to an abbreviation, not the sentence.
      if (ABBREVIATION.test(before) || /[a-z]/.test(next)) continue;
    }
    push(text, spans, start, end);
    start = end;
  }
  push(text, spans, start, text.length);
  return spans;
}

function push(text: string, spans: Span[], from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** The sentence that holds position `at` (binary search over spans from `sentences`). */
export function sentenceAt(spans: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
