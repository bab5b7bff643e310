import type { Page } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness.ts';
import { paste, X } from '../tests/e2e/helpers.ts';
import { armKeystroke, latency, longTasksBetween, pageNow } from './browser-page.ts';

/** The inline composer's overlay on the X look-alike's home page. */
const OVERLAY = 'main postguard-overlay';
const COUNT = `${OVERLAY} [data-testid="postguard-count"]`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the overlay's count has not changed for `quietMs`: the last check has answered. */
async function settled(page: Page, quietMs = 400): Promise<void> {
  const count = page.locator(COUNT);
  let last = await count.textContent();
  let since = Date.now();
  for (const deadline = Date.now() + 20_000; Date.now() - since < quietMs; await sleep(25)) {
    if (Date.now() > deadline) throw new Error('The overlay kept changing');
    const now = await count.textContent();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/** An X page in front (background tabs have their timers throttled) with `text` pasted into the composer. */
export async function composerWith(h: Harness, text: string): Promise<Page> {
  const page = await h.openX();
  await page.bringToFront();
  const editor = page.locator(X.editor());
  await editor.click();
  if (text) await paste(editor, text);
  await page.locator(COUNT).waitFor({ state: 'attached' });
  await settled(page, 800);
  return page;
}

/** Presses `key` and times it until the overlay's count changes. */
async function timeKey(page: Page, key: string): Promise<number> {
  await armKeystroke(page, key, OVERLAY);
  await page.keyboard.press(key);
  return latency(page);
}

/**
 * Keystroke → overlay, `samples` times: appending " I" adds a first-person
 * finding and Backspace takes it away, so both presses change the count.
 */
export async function keystrokeLatencies(page: Page, samples: number): Promise<number[]> {
  const times: number[] = [];
  while (times.length < samples) {
    await page.keyboard.press(' ');
    await settled(page);
    times.push(await timeKey(page, 'I'));
    times.push(await timeKey(page, 'Backspace'));
    await page.keyboard.press('Backspace');
    await settled(page);
  }
  return times.slice(0, samples);
}

/** The same keystroke right after the service worker was stopped, as Chrome does after 30 s idle. */
export async function coldLatencies(h: Harness, page: Page, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await page.keyboard.press(' ');
    await settled(page);
    await h.stopServiceWorker();
    times.push(await timeKey(page, 'I'));
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await settled(page);
  }
  return times;
}

/** Types `text` at `keysPerSecond` and returns the page's long tasks (over 50 ms) meanwhile. */
export async function longTasksWhileTyping(page: Page, text: string, keysPerSecond: number): Promise<number[]> {
  const from = await pageNow(page);
  const start = Date.now();
  // On a fixed schedule, so time spent sending a key does not slow the pace.
  for (const [i, char] of [...text].entries()) {
    await sleep(start + (i * 1000) / keysPerSecond - Date.now());
    await page.keyboard.type(char);
  }
  await settled(page);
  return longTasksBetween(page, from, await pageNow(page));
}
