/** Timing and summary statistics for the benchmark (process.hrtime.bigint, milliseconds). */
import v8 from 'node:v8';
import vm from 'node:vm';

// A full collection between samples (outside the timed region) keeps one sample's garbage from being
// billed to the next. `npm run bench` runs plain `node`, so the gc function is exposed here.
v8.setFlagsFromString('--expose-gc');
const exposedGc: unknown = vm.runInNewContext('gc');

/** Run a full garbage collection when the runtime allows it; report whether it could. */
export const collectGarbage: () => boolean =
  typeof exposedGc === 'function'
    ? () => {
        (exposedGc as () => void)();
        return true;
      }
    : () => false;

export type Task = () => Promise<unknown>;

export interface Contender {
  name: string;
  /** Short name for the ratio column ("mailparser/ours"). */
  short: string;
  run: (input: Uint8Array) => Promise<unknown>;
}

/** Run `task` once and return the elapsed wall time in milliseconds. */
export async function timeOnce(task: Task): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Nearest-rank percentile (0 < p <= 100) of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/**
 * Time every contender on the same input, interleaved: each round runs all of them once, in an order
 * rotated per round, so drift (CPU frequency, other load, GC debt) spreads evenly over them.
 */
export async function timeInterleaved(
  contenders: readonly Contender[],
  input: Uint8Array,
  warmup: number,
  iterations: number,
  gcBetween: boolean,
): Promise<number[][]> {
  const samples = contenders.map((): number[] => []);
  for (let round = 0; round < warmup + iterations; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const idx = (round + k) % contenders.length;
      const c = contenders[idx];
      if (c === undefined) continue;
      if (gcBetween) collectGarbage();
      const ms = await timeOnce(() => c.run(input));
      if (round >= warmup) samples[idx]?.push(ms);
    }
  }
  return samples;
}

export function fmtMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(3) : ms.toFixed(4);
}

export function fmtBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** Left-aligned first column, right-aligned others. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   '))
    .join('\n');
}

/**
 * Time the same work at two sizes, alternating (order flipped every round) so drift hits both alike,
 * with a full GC before each sample. Returns the timed samples for size 1x and size 2x.
 */
export async function timeTwoSizes(one: Task, two: Task, warmup: number, iterations: number): Promise<[number[], number[]]> {
  const t1: number[] = [];
  const t2: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    for (const [task, out] of i % 2 === 0 ? ([[one, t1], [two, t2]] as const) : ([[two, t2], [one, t1]] as const)) {
      collectGarbage();
      const ms = await timeOnce(task);
      if (i >= warmup) out.push(ms);
    }
  }
  return [t1, t2];
}
