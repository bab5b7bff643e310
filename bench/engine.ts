import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDraft } from '../rules/engine.ts';
import { buildRosterIndex } from '../rules/roster/index.ts';
import type { Draft } from '../rules/types.ts';
import { makePost, makeStudents, rosterCsv } from './data.ts';
import { measure, ms, row, summarize } from './stats.ts';

const NOW = '2026-05-12T09:00:00-06:00';
const draft = (text: string): Draft => ({ platform: 'x', text, now: NOW, images: [] });

export function benchEngine(): string[] {
  const out: string[] = ['Rule engine (Node, one core)'];
  const students = makeStudents(10_000);
  out.push(row('build name index, 10,000 students', measure(() => buildRosterIndex(students), 30, 3), '≤ 200 ms'));

  const big = buildRosterIndex(students);
  const small = buildRosterIndex(makeStudents(100));
  // Ten different posts of each length, taken in turn, so no one sentence decides the figure.
  const shorts = Array.from({ length: 10 }, (_, i) => draft(makePost(280, i)));
  const longs = Array.from({ length: 10 }, (_, i) => draft(makePost(5000, i)));
  const long = longs[0]!;
  let n = 0;
  out.push(row('check a 280-character post', measure(() => checkDraft(shorts[n++ % 10]!, { roster: big }), 2000), '≤ 1 ms median'));
  out.push(row('check a 5,000-character post', measure(() => checkDraft(longs[n++ % 10]!, { roster: big }), 300), '≤ 10 ms median'));

  // Interleave the two rosters so machine noise hits both alike.
  const t100: number[] = [];
  const t10k: number[] = [];
  for (let i = 0; i < 400; i++) {
    for (const [index, times] of [[small, t100], [big, t10k]] as const) {
      const t0 = performance.now();
      checkDraft(long, { roster: index });
      times.push(performance.now() - t0);
    }
  }
  const a = summarize(t100.slice(50));
  const b = summarize(t10k.slice(50));
  out.push(
    `${'flatness: 5,000 chars, 10,000 vs 100 students'.padEnd(44)} median ${ms(b.median)} vs ${ms(a.median)}   ratio ${(b.median / a.median).toFixed(2)} (target ≈ 1)`,
  );
  return out;
}

export function benchCli(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-bench-'));
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, rosterCsv(makeStudents(10_000)));
  const posts = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `p${i}`, platform: 'x', text: makePost(280, i), now: NOW })).join('\n');
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const stdout = execFileSync('npx', ['tsx', 'cli/check.ts', '--roster', roster], { input: posts, maxBuffer: 64 << 20 });
    times.push(performance.now() - t0);
    const lines = stdout.toString().trim().split('\n').length;
    if (lines !== 1000) throw new Error(`CLI answered ${lines} lines for 1000 posts`);
  }
  const s = summarize(times);
  return [
    'Command line (whole process: start, load 10,000-student roster, 1,000 posts)',
    row('batch of 1,000 posts of 280 characters', s),
    `${''.padEnd(44)} = ${ms(s.median / 1000)} a post, start-up included`,
  ];
}
