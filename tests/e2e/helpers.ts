import type { Locator, Page } from 'playwright-core';

/** Selectors of the X fixture; they are x.com's own. Scope modal ones with X.dialog. */
export const X = {
  editor: (i = 0) => `[data-testid="tweetTextarea_${i}"]`,
  postInline: '[data-testid="tweetButtonInline"]',
  postModal: '[data-testid="tweetButton"]',
  addPost: '[data-testid="addButton"]',
  fileInput: '[data-testid="fileInput"]',
  attachment: '[data-testid="attachment"]',
  altText: '[data-testid="altTextInput"]',
  dialog: '[role="dialog"]',
};

/** Selectors of the Facebook fixture; they are facebook.com's own. */
export const FB = {
  open: 'text="What\'s on your mind?"',
  dialog: '[role="dialog"][aria-label="Create post"]',
  editor: '[role="dialog"] [data-lexical-editor="true"]',
  post: '[role="dialog"] [role="button"][aria-label="Post"]',
  photoInput: '[role="dialog"] input[type="file"]',
  comment: '[aria-label="Write a comment…"][data-lexical-editor="true"]',
};

/** The texts the fixture published, oldest first, as its editor state had them. */
export const published = (page: Page) => page.locator('[data-testid="published-post"]').allTextContents();

/** Waits until the page has handled pending selectionchange events (editors sync their selection from them). */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r))));

/** Focuses the editor and selects the first occurrence of `text` (within one text node). */
export async function selectText(editor: Locator, text: string): Promise<void> {
  await editor.focus();
  const found = await editor.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in the editor`);
  await settle(editor.page());
}

/**
 * Replaces the first occurrence of `find` the way a quick fix does: select it,
 * let the editor see the selection, then execCommand('insertText'), which
 * fires the trusted beforeinput/input events Draft.js and Lexical listen to.
 */
export async function replaceText(editor: Locator, find: string, replacement: string): Promise<void> {
  await selectText(editor, find);
  const ok = await editor.evaluate((_, text) => document.execCommand('insertText', false, text), replacement);
  if (!ok) throw new Error('insertText was refused');
  await settle(editor.page());
}

/** Pastes plain text at the caret through a paste event, as a clipboard paste delivers it. */
export async function paste(editor: Locator, text: string): Promise<void> {
  await editor.focus();
  await editor.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await settle(editor.page());
}
