import { fold } from '../../../rules/text.ts';
import type { Student } from '../../../rules/types.ts';
import type { StudentFlag } from './schema.ts';

/** Splits a name or a search into folded words: "Zoë O'Brien-Lee" → zoe, o, brien, lee, obrien, brienlee… */
export function nameWords(text: string): string[] {
  const words = new Set<string>();
  for (const part of fold(text).split(/\s+/)) {
    const pieces = part.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const piece of pieces) words.add(piece);
    // "obrien" as well as "o" + "brien", so a search typed without the apostrophe still finds her.
    if (pieces.length > 1) words.add(pieces.join(''));
  }
  return [...words];
}

/** The keys a stored student carries for search and filters, derived from the student alone. */
export function studentKeys(s: Student): { searchWords: string[]; flags: StudentFlag[] } {
  const flags: StudentFlag[] = [];
  if (!s.photoConsent) flags.push('no-photo');
  if (s.doNotPublish) flags.push('do-not-publish');
  return {
    searchWords: nameWords([s.firstName, s.lastName, s.preferredName ?? ''].join(' ')),
    flags,
  };
}
