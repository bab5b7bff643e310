import type { Platform, RuleId } from '../../rules/types.ts';
import { applyFix, type FixOutcome } from './apply-fix.ts';
import type { ComposerParts } from './adapters/types.ts';
import type { Composer } from './composer.ts';
import type { GateGroup } from './gate.ts';
import type { Highlighter, Mark } from './highlight.ts';
import { Overlay, type OverlayFinding } from './overlay/overlay.ts';
import { themeOf } from './overlay/position.ts';
import { readEditor } from './text-map.ts';
import type { WorkerClient } from './worker-client.ts';

export interface GroupDeps {
  platform: Platform;
  siteName: string;
  worker: WorkerClient;
  highlighter: Highlighter;
  turnOff(): void;
}

/**
 * The editor boxes that one post button publishes (a thread has several) and
 * the one overlay beside that button. Without a usable post button the group
 * is a single box and its overlay floats on the editor.
 */
export class ComposerGroup implements GateGroup {
  readonly composers: Composer[] = [];
  active: Composer | null = null;
  readonly overlay: Overlay;
  private pendingSend: (() => void) | null = null;
  private held: OverlayFinding[] = [];

  constructor(
    public parts: ComposerParts,
    private readonly deps: GroupDeps,
  ) {
    this.overlay = new Overlay({
      fix: (key) => this.fix(key),
      ignore: (key) => {
        const hit = this.find(key);
        hit?.composer.ignore(hit.finding.ignoreKey);
      },
      restoreIgnored: () => this.composers.forEach((c) => c.restoreIgnored()),
      turnOff: () => deps.turnOff(),
      editPost: () => this.editPost(),
      postAnyway: (reason) => this.postAnyway(reason),
    });
  }

  get floating(): boolean {
    return !this.parts.postButton || !!this.parts.unsupported;
  }

  add(composer: Composer): void {
    if (!this.composers.includes(composer)) this.composers.push(composer);
    this.active ??= composer;
    this.render();
  }

  remove(composer: Composer): void {
    const i = this.composers.indexOf(composer);
    if (i >= 0) this.composers.splice(i, 1);
    this.deps.highlighter.clear(composer);
    if (this.active === composer) this.active = this.composers[0] ?? null;
    if (this.composers.length) this.render();
  }

  destroy(): void {
    for (const c of this.composers) this.deps.highlighter.clear(c);
    this.overlay.destroy();
  }

  /** Redraws the overlay and the highlights from the composers' latest findings. */
  render(): void {
    const findings: OverlayFinding[] = [];
    let ignored = 0;
    this.composers.forEach((c, i) => {
      const map = readEditor(c.editor);
      const current = map.text === c.checkedText;
      const marks: Mark[] = [];
      ignored += c.findings.length - c.visibleFindings().length;
      for (const f of c.visibleFindings()) {
        const spans = current && f.start !== undefined && f.end !== undefined && f.end > f.start;
        const image = f.image !== undefined ? `Image ${f.image + 1}${c.imageName(f.image) ? ` (${c.imageName(f.image)})` : ''}` : undefined;
        const box = this.composers.length > 1 ? `Post ${i + 1}` : undefined;
        const where = [box, image].filter(Boolean).join(', ');
        findings.push({
          key: `${c.id}\u0003${f.key}`,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          clause: f.clause,
          ...(where ? { where } : {}),
          ...(f.fix ? { fix: { ...f.fix, applicable: !!spans && map.singleNode(f.start!, f.end!) } } : {}),
        });
        const range = spans ? map.range(f.start!, f.end!) : null;
        if (range && f.flagged !== undefined) marks.push({ range, severity: f.severity, expected: f.flagged });
      }
      this.deps.highlighter.set(c, marks);
    });
    const status = this.composers.some((c) => c.status === 'error') ? 'error' : 'ready';
    this.overlay.update({ findings, ignored, status, siteName: this.deps.siteName, theme: themeOf(this.overlay.host.parentElement ?? this.active?.editor ?? null) });
    this.place();
  }

  /** Keeps the overlay beside the post button, or floating on the editor; both survive the site's re-renders. */
  place(): void {
    const host = this.overlay.host;
    const button = this.parts.postButton;
    if (!this.floating && button?.isConnected) {
      if (host.nextSibling !== button) button.before(host);
      delete host.dataset.mode;
    } else if (this.active) {
      // Inside the site's dialog, so its focus trap lets the overlay take focus.
      const container = this.active.editor.closest('[role="dialog"]') ?? document.body;
      if (host.parentElement !== container) container.append(host);
      this.overlay.float(this.active.editor);
    }
    this.overlay.reposition();
  }

  isSettled(): boolean {
    return this.composers.every((c) => c.isSettled());
  }

  async settle(): Promise<void> {
    await Promise.all(this.composers.map((c) => c.settle()));
    this.render();
  }

  blockers(): OverlayFinding[] {
    const out: OverlayFinding[] = [];
    this.composers.forEach((c, i) => {
      for (const f of c.visibleFindings()) {
        if (f.severity !== 'block') continue;
        const where = this.composers.length > 1 ? `Post ${i + 1}` : undefined;
        out.push({ key: `${c.id}\u0003${f.key}`, rule: f.rule, severity: f.severity, message: f.message, clause: f.clause, ...(where ? { where } : {}) });
      }
    });
    return out;
  }

  hasBlockers(): boolean {
    return this.blockers().length > 0;
  }

  hold(send: () => void): void {
    this.pendingSend = send;
    this.held = this.blockers();
    this.overlay.openGate(this.held);
  }

  private editPost(): void {
    this.pendingSend = null;
    this.overlay.closeGate();
    this.active?.editor.focus();
  }

  private async postAnyway(reason: string): Promise<void> {
    // The draft may have been edited while the dialog was open: decide on what would be published now.
    await this.settle();
    const now = this.blockers();
    const send = this.pendingSend;
    if (!send) return;
    if (!now.length) {
      this.overlay.closeGate();
      this.pendingSend = null;
      send();
      return;
    }
    const known = new Set(this.held.map((f) => f.rule));
    if (now.some((f) => !known.has(f.rule))) {
      this.hold(send);
      return;
    }
    const rules = [...new Set(now.map((f) => f.rule))] as RuleId[];
    await this.deps.worker.override(this.deps.platform, rules, reason);
    this.overlay.closeGate();
    this.pendingSend = null;
    send();
  }

  private find(key: string): { composer: Composer; finding: Composer['findings'][number] } | undefined {
    const [id, fkey] = key.split('\u0003');
    const composer = this.composers.find((c) => c.id === id);
    const finding = composer?.findings.find((f) => f.key === fkey);
    return composer && finding ? { composer, finding } : undefined;
  }

  private async fix(key: string): Promise<FixOutcome> {
    const hit = this.find(key);
    const f = hit?.finding;
    if (!hit || !f?.fix || f.start === undefined || f.end === undefined || f.flagged === undefined) return 'stale';
    if (readEditor(hit.composer.editor).text !== hit.composer.checkedText) return 'stale';
    const outcome = await applyFix(hit.composer.editor, { start: f.start, end: f.end, expected: f.flagged, replacement: f.fix.replacement });
    hit.composer.schedule();
    return outcome;
  }
}
