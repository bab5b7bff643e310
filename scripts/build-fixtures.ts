import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

const root = join(import.meta.dirname, '..');
const e2e = join(root, 'tests', 'e2e');
export const FIXTURES_DIR = join(e2e, '.fixtures');
const xComposer = join(e2e, 'x-composer');

// draft-js 0.11 needs React 18 while the extension uses React 19; npm hoisted
// draft-js to the root, so its `require('react')` must be pointed at the
// workspace's own React or the bundle would mix two Reacts.
const react18: Plugin = {
  name: 'react-18',
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom)(\/.*)?$/ }, (args) =>
      args.pluginData === 'react-18'
        ? undefined
        : b.resolve(args.path, { kind: args.kind, resolveDir: xComposer, pluginData: 'react-18' }),
    );
  },
};

const page = (title: string, rootId: string) => `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/__fixture/app.css"></head>
<body><div id="${rootId}"></div><script src="/__fixture/app.js"></script></body>
</html>
`;

/** Bundles the X and Facebook composer pages into tests/e2e/.fixtures/{x,facebook}/. */
export async function buildFixtures(): Promise<void> {
  rmSync(FIXTURES_DIR, { recursive: true, force: true });
  await build({
    entryPoints: {
      'x/app': join(xComposer, 'src', 'main.tsx'),
      'facebook/app': join(e2e, 'facebook', 'main.ts'),
    },
    outdir: FIXTURES_DIR,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [react18],
    logLevel: 'warning',
  });
  mkdirSync(join(FIXTURES_DIR, 'x'), { recursive: true });
  writeFileSync(join(FIXTURES_DIR, 'x', 'index.html'), page('Home / X', 'react-root'));
  writeFileSync(join(FIXTURES_DIR, 'facebook', 'index.html'), page('Facebook', 'mount_0_0_fb'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildFixtures();
