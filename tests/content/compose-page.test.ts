// @vitest-environment jsdom
import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { xAdapter } from '../../entrypoints/compose.content/adapters/x.ts';
import { facebookAdapter } from '../../entrypoints/compose.content/adapters/facebook.ts';
import type { SiteAdapter } from '../../entrypoints/compose.content/adapters/types.ts';
import { ComposePage } from '../../entrypoints/compose.content/page.ts';
import type { Draft } from '../../rules/types.ts';
import { makeJpeg } from '../e2e/make-jpeg.ts';
import { draftBlocks, fakeWorker, finding, lexicalParagraphs, mount, polyfillContentEditable, tick } from './helpers.ts';

beforeAll(polyfillContentEditable);

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((c) => c());
  cleanup = [];
  document.body.replaceChildren();
});

/** Flags "Emma Thompson" as a block with a first-name fix, and "I " as a warning. */
function rules(draft: Draft) {
  const out = [];
  const i = draft.text.indexOf('Emma Thompson');
  if (i >= 0) out.push(finding({ rule: 'student-name', severity: 'block', start: i, end: i + 13, fix: { replacement: 'Emma', label: 'Use first name only' } }));
  const me = draft.text.indexOf('I ');
  if (me >= 0) out.push(finding({ rule: 'first-person-voice', severity: 'warn', start: me, end: me + 1 }));
  draft.images.forEach((img, image) => {
    if (img.gps) out.push(finding({ rule: 'image-metadata', severity: 'warn', image }));
  });
  return out;
}

function start(adapter: SiteAdapter = xAdapter) {
  const fake = fakeWorker(rules);
  const page = new ComposePage({
    adapter,
    worker: fake.worker,
    siteName: 'X',
    turnOff: vi.fn(),
    listen: (target, type, handler, options) => {
      target.addEventListener(type, handler, options);
      cleanup.push(() => target.removeEventListener(type, handler, options));
    },
  });
  page.install();
  page.start();
  cleanup.push(() => page.stop());
  return { page, ...fake };
}

