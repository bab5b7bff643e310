// @vitest-environment jsdom
import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayActions, type OverlayFinding, type OverlayModel } from '../../entrypoints/compose.content/overlay/overlay.ts';

afterEach(() => document.body.replaceChildren());

const finding = (rule: OverlayFinding['rule'], severity: OverlayFinding['severity'], extra: Partial<OverlayFinding> = {}): OverlayFinding => ({
  key: `${rule}-${severity}`,
  rule,
  severity,
  message: `${rule} message`,
  clause: `${rule} clause`,
  ...extra,
});

const model = (findings: OverlayFinding[], extra: Partial<OverlayModel> = {}): OverlayModel => ({
  findings,
  ignored: 0,
  status: 'ready',
  siteName: 'X',
  theme: 'light',
  ...extra,
});

function setup(actions: Partial<OverlayActions> = {}) {
  const all: OverlayActions = {
    fix: vi.fn(async () => 'applied' as const),
    ignore: vi.fn(),
    restoreIgnored: vi.fn(),
    turnOff: vi.fn(),
    editPost: vi.fn(),
    postAnyway: vi.fn(async () => {}),
    ...actions,
  };
  const overlay = new Overlay(all);
  document.body.append(overlay.host);
  const shadow = overlay.host.shadowRoot!;
  return { overlay, actions: all, shadow, ui: within(shadow as unknown as HTMLElement) };
}

