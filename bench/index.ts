import { benchCli, benchEngine } from './engine.ts';

/** `npm run bench`: prints the figures the README quotes. */
const sections = [benchEngine, benchCli];
for (const section of sections) {
  console.log(section().join('\n'));
  console.log();
}
