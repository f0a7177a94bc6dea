/** Timing, statistics and the result rows every benchmark section produces. */
import { performance } from 'node:perf_hooks';

export interface Row {
  section: string;
  measure: string;
  value: string;
  /** The target, when the checklist of performance goals names one (reported, never asserted). */
  target?: string;
  met?: boolean;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Median wall time of `fn` over `runs` runs after two warm-up runs. */
export function timeIt(runs: number, fn: () => void): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Runs enough times to fill about `budgetMs`, at least `minRuns`. */
export function timeWithin(budgetMs: number, minRuns: number, fn: () => void): number {
  const t0 = performance.now();
  fn();
  const once = Math.max(0.01, performance.now() - t0);
  return timeIt(Math.max(minRuns, Math.min(50, Math.floor(budgetMs / once))), fn);
}

export const ms = (n: number): string => (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`);
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const perSecond = (bytes: number, millis: number): string => `${(bytes / 1024 / 1024 / (millis / 1000)).toFixed(1)} MB/s`;

/** Heap growth while `fn` holds its result alive, and the process RSS after. */
export function memoryOf<T>(fn: () => T): { heapDelta: number; rss: number; value: T } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const value = fn();
  gc?.();
  const after = process.memoryUsage();
  return { heapDelta: after.heapUsed - before, rss: after.rss, value };
}
