import type { RuleId, Severity } from '../../../rules/types.ts';
import type { FixOutcome } from '../apply-fix.ts';
import { h } from './dom.ts';
import { placeFixed, placeNear } from './position.ts';
import { RULE_LABELS, SEVERITY_LABELS } from './rule-labels.ts';
import { OVERLAY_CSS } from './styles.ts';

export interface OverlayFinding {
  /** Stable across checks of the same text, so "Ignore" and notes stick. */
  key: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  clause: string;
  /** Which box or image of the post it is about, when that is not obvious. */
  where?: string;
  fix?: { label: string; replacement: string; applicable: boolean };
}

export interface OverlayModel {
  findings: OverlayFinding[];
  ignored: number;
  status: 'ready' | 'checking' | 'error';
  siteName: string;
  theme: 'light' | 'dark';
}

export interface OverlayActions {
  fix(key: string): Promise<FixOutcome>;
  ignore(key: string): void;
  restoreIgnored(): void;
  turnOff(): void;
  /** Closes the held-post dialog and puts the caret back in the editor. */
  editPost(): void;
  /** Records the override; rejects when it could not be recorded (the post then stays held). */
  postAnyway(reason: string): Promise<void>;
}

const ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
const FIX_NOTES: Record<Exclude<FixOutcome, 'applied'>, string> = {
  stale: 'The text changed since it was checked; the fix was not applied.',
  unsafe: 'This editor cannot take the fix safely. Copy the suggestion and paste it in.',
  failed: 'The editor did not accept the fix. Copy the suggestion and paste it in.',
};

export function countOf(findings: OverlayFinding[]): number {
  return findings.filter((f) => f.severity !== 'info').length;
}

function worstOf(findings: OverlayFinding[]): Severity | 'none' {
  return findings.reduce<Severity | 'none'>((w, f) => (w === 'none' || ORDER[f.severity] < ORDER[w] ? f.severity : w), 'none');
}

