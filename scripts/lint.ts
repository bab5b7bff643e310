import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The project's own conventions, checked on every CI run. Each entry names
 * what it forbids, where, and why: privacy and security rules are features.
 */
const CHECKS: { where: RegExp; forbid: RegExp; why: string }[] = [
  { where: /^(entrypoints|components|rules|utils)\//, forbid: /\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\(/, why: 'no HTML built from strings: user text could become markup' },
  { where: /^(entrypoints|components|rules|utils)\//, forbid: /\bfetch\(|XMLHttpRequest|WebSocket\(|sendBeacon|EventSource\(/, why: 'nothing leaves the device: no network requests' },
  { where: /^(entrypoints|components|rules|utils)\//, forbid: /console\.(log|info|debug)\(/, why: 'no logging that could hold a student name or a draft' },
  { where: /^rules\//, forbid: /\b(window|document|browser|chrome|localStorage|indexedDB)\.|from 'node:/, why: 'rules/ is pure: no browser or Node API' },
  { where: /^(tests|rules|entrypoints|components)\//, forbid: /\b(it|test|describe)\.(only|skip|todo)\(/, why: 'no focused or skipped tests' },
];

const ROOTS = ['entrypoints', 'components', 'rules', 'utils', 'cli', 'tests', 'scripts', 'bench'];
const SKIP = new Set(['node_modules', '.fixtures']);

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

const root = join(import.meta.dirname, '..');
const problems: string[] = [];
for (const top of ROOTS) {
  let list: string[];
  try {
    list = [...files(join(root, top))];
  } catch {
    continue;
  }
  for (const file of list) {
    const rel = relative(root, file);
    if (rel === 'scripts/lint.ts') continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const check of CHECKS) {
      if (!check.where.test(rel)) continue;
      lines.forEach((line, i) => {
        if (check.forbid.test(line)) problems.push(`${rel}:${i + 1}: ${check.why}`);
      });
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s)`);
  process.exit(1);
}
console.log('lint: no problems');
