import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FB, paste, published, replaceText, X } from './helpers.ts';
import { launchWithExtension } from './harness.ts';
import type { Harness } from './harness.ts';
import { jpegFile } from './make-jpeg.ts';

// Smoke tests of the fixtures and the harness. Every text and image here is one
// PostGuard finds nothing in (no GPS, no names), so the overlay never holds a post.
let h: Harness;
beforeAll(async () => {
  h = await launchWithExtension();
});
afterAll(() => h?.close());

describe('X fixture (Draft.js)', () => {
  it('publishes what was typed, then clears the composer', async () => {
    const page = await h.openX();
    const post = page.locator(X.postInline);
    await expect.poll(() => post.isDisabled()).toBe(true);
    await page.locator(X.editor()).click();
    await page.keyboard.type('Hello world');
    await post.click();
    await expect.poll(() => published(page)).toEqual(['Hello world']);
    expect(await page.locator(X.editor()).textContent()).toBe('');
    await expect.poll(() => post.isDisabled()).toBe(true);
    expect(h.errors(page)).toEqual([]);
  });

  it('posts on Ctrl+Enter', async () => {
    const page = await h.openX();
    await page.locator(X.editor()).click();
    await page.keyboard.type('Sent from the keyboard');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => published(page)).toEqual(['Sent from the keyboard']);
  });

  it('posts a thread of two boxes with "Post all"', async () => {
    const page = await h.openX();
    await page.locator(X.editor(0)).click();
    await page.keyboard.type('First post');
    await page.locator(X.addPost).click();
    await page.locator(X.editor(1)).click();
    await page.keyboard.type('Second post');
    await expect.poll(() => page.locator(X.postInline).innerText()).toBe('Post all');
    await page.locator(X.postInline).click();
    await expect.poll(() => published(page)).toEqual(['First post', 'Second post']);
  });

  it('publishes the editor state after execCommand("insertText") over a selection', async () => {
    const page = await h.openX();
    const editor = page.locator(X.editor());
    await editor.click();
    await page.keyboard.type('Our choir sang at the assembly');
    await replaceText(editor, 'at the assembly', 'for the families');
    await page.locator(X.postInline).click();
    await expect.poll(() => published(page)).toEqual(['Our choir sang for the families']);
  });

  it('accepts pasted text', async () => {
    const page = await h.openX();
    const editor = page.locator(X.editor());
    await editor.click();
    await page.keyboard.type('Note: ');
    await paste(editor, 'pasted line');
    await page.locator(X.postInline).click();
    await expect.poll(() => published(page)).toEqual(['Note: pasted line']);
  });

  it('has the modal composer at /compose/post, which closes after posting', async () => {
    const page = await h.openX('/compose/post');
    const dialog = page.locator(X.dialog);
    await dialog.locator(X.editor()).click();
    await page.keyboard.type('From the modal');
    await dialog.locator(X.postModal).click();
    await expect.poll(() => published(page)).toEqual(['From the modal']);
    await expect.poll(() => dialog.count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/home');
  });

  it('has a reply box on a status page', async () => {
    const page = await h.openX('/ParkWestSchool/status/123');
    const reply = page.locator(X.postInline);
    expect(await reply.innerText()).toBe('Reply');
    await page.locator(X.editor()).click();
    await page.keyboard.type('Thank you!');
    await reply.click();
    await expect.poll(() => published(page)).toEqual(['Thank you!']);
    expect(await page.locator('[data-testid="published-post"]').getAttribute('data-kind')).toBe('reply');
  });

  it('attaches a real JPEG with a preview and alt text', async () => {
    const page = await h.openX();
    await page.locator(X.fileInput).setInputFiles(jpegFile('IMG_0001.jpg', { gps: null }));
    const img = page.locator(`${X.attachment} img`);
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(16);
    await page.locator(X.altText).fill('Students at the science fair');
    await page.locator(X.postInline).click();
    const item = page.locator('[data-testid="published-post"]');
    expect(await item.getAttribute('data-media')).toBe('1');
    expect(JSON.parse((await item.getAttribute('data-alt'))!)).toEqual(['Students at the science fair']);
  });

  it('has a changed-DOM variant without data-testid hooks', async () => {
    const page = await h.openX('/home?variant=changed');
    expect(await page.evaluate(() => document.querySelectorAll('main [data-testid]').length)).toBe(0);
    await page.getByRole('textbox', { name: 'Post text' }).click();
    await page.keyboard.type('Still works');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => published(page)).toEqual(['Still works']);
  });

  it('has a dark theme set on the body like X', async () => {
    const page = await h.openX('/home?theme=dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
  });
});

