export interface Stats {
  median: number;
  p95: number;
  runs: number;
}

/** Runs fn `runs` times after a warm-up and returns median and p95 in milliseconds. */
export function measure(fn: () => void, runs: number, warmup = Math.min(50, runs)): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

export function summarize(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

export function ms(n: number): string {
  return n < 1 ? `${n.toFixed(3)} ms` : `${n.toFixed(1)} ms`;
}

export function row(label: string, s: Stats, target?: string): string {
  return `${label.padEnd(44)} median ${ms(s.median).padStart(10)}   p95 ${ms(s.p95).padStart(10)}${target ? `   (target ${target})` : ''}`;
}
