import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page, Request, Worker } from 'playwright-core';

// The few extension APIs the harness calls inside the browser.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
};

const root = join(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = process.env.E2E_EXTENSION_PATH ?? join(root, '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(import.meta.dirname, '.fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SITES: Record<string, 'x' | 'facebook'> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
};

/** A request that tried to leave the browser; the harness aborted it. */
export interface OutsideRequest {
  url: string;
  method: string;
  resourceType: string;
  fromServiceWorker: boolean;
}

export interface LaunchOptions {
  /** Defaults to $E2E_EXTENSION_PATH, else .output/chrome-mv3. */
  extensionPath?: string;
  /** IANA zone for pages and the worker; the districts are in Alberta. */
  timezoneId?: string;
  /** false opens a window (needs a display), for the `npm start` demo; tests stay headless. */
  headless?: boolean;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Stays usable across stopServiceWorker(): it re-attaches when the worker restarts. */
  serviceWorker: Worker;
  /** Every http(s) request that tried to leave; all of them were aborted. */
  requests: OutsideRequest[];
  openX(path?: string): Promise<Page>;
  openFacebook(path?: string): Promise<Page>;
  /** e.g. 'options.html' or `popup.html?tab=${id}`. */
  openExtensionPage(path: string): Promise<Page>;
  /** chrome.runtime.sendMessage from an extension page; wakes a stopped worker. */
  sendMessage<T = unknown>(message: unknown): Promise<T>;
  stopServiceWorker(): Promise<void>;
  /** Starts a stopped worker without sending it any event. */
  startServiceWorker(): Promise<void>;
  isServiceWorkerRunning(): Promise<boolean>;
  /** The chrome.tabs id of a page, for popup.html?tab=<id>. */
  tabIdOf(page: Page): Promise<number>;
  /** Console errors and uncaught exceptions of a page or of the service worker. */
  errors(of: Page | Worker): string[];
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Harness> {
  const ext = options.extensionPath ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension in ${ext}: run npx wxt build`);
  if (!existsSync(join(FIXTURES_DIR, 'x', 'index.html'))) throw new Error('No fixtures: run npx tsx scripts/build-fixtures.ts');
  const userDataDir = mkdtempSync(join(tmpdir(), 'postguard-e2e-'));
  const headed = options.headless === false;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Branded headless ignores extensions; the new headless mode loads them.
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(headed ? ['--window-size=1280,900'] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Belt and braces: whatever escapes routing cannot resolve a host.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
    // A window follows its own size; headless pages get a fixed one.
    viewport: headed ? null : { width: 1280, height: 900 },
    locale: 'en-CA',
    timezoneId: options.timezoneId ?? 'America/Edmonton',
  });

  const errorLog = new Map<Page | Worker, string[]>();
  const logError = (of: Page | Worker, text: string) => errorLog.set(of, [...(errorLog.get(of) ?? []), text]);
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && logError(page, m.text()));
    page.on('pageerror', (e) => logError(page, `${e.name}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const requests: OutsideRequest[] = [];
  const recorded = new WeakSet<Request>();
  const record = (r: Request) => {
    if (recorded.has(r)) return;
    recorded.add(r);
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), fromServiceWorker: !!r.serviceWorker() });
  };
  const siteOf = (url: URL) => (url.protocol === 'https:' ? SITES[url.hostname] : undefined);
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && !siteOf(url)) record(r);
  });
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const site = siteOf(url);
      if (!site) {
        record(request);
        return route.abort('blockedbyclient');
      }
      if (url.pathname.startsWith('/__fixture/')) {
        const file = join(FIXTURES_DIR, site, basename(url.pathname));
        return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
      }
      if (request.resourceType() !== 'document') return route.fulfill({ status: 404 });
      return route.fulfill({ path: join(FIXTURES_DIR, site, 'index.html') });
    },
  );

  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const serviceWorker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context
      .waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 })
      .catch(() => {
        throw new Error(`The extension's service worker did not start (${ext})`);
      }));
  serviceWorker.on('console', (m) => m.type() === 'error' && logError(serviceWorker, m.text()));
  const extensionId = new URL(serviceWorker.url()).host;
  const origin = `chrome-extension://${extensionId}/`;

  let cdp: CDPSession | undefined;
  const workerTargets = async () => {
    cdp ??= await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  };

  const open = async (url: string, ready?: string) => {
    const page = await context.newPage();
    await page.goto(url);
    if (ready) await page.locator(ready).waitFor({ state: 'attached' });
    return page;
  };

  const fromExtensionPage = async <T>(fn: (page: Page) => Promise<T>): Promise<T> => {
    const page = await open(`${origin}manifest.json`);
    try {
      return await fn(page);
    } finally {
      await page.close();
    }
  };
  const sendMessage = <T>(message: unknown) =>
    fromExtensionPage((page) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>);
  const isServiceWorkerRunning = async () => (await workerTargets()).length > 0;
  const waitForWorker = async (running: boolean) => {
    const deadline = Date.now() + 5_000;
    while ((await isServiceWorkerRunning()) !== running) {
      if (Date.now() > deadline) throw new Error(`The service worker did not ${running ? 'start' : 'stop'}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // Started through DevTools, not by a message, so the worker's own handlers see nothing.
  const startServiceWorker = () =>
    fromExtensionPage(async (page) => {
      const session = await context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.startWorker', { scopeURL: origin });
      await waitForWorker(true);
    });

  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    openX: (path = '/home') => open(`https://x.com${path}`, '#published'),
    openFacebook: (path = '/') => open(`https://www.facebook.com${path}`, '#published'),
    openExtensionPage: (path) => open(origin + path),
    sendMessage,
    isServiceWorkerRunning,
    startServiceWorker,
    async stopServiceWorker() {
      // Closing the worker's DevTools target stops the worker, as Chrome does
      // after 30 s idle; the next event (a message) starts it again.
      for (const t of await workerTargets()) await cdp!.send('Target.closeTarget', { targetId: t.targetId });
      await waitForWorker(false);
    },
    async tabIdOf(page) {
      if (!(await isServiceWorkerRunning())) await startServiceWorker();
      await page.bringToFront();
      const id = await serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      if (id === undefined) throw new Error('No active tab');
      return id;
    },
    errors: (of) => errorLog.get(of) ?? [],
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
