import type { CheckResponse, FindingMessage } from '../background/messages.ts';
import type { Draft, ImageMeta, Platform } from '../../rules/types.ts';
import { localIso } from '../../utils/local-iso.ts';
import { readEditor } from './text-map.ts';
import type { WorkerClient } from './worker-client.ts';

/** Pause after the last keystroke before checking: short enough that the overlay keeps up with typing. */
export const CHECK_DELAY_MS = 30;
/** How long a post event waits for the findings of the text as it is now. */
export const SETTLE_LIMIT_MS = 2000;

export interface CheckedFinding extends FindingMessage {
  /** Unique within one answer: picks the finding a "Fix" button means. */
  key: string;
  /** Same for the same problem in the same words: "Ignore for this post" survives re-checks. */
  ignoreKey: string;
  /** The text the finding's span covered when it was checked. */
  flagged?: string;
}

interface AttachedImage {
  meta: ImageMeta;
  /** The site's preview of this image, where its alt text is typed. */
  preview?: Element;
}

export interface ComposerDeps {
  platform: Platform;
  worker: WorkerClient;
  altText(preview: Element): string;
  /** New findings, or a new status: the overlay and highlights redraw. */
  onChange(composer: Composer): void;
  /** The editor's DOM changed (typing, or a re-render). */
  onEdit(composer: Composer): void;
}

let counter = 0;
const pageId = Math.random().toString(36).slice(2, 8);

function keyOf(draft: Draft): string {
  return `${draft.text}\u0000${JSON.stringify(draft.images)}`;
}

function withKeys(findings: FindingMessage[], text: string): CheckedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const flagged = f.start !== undefined && f.end !== undefined ? text.slice(f.start, f.end) : undefined;
    const ignoreKey = [f.rule, flagged ?? '', f.image ?? '', f.message].join('\u0001');
    const n = (seen.get(ignoreKey) ?? 0) + 1;
    seen.set(ignoreKey, n);
    return { ...f, key: `${ignoreKey}\u0002${n}`, ignoreKey, ...(flagged !== undefined ? { flagged } : {}) };
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One editor box: its draft, the findings for it, and the "ignore for this
 * post" choices. Checks run in the background worker; only the latest
 * answer counts.
 */
export class Composer {
  readonly id: string;
  findings: CheckedFinding[] = [];
  /** The text the findings were computed for. */
  checkedText = '';
  rosterSize = 0;
  status: 'ready' | 'checking' | 'error' = 'ready';
  readonly ignored = new Set<string>();
  private images: AttachedImage[] = [];
  private seenPreviews = false;
  /** Whether the worker holds a draft for this box: checks were sent since it was last cleared. */
  private known = false;
  private checkedKey: string | null = null;
  private pendingKey: string | null = null;
  private seq = 0;
  private inflight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer: MutationObserver;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: ComposerDeps,
  ) {
    this.id = `${deps.platform}-${pageId}-${++counter}`;
    // Draft.js handles Backspace, Enter and paste itself and re-renders without an input event: watch the DOM.
    this.observer = new MutationObserver(() => {
      deps.onEdit(this);
      this.schedule();
    });
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
  }

  draft(): Draft {
    // The worker takes at most 50 images; that many is far over any image limit already.
    const images = this.images.slice(0, 50).map(({ meta, preview }) => {
      const alt = preview ? this.deps.altText(preview) : '';
      return alt ? { ...meta, alt } : meta;
    });
    return { platform: this.deps.platform, text: readEditor(this.editor).text, now: localIso(), images };
  }

  visibleFindings(): CheckedFinding[] {
    return this.findings.filter((f) => !this.ignored.has(f.ignoreKey));
  }

  imageName(index: number): string | undefined {
    return this.images[index]?.meta.name;
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, CHECK_DELAY_MS);
  }

  isSettled(): boolean {
    return !this.timer && !this.inflight && this.checkedKey !== null && keyOf(this.draft()) === this.checkedKey;
  }

  /** Checks now if the draft changed, and waits for the answer; false when none came in time. */
  async settle(limit = SETTLE_LIMIT_MS): Promise<boolean> {
    const until = Date.now() + limit;
    for (let attempt = 0; attempt < 3 && Date.now() < until; attempt++) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await Promise.race([this.run(), sleep(until - Date.now())]);
      if (this.isSettled()) return true;
    }
    return false;
  }

  addImages(metas: ImageMeta[]): void {
    this.images.push(...metas.map((meta) => ({ meta })));
    this.schedule();
  }

  /**
   * Follows the previews the site shows: a removed preview drops its image.
   * Previews are matched to images in order, which is how both sites list them.
   */
  syncPreviews(previews: Element[] | null): void {
    if (!previews) return;
    if (previews.length) this.seenPreviews = true;
    if (!this.seenPreviews) return;
    if (previews.length < this.images.length) {
      this.images = this.images.filter((i) => !i.preview || previews.includes(i.preview));
      this.images.length = Math.min(this.images.length, previews.length);
    }
    this.images.forEach((image, i) => {
      image.preview = previews[i];
    });
    this.schedule();
  }

  ignore(ignoreKey: string): void {
    this.ignored.add(ignoreKey);
    this.deps.onChange(this);
  }

  restoreIgnored(): void {
    this.ignored.clear();
    this.deps.onChange(this);
  }

  /** Findings the worker recomputed on its own (tags, roster); taken only when nothing newer is on its way. */
  recheck(answer: CheckResponse): void {
    if (this.pendingKey !== null && this.pendingKey === this.checkedKey) this.accept(this.checkedKey, this.checkedText, answer);
  }

  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.seq++;
    this.forget();
  }

  /** Tells the worker this box's post is gone, so its next text is a new draft with nothing carried over (photo tags, ticks). */
  private forget(): void {
    if (!this.known) return;
    this.known = false;
    this.deps.worker.clear(this.id);
  }

  private run(): Promise<void> {
    const draft = this.draft();
    const key = keyOf(draft);
    if (key === this.pendingKey) return this.inflight ?? Promise.resolve();
    this.pendingKey = key;
    const seq = ++this.seq;
    if (!draft.text.trim() && !draft.images.length) {
      // An empty box: nothing to check. It was posted or cleared, and what is typed next is another post.
      this.forget();
      this.ignored.clear();
      this.accept(key, draft.text, { findings: [], rosterSize: this.rosterSize });
      return Promise.resolve();
    }
    this.known = true;
    const answer = this.deps.worker.check(this.id, draft).then(
      (a) => {
        if (seq === this.seq) this.accept(key, draft.text, a);
      },
      () => {
        if (seq !== this.seq) return;
        // Keep the last findings on show (and in force for the gate) and try again on the next change.
        this.pendingKey = null;
        this.status = 'error';
        this.deps.onChange(this);
      },
    );
    const tracked: Promise<void> = answer.finally(() => {
      if (this.inflight === tracked) this.inflight = null;
    });
    this.inflight = tracked;
    return tracked;
  }

  private accept(key: string, text: string, answer: CheckResponse): void {
    this.checkedKey = key;
    this.checkedText = text;
    this.findings = withKeys(answer.findings, text);
    this.rosterSize = answer.rosterSize;
    this.status = 'ready';
    this.deps.onChange(this);
  }
}
