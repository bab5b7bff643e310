import type { SiteAdapter } from './adapters/types.ts';
import { Composer } from './composer.ts';
import { Gate, type GateHit } from './gate.ts';
import { ComposerGroup } from './group.ts';
import { Highlighter } from './highlight.ts';
import { isImage, readImageMeta } from './image-meta.ts';
import { readEditor } from './text-map.ts';
import type { WorkerClient } from './worker-client.ts';

export interface PageDeps {
  adapter: SiteAdapter;
  worker: WorkerClient;
  siteName: string;
  turnOff(): void;
  /** Adds a listener that goes away with the content script (WXT's ctx.addEventListener). */
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

const RESCAN_DELAY_MS = 50;
const OURS = new Set(['POSTGUARD-OVERLAY', 'POSTGUARD-HIGHLIGHTS']);

/** Never let an error escape into the page's own event handling. */
function safe<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.warn('PostGuard:', error instanceof Error ? error.name : 'error');
    }
  };
}

function targetOf(event: Event): Element | null {
  const t = event.composedPath()[0] ?? event.target;
  return t instanceof Element ? t : t instanceof Node ? t.parentElement : null;
}

/**
 * Finds the composers on a page, keeps one overlay per post button, feeds
 * drafts to the worker and holds posts through the gate. Watching is cheap:
 * one MutationObserver over the page looks only at added subtrees (for new
 * editors) and removals (for composers that went away); each editor has its
 * own observer for typing.
 */
export class ComposePage {
  readonly gate: Gate;
  private readonly composers = new Map<HTMLElement, Composer>();
  private readonly groups = new Map<Element, ComposerGroup>();
  private readonly groupOf = new Map<Composer, ComposerGroup>();
  private readonly reported = new Set<string>();
  private readonly highlighter = new Highlighter(document);
  private observer: MutationObserver | null = null;
  private running = false;
  private lastFocused: Composer | null = null;
  private pending = { rescan: false, verify: false, dirty: new Set<ComposerGroup>() };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(private readonly deps: PageDeps) {
    this.gate = new Gate({
      enabled: () => this.running,
      fromButton: (target) => this.fromButton(target),
      fromKey: (target, event) => this.fromKey(target, event),
    });
  }

  /** Page-wide listeners; they do nothing while PostGuard is off for the site. */
  install(): void {
    const { listen } = this.deps;
    listen(window, 'click', safe(this.gate.onClick as (e: Event) => void), { capture: true });
    listen(window, 'keydown', safe(this.gate.onKeyDown as (e: Event) => void), { capture: true });
    listen(document, 'focusin', safe((e) => this.onFocusIn(e)), { capture: true });
    listen(document, 'input', safe((e) => this.onInput(e)), { capture: true });
    listen(document, 'change', safe((e) => this.onFiles(e, (e.target as HTMLInputElement | null)?.files)), { capture: true });
    listen(document, 'drop', safe((e) => this.onFiles(e, (e as DragEvent).dataTransfer?.files)), { capture: true });
    listen(document, 'paste', safe((e) => this.onFiles(e, (e as ClipboardEvent).clipboardData?.files)), { capture: true });
    listen(window, 'scroll', safe(() => this.onViewport()), { capture: true, passive: true });
    listen(window, 'resize', safe(() => this.onViewport()), { passive: true });
    listen(window, 'wxt:locationchange', safe(() => this.later('rescan')));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer = new MutationObserver(safe((records: MutationRecord[]) => this.onMutations(records)));
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    this.scan();
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    for (const c of [...this.composers.values()]) this.detach(c);
    this.highlighter.destroy();
  }

  /** Findings the worker pushed for one of this page's composers. */
  recheck(composerId: string, answer: Parameters<Composer['recheck']>[0]): void {
    for (const c of this.composers.values()) if (c.id === composerId) c.recheck(answer);
  }

  /**
   * The popup's "Show in composer": scrolls to [start, end) of the composer's
   * text and marks it for a moment. False when the composer is gone or the
   * span no longer holds the text one of its findings flagged.
   */
  show(composerId: string, start: number, end: number): boolean {
    if (!this.running) return false;
    const composer = [...this.composers.values()].find((c) => c.id === composerId);
    const flagged = composer?.findings.find((f) => f.start === start && f.end === end && f.flagged)?.flagged;
    if (!composer || !flagged) return false;
    const map = readEditor(composer.editor);
    const range = map.text.slice(start, end) === flagged ? map.range(start, end) : null;
    if (!range) return false;
    const node = range.startContainer;
    // The span's own element, so an editor that scrolls inside itself shows it too.
    (node instanceof Element ? node : (node.parentElement ?? composer.editor)).scrollIntoView({ block: 'center', inline: 'nearest' });
    this.highlighter.focus(composer, range, range.toString());
    return true;
  }

