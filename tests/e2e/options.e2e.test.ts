import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness.ts';
import type { Harness } from './harness.ts';
import { X } from './helpers.ts';

// A new user's roster import through the real options page, the worker's
// checks following each stored roster at once, and bad files refused with
// the previous roster kept. The wizard's screenshots for the docs come from here.

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'roster.csv');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'e2e-rosters');
const SIS = join(FIXTURES, 'sis-export.csv');
const IMAGES = join(ROOT, 'docs', 'images');

/** Emma Thompson is in the sample roster only (first names only), Priya Sandhu in the SIS export only (no name consent), Tyler Fehr in the export with full-name consent. */
const POST = 'Congratulations to Emma Thompson, Priya Sandhu and Tyler Fehr!';

const dataRows = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '');

let h: Harness;
let options: Page;
let x: Page;

beforeAll(async () => {
  mkdirSync(IMAGES, { recursive: true });
  h = await launchWithExtension();
});
afterAll(() => h?.close());

/** The worker answers the options page's notice before the wizard says "Stored"; a cold worker takes a moment. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

const rosterCount = (page: Page) => page.locator('[data-testid="roster-count"]');
const wizard = (page: Page) => page.locator('section.wizard');
const alert = (page: Page) => wizard(page).locator('[role="alert"]');

/** The review step's counts, label → number, as the secretary reads them. */
const summary = (page: Page) =>
  page.locator('[data-testid="roster-summary"]').evaluate((dl) =>
    Object.fromEntries(
      [...dl.querySelectorAll('div')].map((d) => [d.querySelector('dt')?.textContent ?? '', Number(d.querySelector('dd')?.textContent)]),
    ),
  );

/** The column a field's mapping select shows. */
const mappedTo = (page: Page, field: string) =>
  page.locator(`#map-${field}`).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');

/** What the X composer marks as blocking, as the user sees it underlined. */
const blocked = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('postguard-block') ?? [])].map((r) => r.toString()));

/** The students the worker's student-name findings for the X tab name, from the popup's view of the tab. */
async function flaggedStudents(page: Page): Promise<{ ids: string[]; rosterSize: number }> {
  const tabId = await h.tabIdOf(page);
  const reply = await h.sendMessage<{
    ok: boolean;
    data: { rosterSize: number; composers: { findings: { rule: string; studentIds?: string[] }[] }[] };
  }>({ type: 'tab/state', tabId });
  expect(reply.ok).toBe(true);
  const state = reply.data;
  const ids = state.composers.flatMap((c) => c.findings.filter((f) => f.rule === 'student-name').flatMap((f) => f.studentIds ?? []));
  return { ids: [...new Set(ids)].sort(), rosterSize: state.rosterSize };
}

/** Screenshot of the page from the top of `from` to the bottom of `to`, across the width of the page's content. */
async function shoot(page: Page, name: string, from: Locator, to: Locator = from): Promise<void> {
  const box = (l: Locator) =>
    l.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY };
    });
  const [a, b] = [await box(from), await box(to)];
  const main = await page.locator('main').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left + scrollX, width: r.width };
  });
  const pad = 12;
  await page.screenshot({
    path: join(IMAGES, name),
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    clip: { x: main.left, y: Math.max(0, a.top - pad), width: main.width, height: b.bottom - a.top + 2 * pad },
  });
}

