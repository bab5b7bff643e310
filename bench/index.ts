import { benchBrowser } from './browser.ts';
import { benchCli, benchEngine } from './engine.ts';

/** `npm run bench [-- engine|cli|browser]`: prints the figures the README quotes. */
const sections = { engine: benchEngine, cli: benchCli, browser: benchBrowser };
const only = process.argv.slice(2);
for (const [name, section] of Object.entries(sections)) {
  if (only.length && !only.includes(name)) continue;
  console.log((await section()).join('\n'));
  console.log();
}
