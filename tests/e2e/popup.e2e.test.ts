import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness.ts';
import type { Harness } from './harness.ts';
import { X } from './helpers.ts';
import { jpegFile } from './make-jpeg.ts';

// The popup with the real worker and rules behind it, for drafts typed into
// the X look-alike. Its screenshots are the ones the README shows.

const root = join(import.meta.dirname, '..', '..');
const SAMPLE_ROSTER = join(root, 'samples', 'roster.csv');
const IMAGES = join(root, 'docs', 'images');
const POPUP = { width: 380, height: 600 };

let h: Harness;

/** Imports the sample roster the way a user does: the options page's wizard. */
async function importRoster(): Promise<void> {
  const students = readFileSync(SAMPLE_ROSTER, 'utf8').trim().split('\n').length - 1;
  const options = await h.openExtensionPage('options.html');
  await options.locator('[data-testid="roster-file"]').setInputFiles(SAMPLE_ROSTER);
  await options.locator('[data-testid="roster-confirm"]:not([disabled])').click();
  await options.locator(`[data-testid="roster-count"]:text-is("${students}")`).waitFor({ timeout: 15_000 });
  await options.close();
}

beforeAll(async () => {
  h = await launchWithExtension();
  await importRoster();
  mkdirSync(IMAGES, { recursive: true });
});
afterAll(() => h?.close());

const overlayFinding = (page: Page, rule: string) => page.locator(`postguard-overlay [data-rule="${rule}"]`);
const ruleLine = (popup: Page, rule: string) => popup.locator(`[data-testid="checklist"] [data-rule="${rule}"]`);

/** A draft on x.com with one attached photo, checked by the extension. */
async function xDraft(text: string, photo: ReturnType<typeof jpegFile>): Promise<Page> {
  const page = await h.openX();
  await page.locator(X.editor()).click();
  await page.keyboard.type(text);
  await page.locator(X.fileInput).setInputFiles(photo);
  await page.locator(X.attachment).waitFor();
  return page;
}

async function openPopup(page: Page): Promise<Page> {
  const tabId = await h.tabIdOf(page);
  const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize(POPUP);
  await popup.locator('[data-testid="checklist"]').waitFor();
  return popup;
}

/** Tags a student on the photo by keyboard alone: type in the search box, Enter on the match. */
async function tag(popup: Page, search: string, name: string): Promise<void> {
  await popup.getByRole('combobox', { name: 'Who is in the photo?' }).focus();
  await popup.keyboard.type(search);
  await popup.getByRole('option', { name: new RegExp(name) }).waitFor();
  await popup.keyboard.press('Enter');
  await popup.getByText(`${name} tagged in the photo.`).waitFor();
}

/** The popup as it opens: scrolled to the top, where the answer to "ready?" is. */
async function screenshot(popup: Page, name: string): Promise<void> {
  await popup.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await popup.screenshot({ path: join(IMAGES, name) });
}

