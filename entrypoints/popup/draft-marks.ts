import type { Browser } from 'wxt/browser';

/** What the user told the popup about one draft: ticked checklist items, images showing no roster student. */
export interface DraftMarks {
  ticked: string[];
  noStudents: string[];
}

export const EMPTY_MARKS: DraftMarks = { ticked: [], noStudents: [] };

/** The session-storage keys this module owns; the worker's tab state lives under other keys. */
export const MARKS_PREFIX = 'postguard:popup:';

/** One draft as the worker names it (ComposerState): its box, and the post being written in it. */
export interface DraftRef {
  composerId: string;
  draftId: string;
}

function keyOf(tabId: number, { composerId, draftId }: DraftRef): string {
  return `${MARKS_PREFIX}${tabId}:${composerId}:${draftId}`;
}

function isMarks(value: unknown): value is DraftMarks {
  const v = value as DraftMarks | null;
  return !!v && [v.ticked, v.noStudents].every((a) => Array.isArray(a) && a.every((x) => typeof x === 'string'));
}

/**
 * Per-draft marks in browser.storage.session: kept while the browser runs
 * (closing and reopening the popup keeps them), in memory only, readable by
 * the extension's own pages and not by content scripts. The worker gives a
 * box a new draft id when its post went out or its text was cleared, so
 * ticks made for one post never vouch for the next one in the same box.
 */
export function createDraftMarks(area: Browser.storage.StorageArea) {
  return {
    async load(tabId: number, draft: DraftRef): Promise<DraftMarks> {
      const key = keyOf(tabId, draft);
      const value = (await area.get(key))[key];
      return isMarks(value) ? { ticked: value.ticked, noStudents: value.noStudents } : EMPTY_MARKS;
    },

    async save(tabId: number, draft: DraftRef, marks: DraftMarks): Promise<void> {
      const stored: DraftMarks = { ticked: [...marks.ticked], noStudents: [...marks.noStudents] };
      await area.set({ [keyOf(tabId, draft)]: stored });
    },

    /** Forgets the marks of the tab's drafts that are gone (posted, cleared, closed, or the page left). */
    async prune(tabId: number, keep: readonly DraftRef[]): Promise<void> {
      const prefix = `${MARKS_PREFIX}${tabId}:`;
      const wanted = new Set(keep.map((d) => keyOf(tabId, d)));
      const gone = Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix) && !wanted.has(k));
      if (gone.length) await area.remove(gone);
    },
  };
}

export type DraftMarksStore = ReturnType<typeof createDraftMarks>;
