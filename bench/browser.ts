import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import buildExtensionAndFixtures from '../tests/e2e/global-setup.ts';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../tests/e2e/harness.ts';
import type { Harness } from '../tests/e2e/harness.ts';
import { recordLongTasks } from './browser-page.ts';
import { timeRosterImport } from './browser-roster.ts';
import type { ImportTimes } from './browser-roster.ts';
import { coldLatencies, composerWith, keystrokeLatencies, longTasksWhileTyping } from './browser-typing.ts';
import { makePost, makeStudents, rosterCsv } from './data.ts';
import { ms, row, summarize } from './stats.ts';

const STUDENTS = 10_000;
const IMPORT_RUNS = 5;
const KEY_SAMPLES = 30;
const COLD_SAMPLES = 5;

const figure = (label: string, value: string, target: string) => `${label.padEnd(44)} ${value}   (target ${target})`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const longest = (tasks: number[]) => (tasks.length ? `longest ${ms(Math.max(...tasks))}, ${tasks.length} over 50 ms` : 'none over 50 ms');

function contentScriptSize(): string {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzipped = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return figure(`content script (${files.join(', ')}), gzipped`, `${kb(gzipped)} (${kb(raw)} raw)`, '≤ 80 KB');
}

async function launch(): Promise<Harness> {
  const h = await launchWithExtension();
  await h.context.addInitScript(recordLongTasks);
  return h;
}

/** A figure that could not be produced says why in its place, and the others still run. */
const notMeasured = (label: string, e: unknown) => `${label.padEnd(44)} not measured: ${String((e as Error)?.message ?? e).split('\n')[0]}`;

/** Each import into a fresh profile, as a first import is; the last browser stays open with the roster. */
async function rosterImports(file: string): Promise<{ runs: ImportTimes[]; h: Harness }> {
  const runs: ImportTimes[] = [];
  for (;;) {
    const h = await launch();
    try {
      runs.push(await timeRosterImport(h, file, STUDENTS));
    } catch (e) {
      await h.close();
      throw e;
    }
    if (runs.length === IMPORT_RUNS) return { runs, h };
    await h.close();
  }
}

function importLines(runs: ImportTimes[]): string[] {
  return [
    row(`roster import, 10,000 rows (${runs.length} runs)`, summarize(runs.map((r) => r.total)), '≤ 1.5 s'),
    row('  parse + validate (file → preview)', summarize(runs.map((r) => r.parse))),
    row('  store (confirm → count shown)', summarize(runs.map((r) => r.store))),
    figure('  options page main thread, all runs', longest(runs.flatMap((r) => r.longTasks)), 'no task over 200 ms'),
  ];
}

/** One figure on a fresh X page with `text` pasted; a failure is reported in its place. */
async function onComposer(h: Harness, label: string, text: string, measure: (page: Page) => Promise<string>): Promise<string> {
  try {
    const page = await composerWith(h, text);
    try {
      return await measure(page);
    } finally {
      await page.close();
    }
  } catch (e) {
    return notMeasured(label, e);
  }
}

async function typingLines(h: Harness): Promise<string[]> {
  const lines: string[] = [];
  for (const length of [280, 5000]) {
    const label = `keystroke → overlay, ${length.toLocaleString('en')}-char post`;
    lines.push(
      await onComposer(h, label, makePost(length), async (page) =>
        row(label, summarize(await keystrokeLatencies(page, KEY_SAMPLES)), 'p50 ≤ 100 ms, p95 ≤ 200 ms'),
      ),
    );
  }
  const cold = 'cold: worker stopped, keystroke → overlay';
  lines.push(await onComposer(h, cold, makePost(280), async (page) => row(cold, summarize(await coldLatencies(h, page, COLD_SAMPLES)), '≤ 500 ms')));
  const typing = 'typing 500 chars at 10 keys/s: page thread';
  lines.push(
    await onComposer(h, typing, '', async (page) => figure(typing, longest(await longTasksWhileTyping(page, makePost(500), 10)), 'no task over 50 ms')),
  );
  return lines;
}

/** Figures from the built extension in real Chromium; skipped, with the reason, where there is no Chromium. */
export async function benchBrowser(): Promise<string[]> {
  const out = ['Browser (built extension in headless Chromium, X look-alike page, 10,000-student roster)'];
  await buildExtensionAndFixtures();
  out.push(contentScriptSize());
  if (!existsSync(CHROMIUM)) {
    return [...out, `browser figures skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`];
  }
  const dir = mkdtempSync(join(tmpdir(), 'postguard-bench-'));
  const file = join(dir, 'roster-10000.csv');
  writeFileSync(file, rosterCsv(makeStudents(STUDENTS)));
  let h: Harness | undefined;
  try {
    const imported = await rosterImports(file).catch((e: unknown) => notMeasured('roster import, 10,000 rows', e));
    if (typeof imported === 'string') {
      out.push(imported, 'keystroke figures not measured: they need the 10,000-student roster imported');
    } else {
      h = imported.h;
      out.push(...importLines(imported.runs), ...(await typingLines(h)));
    }
  } finally {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