describe('the overlay element', () => {
  it('is a <postguard-overlay> with an open shadow root', () => {
    const { overlay } = setup();
    expect(overlay.host.tagName).toBe('POSTGUARD-OVERLAY');
    expect(overlay.host.shadowRoot).not.toBeNull();
  });

  it('counts warnings and blocks, not notes, and colours the badge by the worst', () => {
    const { overlay, shadow } = setup();
    overlay.update(model([finding('student-name', 'block'), finding('first-person-voice', 'warn'), finding('copyright', 'info')]));
    expect(shadow.querySelector('[data-testid="postguard-count"]')?.textContent).toBe('2');
    expect(shadow.querySelector('.pg')?.getAttribute('data-worst')).toBe('block');
    overlay.update(model([finding('copyright', 'info')]));
    expect(shadow.querySelector('[data-testid="postguard-count"]')?.textContent).toBe('0');
    expect(shadow.querySelector('.pg')?.getAttribute('data-worst')).toBe('info');
  });

  it('keeps every finding in the shadow root with data-rule and data-severity while the list is collapsed', () => {
    const { overlay, shadow } = setup();
    overlay.update(model([finding('first-person-voice', 'warn'), finding('student-name', 'block')]));
    const panel = shadow.querySelector('#pg-panel') as HTMLElement;
    expect(panel.hidden).toBe(true);
    const items = [...shadow.querySelectorAll('[data-rule]')].map((el) => [el.getAttribute('data-rule'), el.getAttribute('data-severity')]);
    // Most severe first.
    expect(items).toEqual([
      ['student-name', 'block'],
      ['first-person-voice', 'warn'],
    ]);
  });

  it('opens to show message, clause and quick fix, and closes with Escape', async () => {
    const user = userEvent.setup();
    const { overlay, ui, shadow } = setup();
    overlay.update(model([finding('student-name', 'block', { fix: { label: 'Use first name only', replacement: 'Emma', applicable: true } })]));
    const badge = ui.getByRole('button', { name: /PostGuard: 1 finding, 1 holding the post/ });
    await user.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const panel = shadow.querySelector('#pg-panel') as HTMLElement;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('student-name message');
    expect(panel.textContent).toContain('student-name clause');
    expect(within(panel).getByRole('button', { name: 'Fix: Use first name only', hidden: true })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(panel.hidden).toBe(true);
  });

  it('announces the count politely for screen readers', () => {
    const { overlay, shadow } = setup();
    overlay.update(model([finding('promotion', 'warn')]));
    const live = shadow.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('PostGuard: 1 finding.');
  });

  it('offers "Ignore for this post" on warnings only: a block is settled with a reason', async () => {
    const user = userEvent.setup();
    const { overlay, ui, actions } = setup();
    overlay.update(model([finding('student-name', 'block'), finding('promotion', 'warn')]));
    const ignores = ui.getAllByRole('button', { name: 'Ignore for this post', hidden: true });
    expect(ignores).toHaveLength(1);
    await user.click(ignores[0]!);
    expect(actions.ignore).toHaveBeenCalledWith('promotion-warn');
  });

  it('falls back to "Copy suggestion" when the fix cannot be applied safely', async () => {
    const user = userEvent.setup();
    const fix = vi.fn(async () => 'unsafe' as const);
    const { overlay, ui } = setup({ fix });
    overlay.update(model([finding('student-name', 'block', { fix: { label: 'Use first name only', replacement: 'Emma', applicable: true } })]));
    await user.click(ui.getByRole('button', { name: 'Fix: Use first name only', hidden: true }));
    expect(fix).toHaveBeenCalledWith('student-name-block');
    expect(ui.getByRole('button', { name: 'Copy suggestion', hidden: true })).toBeTruthy();
    expect(ui.getByText(/cannot take the fix safely/)).toBeTruthy();
  });

  it('follows the page theme', () => {
    const { overlay, shadow } = setup();
    overlay.update(model([], { theme: 'dark' }));
    expect(shadow.querySelector('.pg')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('the held-post dialog', () => {
  it('lists the blocking findings and enables "Post anyway" only once a reason is typed', async () => {
    const user = userEvent.setup();
    const { overlay, ui, actions } = setup();
    overlay.openGate([finding('student-name', 'block'), finding('credentials', 'block')]);
    const dialog = ui.getByRole('alertdialog');
    expect(dialog.textContent).toContain('student-name message');
    expect(dialog.textContent).toContain('credentials message');
    const anyway = within(dialog).getByRole('button', { name: 'Post anyway' }) as HTMLButtonElement;
    expect(anyway.disabled).toBe(true);
    const reason = within(dialog).getByLabelText('Reason for posting anyway');
    await user.type(reason, '   ');
    expect(anyway.disabled).toBe(true);
    await user.type(reason, 'Parent gave written consent today');
    expect(anyway.disabled).toBe(false);
    await user.click(anyway);
    expect(actions.postAnyway).toHaveBeenCalledWith('Parent gave written consent today');
  });

  it('puts focus on "Edit post", which hands back to the editor', async () => {
    const user = userEvent.setup();
    const { overlay, ui, actions } = setup();
    overlay.openGate([finding('student-name', 'block')]);
    const edit = ui.getByRole('button', { name: 'Edit post' });
    expect(overlay.host.shadowRoot!.activeElement).toBe(edit);
    await user.keyboard('{Enter}');
    expect(actions.editPost).toHaveBeenCalled();
  });

  it('keeps the post held and says so when the override cannot be recorded', async () => {
    const user = userEvent.setup();
    const { overlay, ui } = setup({ postAnyway: vi.fn(async () => Promise.reject(new Error('down'))) });
    overlay.openGate([finding('student-name', 'block')]);
    await user.type(ui.getByLabelText('Reason for posting anyway'), 'Approved by principal');
    await user.click(ui.getByRole('button', { name: 'Post anyway' }));
    expect(ui.getByRole('alert').textContent).toMatch(/could not be recorded/);
    expect(ui.getByRole('alertdialog')).toBeTruthy();
  });

  it('does not let keys typed in the dialog reach the page (site shortcuts)', async () => {
    const user = userEvent.setup();
    const { overlay, ui } = setup();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    overlay.openGate([finding('student-name', 'block')]);
    await user.type(ui.getByLabelText('Reason for posting anyway'), 'n');
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });
});