describe('Facebook fixture (Lexical)', () => {
  it('publishes from the "Create post" dialog, then closes it', async () => {
    const page = await h.openFacebook();
    await page.locator(FB.open).click();
    const post = page.locator(FB.post);
    expect(await post.getAttribute('aria-disabled')).toBe('true');
    await page.locator(FB.editor).click();
    await page.keyboard.type('Hello families');
    await post.click();
    await expect.poll(() => published(page)).toEqual(['Hello families']);
    await expect.poll(() => page.locator(FB.dialog).count()).toBe(0);
    expect(h.errors(page)).toEqual([]);
  });

  it('publishes the editor state after execCommand("insertText") and paste', async () => {
    const page = await h.openFacebook();
    await page.locator(FB.open).click();
    const editor = page.locator(FB.editor);
    await editor.click();
    await page.keyboard.type('Our art show opens in the old gym');
    await replaceText(editor, 'the old gym', 'the library');
    await page.keyboard.press('End');
    await paste(editor, '!');
    await page.locator(FB.post).click();
    await expect.poll(() => published(page)).toEqual(['Our art show opens in the library!']);
  });

  it('keeps new paragraphs in the post text', async () => {
    const page = await h.openFacebook();
    await page.locator(FB.open).click();
    await page.locator(FB.editor).click();
    await page.keyboard.type('Line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Line two');
    await page.locator(FB.post).click();
    await expect.poll(() => published(page)).toEqual(['Line one\n\nLine two']);
  });

  it('has a photo input that takes a JPEG', async () => {
    const page = await h.openFacebook();
    await page.locator(FB.open).click();
    const input = page.locator(FB.photoInput);
    expect(await input.getAttribute('accept')).toBe('image/*,image/heif,image/heic,video/*');
    await input.setInputFiles(jpegFile('art-show.jpg', { gps: null }));
    await page.locator(FB.post).click();
    expect(await page.locator('[data-testid="published-post"]').getAttribute('data-media')).toBe('1');
  });

  it('submits a comment on Enter, and Shift+Enter breaks the line', async () => {
    const page = await h.openFacebook();
    await page.locator(FB.comment).click();
    await page.keyboard.type('Great');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('news');
    await page.keyboard.press('Enter');
    await expect.poll(() => published(page)).toEqual(['Great\nnews']);
    expect(await page.locator(FB.comment).textContent()).toBe('');
  });
});

describe('harness', () => {
  it('loads the built extension', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    expect(h.serviceWorker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    expect(await h.isServiceWorkerRunning()).toBe(true);
  });

  it('stops the service worker, which restarts fresh on the next message', async () => {
    await h.serviceWorker.evaluate(() => Object.assign(self, { harnessMark: true }));
    await h.stopServiceWorker();
    expect(await h.isServiceWorkerRunning()).toBe(false);
    await h.sendMessage({ type: 'tab/state', tabId: 0 }).catch(() => undefined);
    await expect.poll(() => h.isServiceWorkerRunning()).toBe(true);
    expect(await h.serviceWorker.evaluate(() => 'harnessMark' in self)).toBe(false);
  });

  it('records and aborts requests that try to leave, from pages and the worker', async () => {
    expect(h.requests).toEqual([]); // the fixtures and the extension so far sent nothing out
    const page = await h.openX();
    const fromPage = await page.evaluate(() => fetch('https://example.com/track').then(() => 'sent', () => 'blocked'));
    const fromWorker = await h.serviceWorker.evaluate(() =>
      fetch('https://example.net/beacon').then(() => 'sent', () => 'blocked'),
    );
    expect([fromPage, fromWorker]).toEqual(['blocked', 'blocked']);
    expect(h.requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ url: 'https://example.com/track', fromServiceWorker: false }),
        expect.objectContaining({ url: 'https://example.net/beacon', fromServiceWorker: true }),
      ]),
    );
  });

  it('collects console errors and uncaught exceptions per page', async () => {
    const [quiet, noisy] = [await h.openX(), await h.openX()];
    await noisy.evaluate(() => {
      console.error('visible failure');
      setTimeout(() => {
        throw new Error('boom');
      });
    });
    await expect.poll(() => h.errors(noisy)).toEqual(['visible failure', 'Error: boom']);
    expect(h.errors(quiet)).toEqual([]);
  });

  it('finds the tab id of a page', async () => {
    const a = await h.openX();
    const b = await h.openFacebook();
    const [idA, idB] = [await h.tabIdOf(a), await h.tabIdOf(b)];
    expect(idA).not.toBe(idB);
    expect(await h.tabIdOf(a)).toBe(idA);
  });
});