  private scan(): void {
    for (const editor of this.deps.adapter.findEditors(document)) this.attach(editor);
  }

  private attach(editor: HTMLElement): Composer {
    const known = this.composers.get(editor);
    if (known) return known;
    const { adapter, worker } = this.deps;
    const composer = new Composer(editor, {
      platform: adapter.platform,
      worker,
      altText: (preview) => adapter.altText(preview),
      onChange: (c) => this.groupOf.get(c)?.render(),
      onEdit: (c) => this.onEdit(c),
    });
    this.composers.set(editor, composer);
    this.assign(composer);
    composer.schedule();
    return composer;
  }

  private detach(composer: Composer): void {
    composer.destroy();
    this.composers.delete(composer.editor);
    const group = this.groupOf.get(composer);
    this.groupOf.delete(composer);
    if (this.lastFocused === composer) this.lastFocused = null;
    if (!group) return;
    group.remove(composer);
    if (!group.composers.length) this.dropGroup(group);
  }

  private dropGroup(group: ComposerGroup): void {
    group.destroy();
    for (const [key, g] of this.groups) if (g === group) this.groups.delete(key);
  }

  /** Puts a composer in the group of its post button, or alone when it has none. */
  private assign(composer: Composer): void {
    const parts = this.deps.adapter.parts(composer.editor);
    if (parts.unsupported && !this.reported.has(parts.unsupported)) {
      this.reported.add(parts.unsupported);
      this.deps.worker.unsupported(`${this.deps.adapter.platform}: ${parts.unsupported}`);
    }
    // The boxes one button publishes share an overlay (a floating one when the composer is unsupported).
    const key = parts.postButton ?? composer.editor;
    const current = this.groupOf.get(composer);
    if (current && this.groups.get(key) === current) {
      current.parts = parts;
      return;
    }
    if (current) {
      current.remove(composer);
      if (!current.composers.length) this.dropGroup(current);
    }
    let group = this.groups.get(key);
    if (!group) {
      group = new ComposerGroup(parts, {
        platform: this.deps.adapter.platform,
        siteName: this.deps.siteName,
        worker: this.deps.worker,
        highlighter: this.highlighter,
        turnOff: this.deps.turnOff,
      });
      this.groups.set(key, group);
    }
    group.parts = parts;
    this.groupOf.set(composer, group);
    group.add(composer);
    this.syncPreviews(group);
  }

  /** Re-homes composers whose editor, post button or overlay the site re-rendered away. */
  private verify(): void {
    for (const c of [...this.composers.values()]) if (!c.editor.isConnected) this.detach(c);
    for (const group of new Set(this.groups.values())) {
      const button = group.parts.postButton;
      if ((button && !button.isConnected) || !group.parts.root.isConnected) {
        for (const c of [...group.composers]) this.assign(c);
      } else if (!group.overlay.host.isConnected) group.place();
    }
  }

  private syncPreviews(group: ComposerGroup): void {
    for (const c of group.composers) c.syncPreviews(this.deps.adapter.attachments(this.boxOf(c, group)));
  }

  /** The part of the composer that belongs to this box alone (a thread shows each box's images under it). */
  private boxOf(composer: Composer, group: ComposerGroup): Element {
    const root = group.parts.root;
    if (group.composers.length < 2) return root;
    let node: Element = composer.editor;
    while (node.parentElement && node.parentElement !== root && !group.composers.some((o) => o !== composer && node.parentElement!.contains(o.editor))) {
      node = node.parentElement;
    }
    return node;
  }

  private later(what: 'rescan' | 'verify'): void {
    this.pending[what] = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(safe(() => this.flush()), RESCAN_DELAY_MS);
  }

