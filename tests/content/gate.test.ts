// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Gate, type GateGroup } from '../../entrypoints/compose.content/gate.ts';
import { mount, tick } from './helpers.ts';

/** A composer whose findings the test sets: `blocks` stands for a block finding on the current text. */
function group(state: { blocks: boolean; settled: boolean }) {
  let send: (() => void) | null = null;
  const g: GateGroup & { held: () => boolean; postAnyway: () => void } = {
    isSettled: () => state.settled,
    settle: vi.fn(async () => {
      await tick(5);
      state.settled = true;
    }),
    hasBlockers: () => state.blocks,
    hold: vi.fn((s: () => void) => {
      send = s;
    }),
    held: () => send !== null,
    postAnyway: () => send?.(),
  };
  return g;
}

let published: string[];
let page: HTMLElement;
let button: HTMLButtonElement;
let editor: HTMLElement;
let removers: (() => void)[] = [];

function install(g: GateGroup, { enabled = true, sendsOnEnter = false } = {}) {
  const gate = new Gate({
    enabled: () => enabled,
    fromButton: (t) => (button.contains(t) ? { group: g, send: () => button.click() } : null),
    fromKey: (t, e) => (editor.contains(t) && (e.ctrlKey || e.metaKey || sendsOnEnter) ? { group: g, send: () => button.click() } : null),
  });
  window.addEventListener('click', gate.onClick, true);
  window.addEventListener('keydown', gate.onKeyDown, true);
  removers.push(() => {
    window.removeEventListener('click', gate.onClick, true);
    window.removeEventListener('keydown', gate.onKeyDown, true);
  });
  return gate;
}

beforeEach(() => {
  published = [];
  page = mount('<div class="composer"><div contenteditable="true" id="ed">Hi</div><button data-testid="tweetButtonInline"><span>Post</span></button></div>');
  button = page.querySelector('button')!;
  editor = page.querySelector('#ed')!;
  // The site's own handlers, as React attaches them below window.
  button.addEventListener('click', () => published.push('click'));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) published.push('ctrl+enter');
  });
});

afterEach(() => {
  removers.forEach((r) => r());
  removers = [];
  document.body.replaceChildren();
});

describe('the pre-publish gate', () => {
  it('holds a click on Post while a block finding stands, before the site sees it', () => {
    const g = group({ blocks: true, settled: true });
    install(g);
    button.querySelector('span')!.click();
    expect(published).toEqual([]);
    expect(g.hold).toHaveBeenCalledOnce();
  });

  it('never holds a post for warnings alone', () => {
    const g = group({ blocks: false, settled: true });
    install(g);
    button.click();
    expect(published).toEqual(['click']);
    expect(g.hold).not.toHaveBeenCalled();
  });

  it('lets the post go once the user chose "Post anyway", and only that once', () => {
    const g = group({ blocks: true, settled: true });
    install(g);
    button.click();
    g.postAnyway();
    expect(published).toEqual(['click']);
    button.click();
    expect(published).toEqual(['click']);
    expect(g.hold).toHaveBeenCalledTimes(2);
  });

  it('holds Ctrl+Enter and Cmd+Enter in the editor', () => {
    const g = group({ blocks: true, settled: true });
    install(g);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true, cancelable: true }));
    expect(published).toEqual([]);
    expect(g.hold).toHaveBeenCalledTimes(2);
  });

  it('leaves plain Enter alone where Enter starts a new line', () => {
    const g = group({ blocks: true, settled: true });
    install(g);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(g.hold).not.toHaveBeenCalled();
  });

  it('holds plain Enter in a comment box, where Enter sends', () => {
    const g = group({ blocks: true, settled: true });
    install(g, { sendsOnEnter: true });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(g.hold).toHaveBeenCalledOnce();
  });

  it('waits for the check of the current text before deciding, then posts if it came back clean', async () => {
    const state = { blocks: false, settled: false };
    const g = group(state);
    install(g);
    button.click();
    expect(published).toEqual([]);
    await tick(20);
    expect(g.settle).toHaveBeenCalled();
    expect(published).toEqual(['click']);
    expect(g.hold).not.toHaveBeenCalled();
  });

  it('waits for the check of the current text, then holds if it found a block', async () => {
    const g = group({ blocks: true, settled: false });
    install(g);
    button.click();
    await tick(20);
    expect(published).toEqual([]);
    expect(g.hold).toHaveBeenCalledOnce();
  });

  it("never treats the overlay's own buttons as a post", () => {
    const g = group({ blocks: true, settled: true });
    const fromButton = vi.fn(() => ({ group: g, send: () => {} }));
    const gate = new Gate({ enabled: () => true, fromButton, fromKey: () => null });
    const host = document.createElement('postguard-overlay');
    const anyway = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(anyway);
    button.before(host);
    window.addEventListener('click', gate.onClick, true);
    removers.push(() => window.removeEventListener('click', gate.onClick, true));
    anyway.click();
    expect(fromButton).not.toHaveBeenCalled();
  });

  it('does nothing while PostGuard is off for the site', () => {
    const g = group({ blocks: true, settled: true });
    install(g, { enabled: false });
    button.click();
    expect(published).toEqual(['click']);
    expect(g.hold).not.toHaveBeenCalled();
  });
});
