import type { Browser } from 'wxt/browser';
import type { Settings } from '../../rules/settings.ts';
import type { Draft, Finding, ImageMeta } from '../../rules/types.ts';
import type { ComposerState, TabState } from './messages.ts';

/** Students the user tagged in the popup on one image, remembered by its index and file name. */
export interface ImageTag {
  image: number;
  name: string;
  studentIds: string[];
}

export interface ComposerRecord {
  /** The post being written in the box (see ComposerStateSchema.draftId). */
  draftId: string;
  /** The whole draft, kept so the worker can re-check it when tags, roster or settings change. */
  draft: Draft;
  findings: Finding[];
  checkedAt: string;
  tags: ImageTag[];
}

export interface TabRecord {
  composers: Record<string, ComposerRecord>;
  unsupported: { reason: string; at: string }[];
}

const KEY_PREFIX = 'postguard:tab:';
const MAX_UNSUPPORTED = 10;
const EXCERPT_WORDS = 8;
const EXCERPT_CHARS = 60;

/**
 * The worker's per-tab state, in memory for speed and mirrored to
 * browser.storage.session so a worker MV3 stopped while idle answers the
 * popup the same when it starts again. Session storage lives in memory,
 * is never written to disk and is readable only by the extension's own
 * pages; a tab's entry goes when the tab closes or navigates.
 */
export class TabStore {
  readonly #area: Browser.storage.StorageArea;
  readonly #tabs = new Map<number, TabRecord>();
  readonly #dirty = new Set<number>();
  #hydrated: Promise<void> | undefined;
  #flushQueued = false;
  #writes: Promise<void> = Promise.resolve();

  constructor(area: Browser.storage.StorageArea) {
    this.#area = area;
  }

  /** Resolves once the state a previous worker left has been read; every access waits on it first. */
  ready(): Promise<void> {
    this.#hydrated ??= this.#hydrate();
    return this.#hydrated;
  }

  async #hydrate(): Promise<void> {
    try {
      const items = await this.#area.get(null);
      for (const [key, value] of Object.entries(items)) {
        const tabId = Number(key.slice(KEY_PREFIX.length));
        if (key.startsWith(KEY_PREFIX) && Number.isInteger(tabId) && isTabRecord(value)) this.#tabs.set(tabId, value);
      }
    } catch {
      console.warn('PostGuard: earlier tab state could not be read; starting empty');
    }
  }

  get(tabId: number): TabRecord | undefined {
    return this.#tabs.get(tabId);
  }

  /** The tab's record, created empty if the tab has none yet. */
  open(tabId: number): TabRecord {
    let record = this.#tabs.get(tabId);
    if (!record) {
      record = { composers: {}, unsupported: [] };
      this.#tabs.set(tabId, record);
    }
    return record;
  }

  entries(): IterableIterator<[number, TabRecord]> {
    return this.#tabs.entries();
  }

  addUnsupported(tabId: number, reason: string, at: string): void {
    const record = this.open(tabId);
    record.unsupported = [{ reason, at }, ...record.unsupported.filter((u) => u.reason !== reason)].slice(0, MAX_UNSUPPORTED);
  }

  forget(tabId: number): boolean {
    const had = this.#tabs.delete(tabId);
    if (had) this.save(tabId);
    return had;
  }

  /** Mirrors the tab's record to session storage after the current task; writes in a burst of keystrokes coalesce. */
  save(tabId: number): void {
    this.#dirty.add(tabId);
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    this.#writes = this.#writes.then(() => this.#flush());
  }

  /** Resolves when every saved change has reached session storage. */
  settled(): Promise<void> {
    return this.#writes;
  }

  async #flush(): Promise<void> {
    this.#flushQueued = false;
    const set: Record<string, TabRecord> = {};
    const remove: string[] = [];
    for (const tabId of this.#dirty) {
      const record = this.#tabs.get(tabId);
      if (record) set[KEY_PREFIX + tabId] = record;
      else remove.push(KEY_PREFIX + tabId);
    }
    this.#dirty.clear();
    try {
      if (Object.keys(set).length) await this.#area.set(set);
      if (remove.length) await this.#area.remove(remove);
    } catch {
      console.warn('PostGuard: tab state could not be kept for a worker restart');
    }
  }
}

function isTabRecord(value: unknown): value is TabRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TabRecord).composers === 'object' &&
    Array.isArray((value as TabRecord).unsupported)
  );
}

/** Whether a tag belongs to image `i`: it follows its image by file name, and by position among same-named images. */
export function tagApplies(tag: ImageTag, images: readonly ImageMeta[], i: number): boolean {
  const name = images[i]?.name;
  if (tag.name !== name) return false;
  return tag.image === i || images.filter((img) => img.name === name).length === 1;
}

/** The draft with the popup's tags added to its images. */
export function withTags(draft: Draft, tags: readonly ImageTag[]): Draft {
  if (tags.length === 0) return draft;
  const images = draft.images.map((img, i) => {
    const tag = tags.find((t) => tagApplies(t, draft.images, i));
    if (!tag) return img;
    return { ...img, taggedStudents: [...new Set([...(img.taggedStudents ?? []), ...tag.studentIds])] };
  });
  return { ...draft, images };
}

/**
 * What a box's newest check keeps of the box's record: its draft id and the
 * students tagged on its photos. A box new to the worker, or one whose text
 * was just emptied (posted, or cleared to write another), starts a new post
 * with nothing carried over. (The content script also clears a box that
 * becomes empty, which drops its record altogether.)
 */
export function carriedOver(previous: ComposerRecord | undefined, draft: Draft): Pick<ComposerRecord, 'draftId' | 'tags'> {
  const emptied = previous !== undefined && previous.draft.text.trim() !== '' && draft.text.trim() === '';
  return previous && !emptied ? { draftId: previous.draftId, tags: previous.tags } : { draftId: crypto.randomUUID(), tags: [] };
}

export function excerpt(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let out = words.slice(0, EXCERPT_WORDS).join(' ');
  if (out.length > EXCERPT_CHARS) out = out.slice(0, EXCERPT_CHARS).trimEnd();
  return out.length < text.trim().length ? `${out}…` : out;
}

export function composerState(composerId: string, c: ComposerRecord): ComposerState {
  return {
    composerId,
    draftId: c.draftId,
    platform: c.draft.platform,
    excerpt: excerpt(c.draft.text),
    textLength: c.draft.text.length,
    images: withTags(c.draft, c.tags).images,
    findings: c.findings,
    checkedAt: c.checkedAt,
  };
}

export function tabState(tabId: number, record: TabRecord | undefined, policy: { rosterSize: number; settings: Settings }): TabState {
  const composers = Object.entries(record?.composers ?? {})
    .map(([id, c]) => composerState(id, c))
    .sort((a, b) => b.checkedAt.localeCompare(a.checkedAt));
  return { tabId, ...policy, composers, unsupported: record?.unsupported ?? [] };
}