  private flush(): void {
    if (!this.running) return;
    const { rescan, verify, dirty } = this.pending;
    this.pending = { rescan: false, verify: false, dirty: new Set() };
    if (rescan) this.scan();
    if (rescan || verify) this.verify();
    for (const group of dirty) {
      if (!group.composers.length) continue;
      // A floating badge anchors once its post button shows up (Facebook shows a comment's send button after typing).
      const narrow = group.parts.root !== document.body && group.parts.root !== document.documentElement;
      if (group.floating && narrow) for (const c of [...group.composers]) this.assign(c);
      this.syncPreviews(group);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const selector = this.deps.adapter.editorSelector;
    let rescan = false;
    let verify = false;
    for (const m of records) {
      if (!rescan) {
        for (const n of m.addedNodes) {
          if (n instanceof Element && !OURS.has(n.tagName) && (n.matches(selector) || n.querySelector(selector))) {
            rescan = true;
            break;
          }
        }
      }
      if (m.removedNodes.length) verify = true;
      for (const group of new Set(this.groups.values())) {
        if (!this.pending.dirty.has(group) && group.parts.root.contains(m.target) && !group.composers.some((c) => c.editor.contains(m.target))) {
          this.pending.dirty.add(group);
        }
      }
    }
    if (rescan) this.later('rescan');
    else if (verify) this.later('verify');
    else if (this.pending.dirty.size) this.later('verify');
  }

  private onEdit(composer: Composer): void {
    const group = this.groupOf.get(composer);
    if (!group) return;
    // A re-render without a text change replaces the nodes the highlights were on: map them again.
    if (readEditor(composer.editor).text === composer.checkedText) group.render();
    else this.highlighter.revalidate(composer);
  }

  private onFocusIn(event: Event): void {
    if (!this.running) return;
    const target = targetOf(event);
    const editor = target && this.deps.adapter.editorOf(target);
    if (!editor) return;
    const composer = this.attach(editor);
    this.lastFocused = composer;
    const group = this.groupOf.get(composer);
    if (group && group.active !== composer) {
      group.active = composer;
      if (group.floating) group.place();
    }
  }

  /** Typing outside the editors but inside a composer (an image's alt text) changes the draft too. */
  private onInput(event: Event): void {
    if (!this.running) return;
    const target = targetOf(event);
    if (!target || this.deps.adapter.editorOf(target)) return;
    for (const group of new Set(this.groups.values())) {
      if (group.parts.root.contains(target)) for (const c of group.composers) c.schedule();
    }
  }

  private onFiles(event: Event, list: FileList | null | undefined): void {
    if (!this.running || !list?.length) return;
    if (event.type === 'change' && !(event.target instanceof HTMLInputElement && event.target.type === 'file')) return;
    // Copied now: sites clear the input right after reading it.
    const files = [...list].filter(isImage);
    const target = targetOf(event);
    const composer = target && this.composerNear(target);
    if (!files.length || !composer) return;
    void Promise.all(files.map(readImageMeta)).then(
      safe((metas) => {
        if (!this.composers.has(composer.editor)) return;
        composer.addImages(metas);
        const group = this.groupOf.get(composer);
        if (group) this.syncPreviews(group);
      }),
      () => undefined,
    );
  }

  private composerNear(target: Element): Composer | null {
    const editor = this.deps.adapter.editorOf(target);
    if (editor) return this.attach(editor);
    // The innermost composer around the target: a dialog's photo input, not the page's comment box.
    let best: ComposerGroup | null = null;
    for (const group of new Set(this.groups.values())) {
      if (group.parts.root.contains(target) && (!best || best.parts.root.contains(group.parts.root))) best = group;
    }
    if (best) return best.active ?? best.composers[0] ?? null;
    return this.lastFocused?.editor.isConnected ? this.lastFocused : null;
  }

  private onViewport(): void {
    if (!this.running || this.frame) return;
    this.frame = requestAnimationFrame(
      safe(() => {
        this.frame = 0;
        for (const group of new Set(this.groups.values())) {
          if (group.floating) group.place();
          else group.overlay.reposition();
        }
        this.highlighter.reposition();
      }),
    );
  }

  private groupForButton(button: HTMLElement): ComposerGroup | undefined {
    const find = () => [...this.groups.values()].find((g) => g.parts.postButton === button);
    if (find()) return find();
    // The button may have been re-rendered, or its composer never focused: look again once.
    this.scan();
    this.verify();
    return find();
  }

  private fromButton(target: Element): GateHit | null {
    const button = this.deps.adapter.postButtonOf(target);
    const group = button && this.groupForButton(button);
    if (!button || !group) return null;
    return { group, send: () => (button.isConnected ? button : group.parts.postButton)?.click() };
  }

  private fromKey(target: Element, event: KeyboardEvent): GateHit | null {
    const editor = this.deps.adapter.editorOf(target);
    if (!editor) return null;
    const composer = this.attach(editor);
    const group = this.groupOf.get(composer);
    if (!group) return null;
    const mod = event.ctrlKey || event.metaKey;
    if (!mod && !(group.parts.sendsOnEnter && !event.shiftKey && !event.altKey)) return null;
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true };
    return {
      group,
      send: () => {
        const button = group.parts.postButton;
        if (button?.isConnected) button.click();
        else editor.dispatchEvent(new KeyboardEvent('keydown', init));
      },
    };
  }
}
