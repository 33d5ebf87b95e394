/** Timing helpers shared by the benchmark scripts: samples in, median and p95 out. */
import { performance } from 'node:perf_hooks';

/** One line of a benchmark table. */
export interface Row {
  name: string;
  unit: string;
  median: number;
  p95: number;
  samples: number;
  note?: string;
}

/** The p-th percentile (nearest rank) of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Median and p95 of samples, as a table row. */
export function summarise(name: string, samples: number[], unit = 'ms', note?: string): Row {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, unit, median: percentile(sorted, 50), p95: percentile(sorted, 95), samples: samples.length, ...(note ? { note } : {}) };
}

/** Times `runs` synchronous calls, in milliseconds each. */
export function timeSync(runs: number, work: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Times `runs` awaited calls, in milliseconds each. */
export async function timeAsync(runs: number, work: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** A small seeded random number generator, so generated data sets are the same every run. */
export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
