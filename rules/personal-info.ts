import { defineRule } from './define-rule.ts';
import { findContacts, type ContactKind } from './lib/personal-info-contact.ts';
import { findDetails, type DetailKind } from './lib/personal-info-details.ts';
import { sentences } from './lib/sentences.ts';
import { phraseMatcher, type Span } from './text.ts';
import type { Hit } from './types.ts';

type Kind = ContactKind | DetailKind | 'keyword';

interface Item extends Span {
  kind: Kind;
  person?: string;
  studentIds?: string[];
}

const CONSENT = 'Personal information is not to be posted without written consent from the family.';

function message(item: Item, found: string): string {
  const about = item.person ? ` about ${item.person}` : '';
  switch (item.kind) {
    case 'phone':
      return `The phone number “${found}” is personal contact information. ${CONSENT} Only the school's own numbers (the allow-list in settings) belong in a post.`;
    case 'email':
      return `The e-mail address “${found}” is personal contact information. ${CONSENT} Only the school's own addresses (the allow-list in settings) belong in a post.`;
    case 'address':
      return `“${found}” looks like a home address, which tells strangers where someone lives. ${CONSENT}`;
    case 'postal-code':
      return `The postal code “${found}” narrows down where someone lives. ${CONSENT}`;
    case 'birthdate':
      return `“${found}” gives a birthdate, which is used to identify a person. ${CONSENT}`;
    case 'student-number':
      return `“${found}” is a student number, which identifies a student's school record. Student numbers are confidential student information and never belong in a post.`;
    case 'health':
      return `“${found}” is a health or medical detail${about}. Health information is confidential and is not to be shared on social media.`;
    case 'academic':
      return `“${found}” is a detail of school performance or learning support${about}. Marks, report cards and learning plans are confidential student information.`;
    case 'keyword':
      return `“${found}” is on this school's list of personal information (custom keywords in settings). ${CONSENT}`;
  }
}

// Settings reuse their keyword lists across checks, so each list is compiled once.
const keywordMatchers = new WeakMap<readonly string[], (text: string) => Span[]>();
function keywordMatcher(keywords: readonly string[]): (text: string) => Span[] {
  let match = keywordMatchers.get(keywords);
  if (!match) {
    match = phraseMatcher(keywords);
    keywordMatchers.set(keywords, match);
  }
  return match;
}

export default defineRule({
  id: 'personal-info',
  meta: {
    title: 'Personal information',
    protects:
      'Keeps phone numbers, addresses, birthdates, student numbers and health or school-performance details about people out of public posts.',
    defaultSeverity: 'block',
  },
  check({ draft, options, names, roster }) {
    const { text } = draft;
    const items: Item[] = [
      ...findContacts(text, options.allowList),
      ...findDetails(text, sentences(text), names, roster),
      ...(options.keywords.length > 0 ? keywordMatcher(options.keywords)(text).map((s) => ({ ...s, kind: 'keyword' as const })) : []),
    ];
    items.sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: Hit[] = [];
    let reach = -1;
    for (const item of items) {
      // One finding per piece of text: a ZIP inside an address line or an id inside "student #S1001" is already covered.
      if (item.start < reach) continue;
      reach = item.end;
      const hit: Hit = { message: message(item, text.slice(item.start, item.end)), start: item.start, end: item.end };
      if (item.studentIds?.length) hit.studentIds = item.studentIds;
      hits.push(hit);
    }
    return hits;
  },
});