describe('popup', () => {
  it('tags a student without photo consent: the popup and the overlay next to Post both report student-photo', async () => {
    const page = await xDraft('We are proud of our grade 4 scientists at today’s science fair!', jpegFile('science-fair.jpg'));
    // The photo's GPS is reported, so the check with the image is in.
    await overlayFinding(page, 'image-metadata').waitFor({ state: 'attached' });
    const popup = await openPopup(page);

    await expect.poll(() => ruleLine(popup, 'student-photo').getAttribute('data-state')).toBe('manual');
    expect(await overlayFinding(page, 'student-photo').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('draft-platform').textContent()).toBe('X post');
    expect(await popup.getByTestId('draft-images').textContent()).toBe('1 image');

    // Olivia Martin (S1003 in the sample roster) has no photo consent.
    await tag(popup, 'oliv', 'Olivia Martin');
    await expect.poll(() => ruleLine(popup, 'student-photo').getAttribute('data-state')).toBe('fail');
    await popup.locator('.findings [data-rule="student-photo"][data-severity="block"]').waitFor();
    await overlayFinding(page, 'student-photo').waitFor({ state: 'attached' });
    expect(await overlayFinding(page, 'student-photo').getAttribute('data-severity')).toBe('block');
    expect(await popup.getByTestId('ready').getAttribute('data-ready')).toBe('false');

    await screenshot(popup, 'popup-findings.png');
    expect(h.errors(popup)).toEqual([]);
    expect(h.requests).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows a student-name finding in the composer: the page marks the name there for a moment', async () => {
    const page = await h.openX();
    await page.locator(X.editor()).click();
    // Noah Tremblay (S1004) has no name consent.
    await page.keyboard.type('Congratulations to Noah Tremblay on winning the spelling bee!');
    await overlayFinding(page, 'student-name').waitFor({ state: 'attached' });
    const popup = await openPopup(page);

    const finding = popup.locator('.findings [data-rule="student-name"]').first();
    await finding.getByRole('button', { name: 'Show in composer' }).click();
    await finding.getByText('Highlighted in the post box.').waitFor();
    const marked = await page.evaluate(() => [...(CSS.highlights.get('postguard-focus') ?? [])].map((r) => r.toString()));
    expect(marked).toEqual(['Noah Tremblay']);
    expect(await popup.getByText('Open the post box in the page to see it.').count()).toBe(0);
    // Painted over the text, never written into it: the editor still holds exactly what was typed.
    expect(await page.locator(X.editor()).textContent()).toBe('Congratulations to Noah Tremblay on winning the spelling bee!');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('postguard-focus')), { timeout: 6000 }).toBe(false);

    expect(h.errors(popup)).toEqual([]);
    expect(h.errors(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reaches "ready to post" by keyboard and keeps the ticks when the popup opens again, even after the worker slept', async () => {
    const page = await xDraft(
      'Our grade 4 choir sang beautifully at this morning’s assembly. Thank you, families, for coming!',
      jpegFile('choir.jpg', { gps: null, make: '', model: '' }),
    );
    let popup = await openPopup(page);
    // Emma Thompson has photo consent.
    await tag(popup, 'emma th', 'Emma Thompson');
    await expect.poll(() => ruleLine(popup, 'student-photo').getAttribute('data-state')).toBe('pass');

    const boxes = popup.locator('[data-testid="manual-checklist"] input[type="checkbox"]');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(3);
    await boxes.first().focus();
    for (let i = 0; i < count; i++) {
      await popup.keyboard.press('Space');
      // Tab past each item's clause summary to the next checkbox.
      if (i < count - 1) {
        while (!(await boxes.nth(i + 1).evaluate((el) => el === document.activeElement))) await popup.keyboard.press('Tab');
      }
    }
    await expect.poll(() => popup.getByTestId('ready').getAttribute('data-ready')).toBe('true');
    expect(await popup.locator('[data-testid="checklist"] [data-state="fail"]').count()).toBe(0);
    await screenshot(popup, 'popup-ready.png');
    await popup.close();

    await h.stopServiceWorker();
    popup = await openPopup(page);
    await expect.poll(() => popup.getByTestId('ready').getAttribute('data-ready')).toBe('true');
    expect(await popup.locator('[data-testid="manual-checklist"] input:checked').count()).toBe(count);
    expect(h.errors(popup)).toEqual([]);
    await popup.close();

    // Posted: X empties the box, and the next post written in it starts with nothing ticked or tagged.
    await page.locator(X.postInline).click();
    await expect.poll(() => page.locator('[data-testid="published-post"]').count()).toBe(1);
    await page.locator(X.editor()).click();
    await page.keyboard.type('Reminder: picture day is on Thursday.');
    await page.locator(X.fileInput).setInputFiles(jpegFile('choir.jpg', { gps: null, make: '', model: '' }));
    await page.locator(X.attachment).waitFor();
    popup = await openPopup(page);
    // Once the check with the photo is in: the photo of the earlier post was tagged, this one is not.
    await expect.poll(() => popup.getByTestId('draft-images').textContent()).toBe('1 image');
    expect(await popup.getByTestId('draft-summary').textContent()).toMatch(/Reminder: picture day/);
    await expect.poll(() => ruleLine(popup, 'student-photo').getAttribute('data-state')).toBe('manual');
    await popup.locator('[data-testid="manual-checklist"]').waitFor();
    expect(await popup.locator('[data-testid="manual-checklist"] input:checked').count()).toBe(0);
    expect(h.errors(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('keeps the account checklist with the day each duty was confirmed, and reminds when one is due', async () => {
    const page = await h.openX();
    const tabId = await h.tabIdOf(page);
    let popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize(POPUP);
    await popup.getByText('No post box on this tab.').waitFor();

    const summary = popup.locator('details.account-section > summary');
    await summary.focus();
    await popup.keyboard.press('Enter');
    await popup.getByLabel('Account name').fill('@ParkWestSchool');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: '@ParkWestSchool on X' }).waitFor();
    for (const label of ['At least two administrators on the account', 'A work e-mail address on the account', 'The account is registered with the district', 'The disclaimer is posted on the page']) {
      await popup.getByRole('button', { name: `Confirm today: ${label}` }).click();
      await popup.locator('[data-testid="account-checklist"] [data-state="ok"]', { hasText: label }).waitFor();
    }
    // Changed fourteen months ago: past due.
    const changed = new Date();
    changed.setMonth(changed.getMonth() - 14);
    await popup.getByLabel('Last confirmed: Password changed within the last 12 months').fill(changed.toISOString().slice(0, 10));
    await popup.locator('[data-item="password-reset"][data-state="due"]').waitFor();
    await popup.close();

    popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize(POPUP);
    const reminder = popup.getByTestId('account-reminder');
    await reminder.waitFor();
    expect(await reminder.textContent()).toMatch(/1 duty due for @ParkWestSchool/);
    await reminder.getByRole('button', { name: 'Review' }).click();
    await popup.locator('[data-item="password-reset"][data-state="due"]').waitFor();
    expect(await popup.locator('[data-testid="account-checklist"] [data-state="ok"]').count()).toBe(4);
    await screenshot(popup, 'popup-account.png');
    expect(h.errors(popup)).toEqual([]);
    expect(h.requests).toEqual([]);
    await popup.close();
    await page.close();
  });
});
