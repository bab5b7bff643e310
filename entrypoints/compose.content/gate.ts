/** What the gate needs from the composer a post event belongs to. */
export interface GateGroup {
  /** True when the findings on hand are for the text and images as they are now. */
  isSettled(): boolean;
  /** Waits (briefly) for the findings of the current draft. */
  settle(): Promise<unknown>;
  hasBlockers(): boolean;
  /** Shows the dialog; `send` publishes once the user chose "Post anyway" and gave a reason. */
  hold(send: () => void): void;
}

export interface GateHit {
  group: GateGroup;
  /** Publishes the post as the user asked (clicks the post button, presses Ctrl+Enter again). */
  send(): void;
}

/** How the gate finds the composer behind an event; the site adapters answer these. */
export interface GateSite {
  enabled(): boolean;
  /** For a click (or Enter/Space) on something that may be a post button. */
  fromButton(target: Element): GateHit | null;
  /** For Enter in something that may be an editor: set when this key combination sends the post there. */
  fromKey(target: Element, event: KeyboardEvent): GateHit | null;
}

const OVERLAY_TAG = 'POSTGUARD-OVERLAY';

function origin(event: Event): Element | null {
  const path = event.composedPath();
  // The overlay's own buttons ("Post anyway", "Edit post") are never a post event.
  if (path.some((n) => n instanceof Element && n.tagName === OVERLAY_TAG)) return null;
  const first = path[0] ?? event.target;
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Holds a post while a `block` finding stands. Listens in the capture phase
 * on window, which runs before any handler the site attaches to its own
 * elements or React root, and stops the event there. Warnings never hold.
 * When the findings are not yet known for the current text, the event is
 * held until they are, then either the dialog opens or the post goes out.
 */
export class Gate {
  private bypass = false;

  constructor(private readonly site: GateSite) {}

  readonly onClick = (event: MouseEvent): void => {
    if (this.bypass || !this.site.enabled()) return;
    const target = origin(event);
    const hit = target && this.site.fromButton(target);
    if (hit) this.judge(event, hit);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.bypass || !this.site.enabled() || event.isComposing) return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = origin(event);
    if (!target) return;
    // Sites whose buttons are divs with role="button" publish on keydown, not click.
    const hit = this.site.fromButton(target) ?? (event.key === 'Enter' ? this.site.fromKey(target, event) : null);
    if (hit) this.judge(event, hit);
  };

  /** Lets exactly the events `send` dispatches through, once the user chose to post. */
  release(send: () => void): void {
    this.bypass = true;
    try {
      send();
    } finally {
      this.bypass = false;
    }
  }

  private judge(event: Event, { group, send }: GateHit): void {
    const go = () => this.release(send);
    if (group.isSettled()) {
      if (!group.hasBlockers()) return;
      stop(event);
      group.hold(go);
      return;
    }
    stop(event);
    void group.settle().then(() => (group.hasBlockers() ? group.hold(go) : go()));
  }
}
