import type { Severity } from '../../rules/types.ts';

export interface Mark {
  range: Range;
  severity: Severity;
  /** The text the finding was about; a range no longer spanning it is dropped. */
  expected: string;
}

const COLORS: Record<Severity, string> = { block: '#d93025', warn: '#e37400', info: '#1a73e8' };
// Hex alpha of the tint behind flagged words: orange needs more than red to show on a one-letter word like "I".
const TINT: Record<Severity, string> = { block: '22', warn: '38', info: '1a' };
const NAME = (s: Severity) => `postguard-${s}`;
const STYLE_ID = 'postguard-highlight-style';
const SEVERITY_ORDER: Severity[] = ['info', 'warn', 'block'];
/** The span "Show in composer" points at: painted over the severity highlights, then gone. */
const FOCUS = 'postguard-focus';
const FOCUS_COLOR = '#fdd663';
/** Long enough to find the words after the popup closes, short enough not to stay in the way of typing. */
export const FOCUS_MS = 3000;

function css(): string {
  return (
    SEVERITY_ORDER.map(
      (s) => `::highlight(${NAME(s)}){text-decoration:underline wavy ${COLORS[s]};text-decoration-thickness:2px;text-underline-offset:3px;background-color:${COLORS[s]}${TINT[s]}}`,
    ).join('') + `::highlight(${FOCUS}){background-color:${FOCUS_COLOR};color:#202124}`
  );
}

interface Focus {
  owner: object;
  range: Range;
  expected: string;
}

/**
 * Underlines flagged spans in the composers without touching their DOM: the
 * CSS Custom Highlight API paints live Ranges, which follow scrolling and
 * layout by themselves. Where the API is missing, a layer outside the editor
 * draws the underlines at the ranges' client rects.
 */
export class Highlighter {
  private readonly marks = new Map<object, Mark[]>();
  private readonly registry: HighlightRegistry | undefined;
  private layer: HTMLElement | undefined;
  private style: HTMLStyleElement | undefined;
  private frame = 0;
  private focused: Focus | undefined;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {
    this.registry = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;
  }

  set(owner: object, marks: Mark[]): void {
    if (marks.length) this.marks.set(owner, marks);
    else this.marks.delete(owner);
    this.paint();
  }

  /** Marks `range` of `owner`'s editor for FOCUS_MS, over its other marks; a later call moves the mark. */
  focus(owner: object, range: Range, expected: string): void {
    clearTimeout(this.focusTimer);
    this.focused = { owner, range, expected };
    this.focusTimer = setTimeout(() => this.unfocus(), FOCUS_MS);
    this.paint();
  }

  /** After the editor re-rendered: keep only the marks whose range still covers the text they flagged. */
  revalidate(owner: object): void {
    const focus = this.focused;
    if (focus?.owner === owner && (focus.range.collapsed || focus.range.toString() !== focus.expected)) this.unfocus();
    const marks = this.marks.get(owner);
    if (!marks) return;
    const kept = marks.filter((m) => !m.range.collapsed && m.range.toString() === m.expected);
    if (kept.length !== marks.length) this.set(owner, kept);
    else if (!this.registry) this.paint();
  }

  clear(owner: object): void {
    if (this.focused?.owner === owner) this.unfocus();
    if (this.marks.delete(owner)) this.paint();
  }

  destroy(): void {
    this.marks.clear();
    clearTimeout(this.focusTimer);
    this.focused = undefined;
    for (const s of SEVERITY_ORDER) this.registry?.delete(NAME(s));
    this.registry?.delete(FOCUS);
    this.style?.remove();
    this.layer?.remove();
    cancelAnimationFrame(this.frame);
  }

  /** Redraws the fallback layer (scrolling moves text under a fixed layer). */
  reposition(): void {
    if (!this.registry && (this.marks.size || this.focused)) this.paint();
  }

  private unfocus(): void {
    clearTimeout(this.focusTimer);
    if (!this.focused) return;
    this.focused = undefined;
    this.paint();
  }

  private paint(): void {
    const all = [...this.marks.values()].flat();
    const focus = this.focused?.range;
    if (this.registry) this.paintHighlights(this.registry, all, focus);
    else {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        try {
          this.paintLayer(all, focus);
        } catch {
          // A range whose nodes the page replaced during the frame: the next check repaints.
        }
      });
    }
  }

  private paintHighlights(registry: HighlightRegistry, all: Mark[], focus: Range | undefined): void {
    if (!this.style?.isConnected) {
      this.style = this.doc.getElementById(STYLE_ID) as HTMLStyleElement | null ?? this.doc.createElement('style');
      this.style.id = STYLE_ID;
      this.style.textContent = css();
      (this.doc.head ?? this.doc.documentElement).append(this.style);
    }
    SEVERITY_ORDER.forEach((severity, priority) => {
      const ranges = all.filter((m) => m.severity === severity).map((m) => m.range);
      if (!ranges.length) {
        registry.delete(NAME(severity));
        return;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = priority;
      registry.set(NAME(severity), highlight);
    });
    if (!focus) {
      registry.delete(FOCUS);
      return;
    }
    const highlight = new Highlight(focus);
    highlight.priority = SEVERITY_ORDER.length;
    registry.set(FOCUS, highlight);
  }

  private paintLayer(all: Mark[], focus: Range | undefined): void {
    if (!this.layer?.isConnected) {
      this.layer = this.doc.createElement('postguard-highlights');
      this.layer.setAttribute('aria-hidden', 'true');
      this.layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;overflow:hidden';
      this.doc.documentElement.append(this.layer);
    }
    const boxes: HTMLElement[] = [];
    // Under the underlines, so both show.
    for (const r of focus?.getClientRects() ?? []) {
      const box = this.doc.createElement('div');
      box.style.cssText = `position:absolute;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;background:${FOCUS_COLOR}66`;
      boxes.push(box);
    }
    for (const mark of all) {
      for (const r of mark.range.getClientRects()) {
        const box = this.doc.createElement('div');
        box.style.cssText = `position:absolute;left:${r.left}px;top:${r.bottom - 2}px;width:${r.width}px;height:0;border-bottom:2px solid ${COLORS[mark.severity]}`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}
