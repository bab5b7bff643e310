import type { Harness } from '../tests/e2e/harness.ts';
import { longTasksBetween, watchImport } from './browser-page.ts';

export interface ImportTimes {
  /** File chosen → the wizard's preview, Store button enabled. */
  parse: number;
  /** Store pressed → the page shows the new count. */
  store: number;
  /** parse + store: the pause before pressing Store is the user's, not PostGuard's. */
  total: number;
  /** The options page's long tasks (over 50 ms) from choosing the file to the count. */
  longTasks: number[];
}

/** Imports `file` through the options page's wizard, as a user does, and times its steps on the page's clock. */
export async function timeRosterImport(h: Harness, file: string, students: number): Promise<ImportTimes> {
  const page = await h.openExtensionPage('options.html');
  try {
    await watchImport(page, students);
    await page.locator('[data-testid="roster-file"]').setInputFiles(file);
    await page.locator('[data-testid="roster-confirm"]:not([disabled])').click({ timeout: 60_000 });
    await page.waitForFunction(() => window.__pgImport?.stored !== undefined, undefined, { timeout: 60_000 });
    const { chosen, preview, confirmed, stored } = (await page.evaluate(() => window.__pgImport))!;
    if (chosen === undefined || preview === undefined || confirmed === undefined || stored === undefined) {
      throw new Error('The roster import skipped a step');
    }
    return {
      parse: preview - chosen,
      store: stored - confirmed,
      total: preview - chosen + (stored - confirmed),
      longTasks: await longTasksBetween(page, chosen, stored),
    };
  } finally {
    await page.close();
  }
}
