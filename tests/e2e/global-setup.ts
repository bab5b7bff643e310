import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildFixtures } from '../../scripts/build-fixtures.ts';

const root = join(import.meta.dirname, '..', '..');

/** Builds the extension (.output/chrome-mv3) and the fixture pages once per run. */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    try {
      execFileSync('npx', ['wxt', 'build'], {
        cwd: root,
        stdio: 'pipe',
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    } catch (e) {
      const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
      throw new Error(`wxt build failed:\n${stdout}${stderr}`);
    }
  }
  await buildFixtures();
}
