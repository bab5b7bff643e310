import type { Page } from 'playwright-core';

// Probes that run inside the pages, on the page's own clock (performance.now()).
// tsx wraps named inner functions in a helper the page does not have, so the
// code below uses only inline callbacks.

interface LongTask {
  start: number;
  duration: number;
}

/** When, on the options page's clock, each step of a roster import happened. */
export interface ImportMarks {
  chosen?: number;
  preview?: number;
  confirmed?: number;
  stored?: number;
}

declare global {
  interface Window {
    __pgLongTasks?: LongTask[];
    __pgImport?: ImportMarks;
    __pgLatency?: Promise<number>;
  }
}

/** For addInitScript: keeps every long task (over 50 ms) of the page's main thread, content scripts included. */
export function recordLongTasks(): void {
  const tasks: LongTask[] = [];
  window.__pgLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Durations of the long tasks that overlapped [from, to]. */
export const longTasksBetween = (page: Page, from: number, to: number): Promise<number[]> =>
  page.evaluate(
    ([from, to]) => {
      if (!window.__pgLongTasks) throw new Error('The long-task observer is not installed on this page');
      return window.__pgLongTasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration);
    },
    [from, to] as const,
  );

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Starts marking the import steps on the options page; read them from window.__pgImport. */
export const watchImport = (page: Page, students: number): Promise<void> =>
  page.evaluate((students) => {
    const marks: ImportMarks = {};
    window.__pgImport = marks;
    document.addEventListener('change', (e) => (e.target as Element).closest('[data-testid="roster-file"]') && (marks.chosen ??= performance.now()), true);
    document.addEventListener('click', (e) => (e.target as Element).closest('[data-testid="roster-confirm"]') && (marks.confirmed ??= performance.now()), true);
    new MutationObserver(() => {
      const now = performance.now();
      if (marks.chosen !== undefined && marks.preview === undefined && document.querySelector('[data-testid="roster-confirm"]:not([disabled])')) marks.preview = now;
      const shown = document.querySelector('[data-testid="roster-count"]')?.textContent?.replace(/\D/g, '');
      if (marks.confirmed !== undefined && marks.stored === undefined && shown === String(students)) marks.stored = now;
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['disabled'] });
  }, students);

/**
 * Arms a probe for the next press of `key`: from the key event's time stamp
 * to the moment the overlay's count (in its shadow root) changes. Read the
 * result with {@link latency}.
 */
export const armKeystroke = (page: Page, key: string, overlay: string, timeoutMs = 10_000): Promise<void> =>
  page.evaluate(
    ([key, overlay, timeoutMs]) => {
      const root = document.querySelector(overlay)?.shadowRoot;
      const count = root?.querySelector('[data-testid="postguard-count"]');
      if (!root || !count) throw new Error(`No count in ${overlay}`);
      const before = count.textContent;
      const stop = new AbortController();
      window.__pgLatency = new Promise<number>((resolve, reject) => {
        let pressed: number | undefined;
        addEventListener('keydown', (e) => e.key === key && (pressed ??= e.timeStamp), { capture: true, signal: stop.signal });
        const observer = new MutationObserver(() => {
          if (pressed === undefined || count.textContent === before) return;
          resolve(performance.now() - pressed);
          observer.disconnect();
          stop.abort();
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          stop.abort();
          reject(new Error(`The count stayed ${before} for ${timeoutMs} ms after ${key}`));
        }, timeoutMs);
      });
      // Read through latency(); this keeps an unread failure from surfacing as a page error.
      window.__pgLatency.catch(() => {});
    },
    [key, overlay, timeoutMs] as const,
  );

export const latency = (page: Page): Promise<number> => page.evaluate(() => window.__pgLatency!);