/**
 * The `<postguard-overlay>` element: a count badge, the findings list (in the
 * shadow root even while collapsed), and the dialog that holds a post. Its
 * shadow root is open so tests and assistive tech can reach it.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly wrap: HTMLDivElement;
  private readonly badge: HTMLButtonElement;
  private readonly count: HTMLSpanElement;
  private readonly live: HTMLSpanElement;
  private readonly panel: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly footer: HTMLElement;
  private readonly probe: HTMLElement;
  private gate: HTMLElement | null = null;
  private model: OverlayModel | null = null;
  private signature = '';
  private readonly notes = new Map<string, string>();
  private readonly copyOnly = new Set<string>();

  constructor(private readonly actions: OverlayActions) {
    this.host = document.createElement('postguard-overlay');
    const root = this.host.attachShadow({ mode: 'open' });
    this.count = h('span', { 'data-testid': 'postguard-count' }, '0');
    this.badge = h('button', { type: 'button', class: 'badge', 'aria-expanded': 'false', 'aria-controls': 'pg-panel', onClick: () => this.toggle() }, h('span', { 'aria-hidden': 'true' }, '🛡'), this.count);
    this.live = h('span', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    this.list = h('ul', { 'aria-label': 'Findings' });
    this.footer = h('footer');
    this.panel = h('section', { id: 'pg-panel', class: 'panel', role: 'region', 'aria-label': 'PostGuard findings', hidden: true }, h('header', {}, h('strong', {}, 'PostGuard'), h('span', { class: 'where' }, 'Checked on this device')), this.list, this.footer);
    this.probe = h('div', { style: 'position:fixed;left:0;top:0;width:0;height:0' });
    this.wrap = h('div', { class: 'pg', 'data-theme': 'light', 'data-worst': 'none' }, this.badge, this.live, this.panel, this.probe);
    root.append(h('style', {}, OVERLAY_CSS), this.wrap);
    // Keys typed in the overlay are PostGuard's: the site's shortcuts (X's "n", "j", "k") must not see them.
    for (const type of ['keydown', 'keyup', 'keypress']) root.addEventListener(type, (e) => e.stopPropagation());
    this.wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.panel.hidden && !this.gate) {
        this.toggle(false);
        this.badge.focus();
      }
    });
  }

  update(model: OverlayModel): void {
    this.model = model;
    const findings = [...model.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    const n = countOf(findings);
    const worst = worstOf(findings);
    const blocks = findings.filter((f) => f.severity === 'block').length;
    this.wrap.dataset.theme = model.theme;
    this.wrap.dataset.worst = worst;
    this.wrap.dataset.status = model.status;
    if (this.count.textContent !== String(n)) this.count.textContent = String(n);
    const summary = `PostGuard: ${n} ${n === 1 ? 'finding' : 'findings'}${blocks ? `, ${blocks} holding the post` : ''}.`;
    const said = model.status === 'error' ? 'PostGuard could not check this draft.' : summary;
    this.badge.setAttribute('aria-label', `${said} Show details`);
    if (this.live.textContent !== said) this.live.textContent = said;

    const signature = JSON.stringify([findings, model.ignored, model.status, [...this.copyOnly]]);
    if (signature === this.signature) return;
    this.signature = signature;
    this.list.replaceChildren(...findings.map((f) => this.item(f)));
    if (!findings.length) this.list.append(h('li', { class: 'empty' }, model.status === 'error' ? 'PostGuard could not check this draft. Your post is not held.' : 'Nothing to flag in this draft.'));
    this.footer.replaceChildren(
      model.ignored ? h('button', { type: 'button', onClick: () => this.actions.restoreIgnored() }, `Show ${model.ignored} ignored`) : h('span'),
      h('button', { type: 'button', onClick: () => this.actions.turnOff() }, `Turn off PostGuard on ${model.siteName}`),
    );
  }

  private item(f: OverlayFinding): HTMLLIElement {
    const note = h('p', { class: 'note', role: 'status' }, this.notes.get(f.key) ?? '');
    const actions = h('div', { class: 'actions' });
    if (f.fix) {
      const { label, replacement } = f.fix;
      if (f.fix.applicable && !this.copyOnly.has(f.key)) {
        actions.append(
          h('button', {
            type: 'button',
            'aria-label': `Fix: ${label}`,
            onClick: async () => {
              const outcome = await this.actions.fix(f.key);
              if (outcome !== 'applied') {
                this.notes.set(f.key, FIX_NOTES[outcome]);
                this.copyOnly.add(f.key);
                this.signature = '';
                if (this.model) this.update(this.model);
              }
            },
          }, label),
        );
      } else {
        actions.append(
          h('button', {
            type: 'button',
            onClick: async () => {
              try {
                await navigator.clipboard.writeText(replacement);
                note.textContent = 'Suggestion copied. Paste it in place of the flagged words.';
              } catch {
                note.replaceChildren('Copy this suggestion: ', h('span', { class: 'suggestion' }, replacement));
              }
            },
          }, 'Copy suggestion'),
        );
      }
    }
    // A finding that holds the post is settled with "Post anyway" and a reason, which the audit log keeps.
    if (f.severity !== 'block') actions.append(h('button', { type: 'button', onClick: () => this.actions.ignore(f.key) }, 'Ignore for this post'));
    return h(
      'li',
      { 'data-rule': f.rule, 'data-severity': f.severity },
      h('div', {}, h('span', { class: 'sev' }, SEVERITY_LABELS[f.severity]), h('strong', {}, RULE_LABELS[f.rule]), f.where ? h('span', { class: 'where' }, ` · ${f.where}`) : null),
      h('p', { class: 'msg' }, f.message),
      f.clause ? h('p', { class: 'clause' }, f.clause) : null,
      actions.childElementCount ? actions : null,
      note,
    );
  }

  toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
    if (open) placeNear(this.panel, this.probe, this.badge.getBoundingClientRect());
  }

  /** Shows the dialog that holds the post until the user edits it or gives a reason to post anyway. */
  openGate(blockers: OverlayFinding[]): void {
    this.closeGate();
    const reason = h('textarea', { id: 'pg-reason', 'aria-describedby': 'pg-reason-hint' });
    const error = h('p', { class: 'error', role: 'alert' });
    const anyway = h('button', { type: 'button', class: 'anyway', disabled: true }, 'Post anyway');
    const edit = h('button', { type: 'button', onClick: () => this.actions.editPost() }, 'Edit post');
    reason.addEventListener('input', () => {
      anyway.disabled = reason.value.trim() === '';
    });
    anyway.addEventListener('click', async () => {
      const why = reason.value.trim();
      if (!why) return;
      anyway.disabled = true;
      error.textContent = '';
      try {
        await this.actions.postAnyway(why);
      } catch {
        error.textContent = 'The override could not be recorded, so the post is still held. Try again.';
        anyway.disabled = false;
      }
    });
    const gate = h(
      'div',
      { class: 'gate', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'pg-gate-title', 'aria-describedby': 'pg-gate-desc' },
      h('h2', { id: 'pg-gate-title' }, 'PostGuard is holding this post'),
      h('p', { id: 'pg-gate-desc' }, blockers.length === 1 ? 'It has a problem the district procedure does not allow in a post:' : `It has ${blockers.length} problems the district procedure does not allow in a post:`),
      h('ul', { class: 'held' }, ...blockers.map((f) => h('li', { 'data-held-rule': f.rule }, h('strong', {}, RULE_LABELS[f.rule]), f.where ? h('span', { class: 'where' }, ` · ${f.where}`) : null, h('p', { class: 'msg' }, f.message), f.clause ? h('p', { class: 'clause' }, f.clause) : null))),
      h('label', { for: 'pg-reason' }, 'Reason for posting anyway'),
      reason,
      h('p', { id: 'pg-reason-hint', class: 'where' }, 'Kept in the audit log on this device.'),
      error,
      h('div', { class: 'buttons' }, edit, anyway),
    );
    gate.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.actions.editPost();
      } else if (e.key === 'Tab') this.trapTab(e, gate);
    });
    this.gate = gate;
    this.wrap.append(gate);
    placeFixed(gate, this.probe, (innerWidth - gate.offsetWidth) / 2, Math.max(16, innerHeight * 0.15));
    edit.focus();
  }

  closeGate(): void {
    this.gate?.remove();
    this.gate = null;
  }

  get gateOpen(): boolean {
    return !!this.gate;
  }

  private trapTab(e: KeyboardEvent, gate: HTMLElement): void {
    const focusable = [...gate.querySelectorAll<HTMLElement>('button:not(:disabled),textarea')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.host.shadowRoot?.activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first?.focus();
    }
  }

  /** Keeps open popups next to the badge after the page scrolled or the badge moved. */
  reposition(): void {
    if (!this.panel.hidden) placeNear(this.panel, this.probe, this.badge.getBoundingClientRect());
  }

  /** Floating mode: the badge sits on the editor's bottom-right corner instead of beside a post button. */
  float(editor: Element): void {
    this.host.dataset.mode = 'floating';
    const r = editor.getBoundingClientRect();
    placeFixed(this.host, this.probe, r.right - this.host.offsetWidth - 4, r.bottom - this.host.offsetHeight - 4);
  }

  destroy(): void {
    this.host.remove();
  }
}