describe('the options page roster wizard', () => {
  it('imports the sample roster for a new user and shows its count', async () => {
    const students = dataRows(SAMPLE).length;
    expect(students).toBeGreaterThan(0);
    options = await h.openExtensionPage('options.html');
    await poll(() => rosterCount(options).textContent()).toBe('0');
    await poll(() => options.locator('p.empty').textContent()).toContain('No roster is stored yet');
    await shoot(options, 'options-1-choose.png', options.locator('header'), options.locator('p.empty'));

    await options.locator('[data-testid="roster-file"]').setInputFiles(SAMPLE);
    const confirm = options.locator('[data-testid="roster-confirm"]');
    await confirm.waitFor();
    await poll(() => wizard(options).locator('h4').first().textContent()).toBe('Check what was read from “roster.csv”');
    // The canonical template maps itself.
    expect(await mappedTo(options, 'id')).toBe('student_id');
    expect(await mappedTo(options, 'firstName')).toBe('first_name');
    expect(await mappedTo(options, 'nameConsent')).toBe('name_consent');
    expect(await mappedTo(options, 'doNotPublish')).toBe('do_not_publish');
    expect((await summary(options)).Students).toBe(students);
    await poll(() => wizard(options).locator('.ok-note').textContent()).toBe('Every row was read.');
    expect(await options.locator('[data-testid="roster-errors"]').count()).toBe(0);
    expect(await confirm.textContent()).toBe(`Store ${students} students`);
    // Nothing is stored before the confirm.
    expect(await rosterCount(options).textContent()).toBe('0');

    await confirm.click();
    await poll(() => rosterCount(options).textContent()).toBe(String(students));
    await poll(() => wizard(options).locator('[role="status"]').textContent()).toBe(`Stored ${students} students from “roster.csv”.`);
    const never = await options.locator('[data-testid="never-list"] li').allTextContents();
    expect(never).toContain('Aiden Friesen (2B) — Do-not-publish request');
    expect(never).toContain('Mason Wiebe (5B) — Do-not-publish request');
  });

  it('the X composer checks against the stored roster', async () => {
    x = await h.openX();
    await x.locator(X.editor()).click();
    await x.keyboard.type(POST);
    await x.locator('postguard-overlay [data-rule="student-name"]').first().waitFor({ state: 'attached' });
    await poll(() => blocked(x)).toEqual(['Emma Thompson']);
    expect(await flaggedStudents(x)).toEqual({ ids: ['S1001'], rosterSize: dataRows(SAMPLE).length });
  });

  it('replaces it with a messy SIS export: columns matched and corrected, the bad row named by line, counts right', async () => {
    const rows = dataRows(SIS);
    const badLine = readFileSync(SIS, 'utf8').split(/\r?\n/).findIndex((l) => l.includes('See office')) + 1;
    expect(badLine).toBeGreaterThan(1);
    const students = rows.length - 1;
    const before = await rosterCount(options).textContent();

    await options.bringToFront();
    await options.locator('[data-testid="roster-file"]').setInputFiles(SIS);
    const confirm = options.locator('[data-testid="roster-confirm"]');
    await confirm.waitFor();
    await poll(() => wizard(options).locator('p.hint').first().textContent()).toContain('Read as CSV text (UTF-8)');
    expect(await mappedTo(options, 'id')).toBe('Student Number');
    expect(await mappedTo(options, 'firstName')).toBe('Legal First Name');
    expect(await mappedTo(options, 'lastName')).toBe('Surname');
    expect(await mappedTo(options, 'grade')).toBe('Grade');
    expect(await mappedTo(options, 'photoConsent')).toBe('Media Release');
    expect(await mappedTo(options, 'doNotPublish')).toBe('Non-Disclosure');
    // No heading says "name", so the wizard says what that would mean instead of guessing.
    expect(await mappedTo(options, 'nameConsent')).toBe('— not in this file —');
    await poll(() => wizard(options).locator('ul.notes').textContent()).toContain('no student’s name may be used in a post');
    expect((await summary(options))['Name: not to be used']).toBe(students);

    // The district's FOIP form is where families agree to names being published.
    await options.locator('#map-nameConsent').selectOption({ label: 'FOIP Consent' });
    await poll(() => wizard(options).locator('ul.notes').count()).toBe(0);
    await poll(() => summary(options)).toEqual({
      Students: students,
      'Photo consent': 7,
      'No photo consent': 3,
      'Name: not to be used': 4,
      'Name: first name only': 0,
      'Name: full name': 6,
      'Do not publish': 2,
      'Consent expired': 0,
      'Consent ends within 30 days': 0,
    });
    expect(await wizard(options).locator('.mapping-table + .hint').textContent()).toBe(
      'Not imported (left out of PostGuard entirely): Legal Middle Name, Homeroom Teacher, Parent/Guardian, Parent Email, Bus Route.',
    );
    await shoot(options, 'options-2-mapping.png', wizard(options), wizard(options).locator('.mapping-table + .hint'));

    expect(await options.locator('[data-testid="roster-errors"] li').allTextContents()).toEqual([
      `Line ${badLine}: Media Release “See office” is not yes or no`,
    ]);
    expect(await wizard(options).locator('.row-errors h4').textContent()).toBe('1 row will be skipped');
    expect(await confirm.textContent()).toBe(`Replace the roster with ${students} students`);
    expect(await wizard(options).locator('.actions .hint').textContent()).toBe(`The current roster of ${before} stays until you confirm.`);
    await shoot(options, 'options-3-review.png', wizard(options).locator('h4', { hasText: 'What will be stored' }), wizard(options).locator('.actions'));

    await confirm.click();
    await poll(() => rosterCount(options).textContent()).toBe(String(students));
    await poll(() => wizard(options).locator('[role="status"]').textContent()).toBe(
      `Stored ${students} students from “sis-export.csv”. 1 row was skipped.`,
    );
    expect(await options.locator('.roster-count .hint').textContent()).toContain('from “sis-export.csv”');
    expect(await options.locator('.roster-count .hint').textContent()).toContain('(1 row skipped)');
    expect(await options.locator('[data-testid="never-list"] li').allTextContents()).toEqual([
      'Noor Haddad (6B) — Do-not-publish request',
      'Benjamin Klassen (3A) — No photo or name consent',
      'Arjun Mehta (2A) — No photo or name consent',
      'Sofia Oliveira (4B) — Do-not-publish request',
    ]);
    await shoot(options, 'options-4-done.png', options.locator('#roster-heading'), options.locator('section.never'));
  });

  it('the open composer follows the new roster without a reload or a keystroke', async () => {
    // Emma Thompson left with the old roster; Priya Sandhu's family gave no name consent; Tyler Fehr's gave full.
    await poll(() => blocked(x)).toEqual(['Priya Sandhu']);
    expect(await x.locator('postguard-overlay [data-rule="student-name"] .msg').allTextContents()).toEqual([
      expect.stringContaining('Priya Sandhu'),
    ]);
    expect(await flaggedStudents(x)).toEqual({ ids: ['4410021'], rosterSize: dataRows(SIS).length - 1 });
  });

  it('refuses bad files with a plain message and keeps the roster', async () => {
    const kept = String(dataRows(SIS).length - 1);
    await options.bringToFront();
    const input = options.locator('[data-testid="roster-file"]');

    await input.setInputFiles(join(FIXTURES, 'class-list.csv'));
    await poll(() => alert(options).textContent()).toBe(
      '“class-list.csv” was not imported: This is a PDF, not a CSV export. Export the roster from your student information system or spreadsheet as CSV or .xlsx.',
    );
    expect(await rosterCount(options).textContent()).toBe(kept);

    await input.setInputFiles(join(FIXTURES, 'empty.csv'));
    await poll(() => alert(options).textContent()).toBe('“empty.csv” is empty (0 bytes). Export the roster again and choose the new file.');
    expect(await rosterCount(options).textContent()).toBe(kept);

    // Headings but no name: the review step says which line to look at, and nothing can be stored.
    await input.setInputFiles(join(FIXTURES, 'no-name-column.csv'));
    await poll(() => alert(options).textContent()).toBe(
      'No first name column was found. Line 1 should hold the column names, such as student_id, first_name, last_name, photo_consent, name_consent; it holds “Student Number”, “Grade”, “Homeroom”, “Media Release”, “FOIP Consent”.',
    );
    expect(await options.locator('[data-testid="roster-confirm"]').isDisabled()).toBe(true);
    await wizard(options).getByRole('button', { name: 'Cancel' }).click();
    await poll(() => wizard(options).locator('[role="status"]').textContent()).toBe('Import cancelled. The roster was not changed.');
    expect(await rosterCount(options).textContent()).toBe(kept);

    // Kept in storage and in the worker, not just on the page.
    await options.reload();
    await poll(() => rosterCount(options).textContent()).toBe(kept);
    expect(await flaggedStudents(x)).toEqual({ ids: ['4410021'], rosterSize: Number(kept) });
  });

  it('logs no errors and sends nothing over the network', () => {
    expect(h.errors(options)).toEqual([]);
    expect(h.errors(x)).toEqual([]);
    expect(h.errors(h.serviceWorker)).toEqual([]);
    expect(h.requests).toEqual([]);
  });
});