const xComposer = (boxes: string[][][], { testIds = true } = {}) => `
  <div class="composer">
    ${boxes.map((lines, i) => `<div class="box"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"${testIds ? ` data-testid="tweetTextarea_${i}"` : ''}>${draftBlocks(lines)}</div></div>`).join('')}
    <div class="toolbar"><input type="file" data-testid="fileInput" accept="image/*">
    ${testIds ? '<button type="button" data-testid="tweetButtonInline"><span>Post</span></button>' : ''}</div>
  </div>`;

/** What Draft.js does on a keystroke: rewrite the leaf's text node. */
function typeInto(editor: Element, text: string) {
  const leaf = editor.querySelector('[data-text="true"]')!;
  leaf.firstChild!.nodeValue = text;
}

const overlayOf = () => document.querySelector('postguard-overlay') as HTMLElement;
const shadowUi = () => within(overlayOf().shadowRoot as unknown as HTMLElement);
const count = () => overlayOf().shadowRoot!.querySelector('[data-testid="postguard-count"]')?.textContent;

describe('on an X composer', () => {
  it('puts one overlay right before the Post button and checks the draft as it is typed', async () => {
    mount(xComposer([[['Hello']]]));
    const { calls } = start();
    await tick(60);
    const button = document.querySelector('[data-testid="tweetButtonInline"]')!;
    expect(button.previousElementSibling?.tagName).toBe('POSTGUARD-OVERLAY');
    expect(calls.check.at(-1)?.draft).toMatchObject({ platform: 'x', text: 'Hello', images: [] });
    expect(calls.check.at(-1)?.draft.now).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);

    typeInto(document.querySelector('[data-testid="tweetTextarea_0"]')!, 'Well done Emma Thompson');
    await tick(60);
    expect(calls.check.at(-1)?.draft.text).toBe('Well done Emma Thompson');
    expect(count()).toBe('1');
    expect(overlayOf().shadowRoot!.querySelector('[data-rule="student-name"]')?.getAttribute('data-severity')).toBe('block');

    typeInto(document.querySelector('[data-testid="tweetTextarea_0"]')!, 'Well done Emma');
    await tick(60);
    expect(count()).toBe('0');
    expect(document.querySelectorAll('postguard-overlay')).toHaveLength(1);
  });

  it('holds Post while a block stands; "Post anyway" with a reason logs the override and posts once', async () => {
    const user = userEvent.setup();
    mount(xComposer([[['Congratulations Emma Thompson']]]));
    const { calls } = start();
    const posted = vi.fn();
    const button = document.querySelector<HTMLButtonElement>('[data-testid="tweetButtonInline"]')!;
    button.addEventListener('click', posted);
    await tick(60);

    button.click();
    expect(posted).not.toHaveBeenCalled();
    const dialog = shadowUi().getByRole('alertdialog');
    expect(dialog.textContent).toContain('student-name problem');
    await user.type(within(dialog).getByLabelText('Reason for posting anyway'), 'Family gave full-name consent by phone');
    await user.click(within(dialog).getByRole('button', { name: 'Post anyway' }));
    await tick(20);
    expect(calls.override).toEqual([{ platform: 'x', rules: ['student-name'], reason: 'Family gave full-name consent by phone' }]);
    expect(posted).toHaveBeenCalledOnce();
    expect(shadowUi().queryByRole('alertdialog')).toBeNull();
  });

  it('lets a post with warnings only go out, and holds one clicked before its check came back', async () => {
    mount(xComposer([[['I love this']]]));
    const { setDelay } = start();
    const posted = vi.fn();
    const button = document.querySelector<HTMLButtonElement>('[data-testid="tweetButtonInline"]')!;
    button.addEventListener('click', posted);
    await tick(60);
    button.click();
    expect(posted).toHaveBeenCalledOnce();

    setDelay(40);
    typeInto(document.querySelector('[data-testid="tweetTextarea_0"]')!, 'I love Emma Thompson');
    await tick(0);
    button.click();
    expect(posted).toHaveBeenCalledOnce();
    await tick(150);
    expect(posted).toHaveBeenCalledOnce();
    expect(shadowUi().getByRole('alertdialog')).toBeTruthy();
  });

  it('keeps an ignored warning out of the count for this post', async () => {
    const user = userEvent.setup();
    mount(xComposer([[['I am proud of our team']]]));
    start();
    await tick(60);
    expect(count()).toBe('1');
    await user.click(shadowUi().getByRole('button', { name: 'Ignore for this post', hidden: true }));
    expect(count()).toBe('0');
    expect(overlayOf().shadowRoot!.querySelector('[data-rule="first-person-voice"]')).toBeNull();
  });

  it('checks each box of a thread under one overlay', async () => {
    mount(xComposer([[['Part one']], [['Thanks Emma Thompson']]]));
    const { calls } = start();
    await tick(60);
    expect(document.querySelectorAll('postguard-overlay')).toHaveLength(1);
    const ids = new Set(calls.check.map((c) => c.composerId));
    expect(ids.size).toBe(2);
    const item = overlayOf().shadowRoot!.querySelector('[data-rule="student-name"]');
    expect(item?.textContent).toContain('Post 2');
  });

  it('sends the metadata of a chosen image, GPS included, and never its pixels', async () => {
    mount(xComposer([[['Our garden']]]));
    const { calls } = start();
    await tick(60);
    const input = document.querySelector<HTMLInputElement>('[data-testid="fileInput"]')!;
    const file = new File([new Uint8Array(makeJpeg())], 'IMG_0001.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(calls.check.at(-1)?.draft.images).toHaveLength(1), { timeout: 2000 });
    const image = calls.check.at(-1)!.draft.images[0]!;
    expect(image).toMatchObject({ name: 'IMG_0001.jpg', type: 'image/jpeg', make: 'Apple', model: 'iPhone 14' });
    expect(image.gps?.lat).toBeCloseTo(50.0405, 3);
    expect(JSON.stringify(image)).not.toMatch(/data:|base64/);
    await vi.waitFor(() => expect(overlayOf().shadowRoot!.querySelector('[data-rule="image-metadata"]')).not.toBeNull());
  });

  it('tells the worker to forget a composer that closed, and removes its overlay', async () => {
    const root = mount(xComposer([[['Hello']]]));
    const { calls } = start();
    await tick(60);
    const id = calls.check[0]!.composerId;
    root.remove();
    await tick(80);
    expect(calls.clear).toContain(id);
    expect(document.querySelector('postguard-overlay')).toBeNull();
  });

  it('tells the worker when a box is emptied, findings or not, so what is typed next is a new draft', async () => {
    mount(xComposer([[['Hello']], [[]]]));
    const { calls } = start();
    await tick(60);
    // The second box was empty from the start: the worker never heard of it, so there is nothing to clear.
    expect(calls.check).toHaveLength(1);
    expect(calls.clear).toEqual([]);
    const id = calls.check[0]!.composerId;

    // The site empties the box after posting it.
    typeInto(document.querySelector('[data-testid="tweetTextarea_0"]')!, '');
    await tick(60);
    expect(calls.clear).toEqual([id]);
    typeInto(document.querySelector('[data-testid="tweetTextarea_0"]')!, 'Next post');
    await tick(60);
    expect(calls.check.at(-1)).toMatchObject({ composerId: id, draft: { text: 'Next post' } });
    expect(calls.clear).toEqual([id]);
  });
});

describe('a composer PostGuard cannot fully attach to', () => {
  it('gets a floating badge on the editor and is reported to the worker, without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    mount(xComposer([[['Hello Emma Thompson']]], { testIds: false }));
    const { calls } = start();
    await tick(60);
    window.removeEventListener('error', onError);
    const host = overlayOf();
    expect(host.dataset.mode).toBe('floating');
    expect(calls.unsupported[0]).toMatch(/^x: .*no post button/);
    expect(count()).toBe('1');
    expect(errors).toEqual([]);
  });
});

describe('on a Facebook comment box', () => {
  it('holds Enter while a block stands, since Enter sends a comment', async () => {
    mount(`<div role="article"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…">${lexicalParagraphs([['Go Emma Thompson']])}</div></div>`);
    start(facebookAdapter);
    await tick(60);
    const editor = document.querySelector('[data-lexical-editor]')!;
    const sent = vi.fn();
    editor.addEventListener('keydown', sent);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(sent).not.toHaveBeenCalled();
    expect(shadowUi().getByRole('alertdialog')).toBeTruthy();
  });
});
