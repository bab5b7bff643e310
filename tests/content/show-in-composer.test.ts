// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { xAdapter } from '../../entrypoints/compose.content/adapters/x.ts';
import { FOCUS_MS } from '../../entrypoints/compose.content/highlight.ts';
import { ComposePage } from '../../entrypoints/compose.content/page.ts';
import { listenToPopup } from '../../entrypoints/compose.content/popup-inbox.ts';
import type { Draft } from '../../rules/types.ts';
import { draftBlocks, fakeWorker, finding, mount, polyfillContentEditable, tick } from './helpers.ts';

// The popup's "Show in composer" as the content script receives it: through
// runtime.onMessage, from the popup, answered with { shown }.

/** jsdom has neither the CSS Custom Highlight API nor scrolling: stand-ins that record what the page asked for. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

let highlights: Map<string, FakeHighlight>;
let scrolled: Element[];
let cleanup: (() => void)[] = [];

beforeAll(polyfillContentEditable);
beforeEach(() => {
  fakeBrowser.reset();
  highlights = new Map();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal('Highlight', FakeHighlight);
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  cleanup.forEach((c) => c());
  cleanup = [];
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  document.body.replaceChildren();
});

const TEXT = 'Well done Emma Thompson!';
const NAME = { start: 10, end: 23 };

function rules(draft: Draft) {
  const i = draft.text.indexOf('Emma Thompson');
  return i < 0 ? [] : [finding({ rule: 'student-name', severity: 'block', start: i, end: i + 13 })];
}

async function start() {
  mount(`<div class="composer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0">${draftBlocks([[TEXT]])}</div>
    <button type="button" data-testid="tweetButtonInline"><span>Post</span></button></div>`);
  const fake = fakeWorker(rules);
  const page = new ComposePage({ adapter: xAdapter, worker: fake.worker, siteName: 'X', turnOff: vi.fn(), listen: () => undefined });
  page.start();
  cleanup.push(() => page.stop(), listenToPopup(page));
  await tick(60);
  const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
  return { page, editor, composerId: fake.calls.check[0]!.composerId };
}

const popupPage = (): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

/** Delivers a message as runtime.onMessage would; the content script's answer, or undefined when it gave none. */
async function send(message: unknown, sender = popupPage()): Promise<unknown> {
  const sendResponse = vi.fn();
  await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  expect(sendResponse.mock.calls.length).toBeLessThanOrEqual(1);
  return sendResponse.mock.calls[0]?.[0];
}

const focused = () => [...(highlights.get('postguard-focus') ?? [])].map((r) => r.toString());

function typeInto(editor: Element, text: string) {
  editor.querySelector('[data-text="true"]')!.firstChild!.nodeValue = text;
}

describe('Show in composer', () => {
  it('scrolls to the flagged name and marks it for a few seconds, over its underline, without touching the editor', async () => {
    const { editor, composerId } = await start();
    const before = editor.innerHTML;
    vi.useFakeTimers();

    expect(await send({ type: 'finding/show', composerId, ...NAME })).toEqual({ shown: true });
    expect(focused()).toEqual(['Emma Thompson']);
    expect(highlights.get('postguard-focus')!.priority).toBeGreaterThan(highlights.get('postguard-block')!.priority);
    expect(scrolled).toHaveLength(1);
    expect(editor.contains(scrolled[0]!)).toBe(true);
    expect(editor.innerHTML).toBe(before);

    vi.advanceTimersByTime(FOCUS_MS - 1);
    expect(focused()).toEqual(['Emma Thompson']);
    vi.advanceTimersByTime(1);
    expect(highlights.has('postguard-focus')).toBe(false);
    // The finding's own underline stays.
    expect([...highlights.get('postguard-block')!].map((r) => r.toString())).toEqual(['Emma Thompson']);
  });

  it('answers shown: false for a composer that is gone, a span no finding flagged, or text edited since the check', async () => {
    const { editor, composerId } = await start();
    expect(await send({ type: 'finding/show', composerId: 'x-gone-1', ...NAME })).toEqual({ shown: false });
    expect(await send({ type: 'finding/show', composerId, start: 0, end: 4 })).toEqual({ shown: false });

    // Edited, and not checked again yet: the span no longer holds the name.
    typeInto(editor, 'Well done Emma Thomson!');
    expect(await send({ type: 'finding/show', composerId, ...NAME })).toEqual({ shown: false });
    expect(highlights.has('postguard-focus')).toBe(false);
    expect(scrolled).toEqual([]);
  });

  it('drops the mark when the name is edited away while it shows', async () => {
    const { editor, composerId } = await start();
    expect(await send({ type: 'finding/show', composerId, ...NAME })).toEqual({ shown: true });
    typeInto(editor, 'Well done Emma!');
    await tick(0);
    expect(highlights.has('postguard-focus')).toBe(false);
  });

  it('answers PostGuard’s own pages only, the popup opened in a tab included, and only messages that fit the schema', async () => {
    const { composerId } = await start();
    const show = { type: 'finding/show', composerId, ...NAME };
    expect(await send(show, { ...popupPage(), id: 'another-extension' })).toBeUndefined();
    expect(await send(show, { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3 } as Browser.tabs.Tab })).toBeUndefined();
    expect(await send({ ...show, extra: 'field' })).toBeUndefined();
    expect(await send({ ...show, start: -1 })).toBeUndefined();
    expect(await send({ type: 'draft/rechecked', composerId, findings: [], rosterSize: 0 })).toBeUndefined();
    expect(highlights.has('postguard-focus')).toBe(false);

    const popupInTab = { ...popupPage(), url: fakeBrowser.runtime.getURL('/popup.html?tab=3'), tab: { id: 4 } as Browser.tabs.Tab };
    expect(await send(show, popupInTab)).toEqual({ shown: true });
    expect(focused()).toEqual(['Emma Thompson']);
  });
});
