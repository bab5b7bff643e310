import type { Browser } from 'wxt/browser';
import { fold } from '../../rules/text.ts';

/** What the user told the popup about one draft: ticked checklist items, images showing no roster student. */
export interface DraftMarks {
  ticked: string[];
  noStudents: string[];
}

export const EMPTY_MARKS: DraftMarks = { ticked: [], noStudents: [] };

/** The session-storage keys this module owns; the worker's tab state lives under other keys. */
export const MARKS_PREFIX = 'postguard:popup:';

interface Stored extends DraftMarks {
  /** The draft's first words when last seen, to tell a new post in the same box from an edited one. */
  words: string[];
}

const WORDS = 8;
/** Share of the remembered first words a draft must still have to count as the same post. */
const SAME_DRAFT_SHARE = 0.75;

export function firstWords(excerpt: string): string[] {
  return fold(excerpt)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, WORDS);
}

/**
 * Whether the box still holds the post the marks were made for. A box keeps
 * its id after its post goes out, so the opening words decide: a
 * box whose text was cleared, or whose opening was replaced, holds a new
 * post, while edits such as "I am proud" → "We are proud" keep the marks.
 * Erring towards "new" costs a few ticks; carrying ticks to another post
 * would vouch for a post nobody checked.
 */
export function sameDraft(before: readonly string[], now: readonly string[]): boolean {
  if (now.length === 0) return before.length === 0;
  if (before.length === 0) return true;
  const present = new Set(now);
  const kept = before.filter((w) => present.has(w)).length;
  return kept >= Math.ceil(before.length * SAME_DRAFT_SHARE);
}

function keyOf(tabId: number, composerId: string): string {
  return `${MARKS_PREFIX}${tabId}:${composerId}`;
}

function isStored(value: unknown): value is Stored {
  const v = value as Stored | null;
  return !!v && [v.ticked, v.noStudents, v.words].every((a) => Array.isArray(a) && a.every((x) => typeof x === 'string'));
}

export interface DraftRef {
  composerId: string;
  excerpt: string;
}

/**
 * Per-draft marks in browser.storage.session: kept while the browser runs
 * (closing and reopening the popup keeps them), in memory only, readable by
 * the extension's own pages and not by content scripts. A tab's id is not
 * reused while the browser runs, and a reloaded page gives its boxes new ids,
 * so tab + box id + opening words name one draft.
 */
export function createDraftMarks(area: Browser.storage.StorageArea) {
  return {
    async load(tabId: number, draft: DraftRef): Promise<DraftMarks> {
      const key = keyOf(tabId, draft.composerId);
      const value = (await area.get(key))[key];
      const words = firstWords(draft.excerpt);
      if (!isStored(value) || !sameDraft(value.words, words)) return EMPTY_MARKS;
      // Follow the edits: a post rewritten a little at each visit is still the same post.
      if (words.join(' ') !== value.words.join(' ')) await area.set({ [key]: { ...value, words } });
      return { ticked: value.ticked, noStudents: value.noStudents };
    },

    async save(tabId: number, draft: DraftRef, marks: DraftMarks): Promise<void> {
      const stored: Stored = { ticked: [...marks.ticked], noStudents: [...marks.noStudents], words: firstWords(draft.excerpt) };
      await area.set({ [keyOf(tabId, draft.composerId)]: stored });
    },

    /** Forgets the marks of the tab's boxes that are gone (posted and closed, or the page left). */
    async prune(tabId: number, keep: readonly string[]): Promise<void> {
      const prefix = keyOf(tabId, '');
      const wanted = new Set(keep.map((id) => keyOf(tabId, id)));
      const gone = Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix) && !wanted.has(k));
      if (gone.length) await area.remove(gone);
    },
  };
}

export type DraftMarksStore = ReturnType<typeof createDraftMarks>;
