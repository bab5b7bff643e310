// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../entrypoints/compose.content/adapters/facebook.ts';
import { xAdapter } from '../../entrypoints/compose.content/adapters/x.ts';
import { draftBlocks, lexicalParagraphs, mount, polyfillContentEditable } from './helpers.ts';

beforeAll(polyfillContentEditable);
afterEach(() => document.body.replaceChildren());

const draftEditor = (testId?: string) =>
  `<div class="DraftEditor-root"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text"${testId ? ` data-testid="${testId}"` : ''}>${draftBlocks([['Hi']])}</div></div>`;

const xComposer = ({ boxes = 1, button = 'tweetButtonInline', label = 'Post', testIds = true } = {}) => `
  <div class="composer">
    ${Array.from({ length: boxes }, (_, i) => `<div class="box">${draftEditor(testIds ? `tweetTextarea_${i}` : undefined)}</div>`).join('')}
    <div class="toolbar">
      <input type="file"${testIds ? ' data-testid="fileInput"' : ''} accept="image/*">
      <button type="button" role="button"${testIds ? ` data-testid="${button}"` : ''}><div dir="ltr"><span><span>${label}</span></span></div></button>
    </div>
  </div>`;

describe('X adapter', () => {
  it('finds the home composer, its Post button, and no problem with it', () => {
    const page = mount(`<main>${xComposer()}</main>`);
    const [editor] = xAdapter.findEditors(document);
    expect(editor?.dataset.testid).toBe('tweetTextarea_0');
    const parts = xAdapter.parts(editor!);
    expect(parts.postButton?.dataset.testid).toBe('tweetButtonInline');
    expect(parts.unsupported).toBeUndefined();
    expect(parts.sendsOnEnter).toBe(false);
    expect(parts.root).toBe(page.querySelector('.composer'));
  });

  it('gives every box of a thread the one "Post all" button of the modal', () => {
    mount(`<div role="dialog" aria-modal="true">${xComposer({ boxes: 2, button: 'tweetButton', label: 'Post all' })}</div>`);
    const editors = xAdapter.findEditors(document);
    expect(editors.map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    const [a, b] = editors.map((e) => xAdapter.parts(e));
    expect(a!.postButton).toBe(b!.postButton);
    expect(a!.postButton?.dataset.testid).toBe('tweetButton');
  });

  it('finds the contenteditable when the test id sits on a wrapper', () => {
    mount(`<div data-testid="tweetTextarea_0"><div contenteditable="true" role="textbox">${draftBlocks([['x']])}</div></div>`);
    expect(xAdapter.findEditors(document)).toHaveLength(1);
    expect(xAdapter.findEditors(document)[0]!.getAttribute('role')).toBe('textbox');
  });

  it('leaves direct messages alone', () => {
    mount(`<div contenteditable="true" role="textbox" data-testid="dmComposerTextInput">${draftBlocks([['hi']])}</div>`);
    expect(xAdapter.findEditors(document)).toEqual([]);
    expect(xAdapter.editorOf(document.querySelector('[data-text]')!)).toBeNull();
  });

  it('falls back to the Draft.js class and the button label when the test ids are gone, and says so', () => {
    mount(`<main>${xComposer({ testIds: false })}</main>`);
    const [editor] = xAdapter.findEditors(document);
    expect(editor).toBeDefined();
    const parts = xAdapter.parts(editor!);
    expect(parts.postButton?.textContent).toBe('Post');
    expect(parts.unsupported).toMatch(/expected attributes/);
    expect(parts.unsupported).toMatch(/only by its label/);
  });

  it('reports a composer with no post button at all', () => {
    mount(`<section>${draftEditor()}</section>`);
    const [editor] = xAdapter.findEditors(document);
    const parts = xAdapter.parts(editor!);
    expect(parts.postButton).toBeNull();
    expect(parts.unsupported).toMatch(/no post button/);
  });

  it('recognises a click inside the Post button and an unknown contenteditable that has focus', () => {
    mount(`${xComposer()}<div contenteditable="true" id="other"><p>typed</p></div>`);
    expect(xAdapter.postButtonOf(document.querySelector('button span span')!)?.dataset.testid).toBe('tweetButtonInline');
    expect(xAdapter.postButtonOf(document.querySelector('input')!)).toBeNull();
    expect(xAdapter.editorOf(document.querySelector('#other p')!)?.id).toBe('other');
    expect(xAdapter.editorOf(document.querySelector('[data-text]')!)?.dataset.testid).toBe('tweetTextarea_0');
  });

  it('lists attached images with the description the user typed, ignoring the generic "Image" alt', () => {
    const root = mount(`<div data-testid="attachments">
      <div data-testid="attachment"><img src="blob:a" alt="Image"><textarea data-testid="altTextInput"></textarea></div>
      <div data-testid="attachment"><img src="blob:b" alt="Students at the science fair"></div>
    </div>`);
    root.querySelector('textarea')!.value = 'Our garden';
    const previews = xAdapter.attachments(root)!;
    expect(previews).toHaveLength(2);
    expect(previews.map((p) => xAdapter.altText(p))).toEqual(['Our garden', 'Students at the science fair']);
    root.querySelector('textarea')!.value = '';
    expect(xAdapter.altText(previews[0]!)).toBe('');
  });
});

describe('Facebook adapter', () => {
  const lexical = (label?: string) =>
    `<div contenteditable="true" role="textbox" data-lexical-editor="true"${label ? ` aria-label="${label}"` : ''}>${lexicalParagraphs([['Hello']])}</div>`;

  it('finds the "Create post" dialog editor and its Post button', () => {
    mount(`<div role="dialog" aria-label="Create post"><h2>Create post</h2><div>${lexical("What's on your mind?")}</div>
      <div class="tools"><div role="button" aria-label="Photo/video">Photo/video</div></div>
      <div role="button" aria-label="Post"><span>Post</span></div></div>`);
    const [editor] = facebookAdapter.findEditors(document);
    const parts = facebookAdapter.parts(editor!);
    expect(parts.postButton?.getAttribute('aria-label')).toBe('Post');
    expect(parts.root.getAttribute('role')).toBe('dialog');
    expect(parts.unsupported).toBeUndefined();
    expect(parts.sendsOnEnter).toBe(false);
  });

  it('treats a comment box as sending on Enter, supported without a visible button', () => {
    mount(`<div role="feed"><div role="article"><div role="button" aria-label="Post">elsewhere</div></div>
      <div role="article"><div class="slot"><div>${lexical('Write a comment…')}</div></div></div></div>`);
    const [editor] = facebookAdapter.findEditors(document);
    const parts = facebookAdapter.parts(editor!);
    expect(parts.sendsOnEnter).toBe(true);
    expect(parts.unsupported).toBeUndefined();
    // The other article's button is not this comment box's.
    expect(parts.postButton).toBeNull();
  });

  it('skips Messenger chat boxes', () => {
    mount(`<div>${lexical('Message')}</div>`);
    expect(facebookAdapter.findEditors(document)).toEqual([]);
  });

  it("never gives a box outside a dialog that dialog's Post button, found by label", () => {
    mount(`<div role="article"><div><div contenteditable="true" role="textbox" data-lexical-editor="true" id="comment"><p>Hi</p></div></div></div>
      <div role="dialog">${lexical()}<div role="button"><span>Post</span></div></div>`);
    const comment = document.getElementById('comment')!;
    expect(facebookAdapter.parts(comment).postButton).toBeNull();
    const inDialog = document.querySelector<HTMLElement>('[role="dialog"] [contenteditable]')!;
    expect(facebookAdapter.parts(inDialog).postButton?.textContent).toBe('Post');
  });

  it('still finds a textbox that lost the Lexical marker, reported as unsupported', () => {
    mount(`<div role="dialog"><div contenteditable="true" role="textbox"><p>Hi</p></div><div role="button"><span>Post</span></div></div>`);
    const [editor] = facebookAdapter.findEditors(document);
    const parts = facebookAdapter.parts(editor!);
    expect(parts.postButton?.textContent).toBe('Post');
    expect(parts.unsupported).toMatch(/expected attributes/);
  });
});
