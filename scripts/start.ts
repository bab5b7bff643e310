import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import buildExtensionAndFixtures from '../tests/e2e/global-setup.ts';
import { CHROMIUM, launchWithExtension } from '../tests/e2e/harness.ts';
import type { Harness } from '../tests/e2e/harness.ts';
import { FB, X } from '../tests/e2e/helpers.ts';

/**
 * `npm start`: builds PostGuard and opens Chromium with it on the demo X and
 * Facebook composers, the sample roster already imported. Without a display
 * (or with --headless) it types a demo post and saves screenshots instead.
 */

const root = join(import.meta.dirname, '..');
const ROSTER = join(root, 'samples', 'roster.csv');
// Fictional students from the sample roster; each sentence trips a different check.
const DEMO_POST =
  'Congratulations to Emma Thompson and Noah Tremblay on their science fair projects! ' +
  'Tomorrow our Grade 4 class leaves for the Royal Tyrrell Museum, meeting at the north doors at 8:30. ' +
  'I hope parents can call me at 403-555-0142.';

const USAGE = `Usage: npm start -- [--headless] [--out DIR]
  --headless   no window: type a demo post and save screenshots (the default without a display)
  --out DIR    where the screenshots go (default: screenshots/)`;

interface Site {
  name: 'x' | 'facebook';
  page: Page;
  editor: string;
  post: string;
  /** The composer's container: Facebook also has a comment box with its own overlay. */
  scope: string;
}

function options(): { headless: boolean; out: string } {
  try {
    const { values } = parseArgs({ options: { headless: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
    return { headless: values.headless === true || noDisplay, out: resolve(values.out ?? join(root, 'screenshots')) };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** Imports the roster the way a user does, through the options page's wizard. */
async function importRoster(h: Harness, file: string): Promise<Page> {
  const students = readFileSync(file, 'utf8').trim().split('\n').length - 1;
  const page = await h.openExtensionPage('options.html');
  await page.locator('[data-testid="roster-file"]').setInputFiles(file);
  await page.locator('[data-testid="roster-confirm"]:not([disabled])').click();
  await page.locator(`[data-testid="roster-count"]:text-is("${students}")`).waitFor({ timeout: 15_000 });
  return page;
}

async function openComposers(h: Harness): Promise<Site[]> {
  const x = await h.openX();
  const facebook = await h.openFacebook();
  await facebook.locator(FB.open).click();
  await facebook.locator(FB.editor).waitFor();
  return [
    { name: 'x', page: x, editor: X.editor(), post: X.postInline, scope: 'main' },
    { name: 'facebook', page: facebook, editor: FB.editor, post: FB.post, scope: FB.dialog },
  ];
}

/** Resolves once the overlay's count has stayed the same, and above zero, for half a second. */
async function settledCount(overlay: Locator): Promise<void> {
  const count = overlay.locator('[data-testid="postguard-count"]');
  let last = '';
  let since = Date.now();
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const now = (await count.textContent()) ?? '';
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Number(now) > 0 && Date.now() - since > 500) return;
  }
  throw new Error('PostGuard showed no findings for the demo post');
}

type Box = { x: number; y: number; width: number; height: number };

/** The smallest box around all of `boxes`, padded and kept inside the viewport. */
function around(page: Page, boxes: (Box | null)[], pad = 8): Box {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  const present = boxes.filter((b): b is Box => b !== null);
  const x = Math.max(0, Math.min(...present.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...present.map((b) => b.y)) - pad);
  const right = Math.min(size.width, Math.max(...present.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(size.height, Math.max(...present.map((b) => b.y + b.height)) + pad);
  return { x, y, width: right - x, height: bottom - y };
}

/** Types the demo post and saves: the warnings beside Post, the open findings list, the held-post dialog. */
async function screenshots(site: Site, out: string): Promise<string[]> {
  const { page } = site;
  await page.bringToFront();
  await page.locator(site.editor).click();
  await page.keyboard.type(DEMO_POST);
  const overlay = page.locator(`${site.scope} postguard-overlay`);
  await settledCount(overlay);
  // The composer: the editor's nearest ancestor that also holds the Post button.
  const composer = await page.locator(site.editor).evaluateHandle((el, post) => {
    let node: Element | null = el;
    while (node && !node.querySelector(post)) node = node.parentElement;
    return node ?? el;
  }, site.post);
  const composerBox = await composer.asElement()!.boundingBox();
  const files = [`${site.name}-warnings.png`, `${site.name}-findings.png`, `${site.name}-gate.png`].map((f) => join(out, f));

  await page.screenshot({ path: files[0], clip: around(page, [composerBox, await overlay.boundingBox()]) });

  await overlay.locator('[aria-expanded]').click();
  const panel = overlay.locator('[role="region"]');
  await panel.waitFor();
  await page.screenshot({ path: files[1], clip: around(page, [composerBox, await panel.boundingBox()]) });
  await overlay.locator('[aria-expanded]').click();

  await page.locator(site.post).click();
  await overlay.locator('[role="alertdialog"]').waitFor();
  await page.screenshot({ path: files[2] });
  await overlay.getByRole('button', { name: 'Edit post' }).click();
  return files;
}

/** Resolves when the user has closed the window (or every tab of it). */
function closed(h: Harness): Promise<void> {
  return new Promise((done) => {
    h.context.once('close', () => done());
    h.context.on('page', (page) => page.once('close', () => h.context.pages().length === 0 && done()));
    for (const page of h.context.pages()) page.once('close', () => h.context.pages().length === 0 && done());
  });
}

async function main(): Promise<void> {
  const { headless, out } = options();
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is not at ${CHROMIUM}. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Building the extension and the demo pages…');
  await buildExtensionAndFixtures();
  const h = await launchWithExtension({ headless }).catch((e: Error) => {
    if (headless) throw e;
    console.error(`Chromium could not open a window (${e.message.split('\n')[0]}).\nWithout a display, run: npm start -- --headless`);
    process.exit(1);
  });
  process.once('SIGINT', () => void h.close().then(() => process.exit(130)));
  try {
    const blank = h.context.pages();
    const optionsPage = await importRoster(h, ROSTER);
    const sites = await openComposers(h);
    for (const page of blank) await page.close();
    if (headless) {
      await optionsPage.close();
      mkdirSync(out, { recursive: true });
      const files: string[] = [];
      for (const site of sites) files.push(...(await screenshots(site, out)));
      const where = relative(process.cwd(), out);
      console.log(`Screenshots of PostGuard on the demo composers, in ${where.startsWith('..') ? out : where || '.'}/:`);
      for (const f of files) console.log(`  ${relative(out, f)}`);
      return;
    }
    await sites[0]!.page.bringToFront();
    console.log(
      'Chromium is open with PostGuard on demo X and Facebook pages (served locally: nothing goes online),\n' +
        'the sample roster imported on its options page. Type a post, for example:\n' +
        `  ${DEMO_POST}\nClose the window to finish.`,
    );
    await closed(h);
  } finally {
    await h.close();
  }
}

await main();
