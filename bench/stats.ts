/**
 * Timing and summary statistics for the benchmark (process.hrtime.bigint, milliseconds).
 * Every sample is a batch: the task is run back to back until the batch has lasted at least MIN_BATCH_MS
 * (sized once in the warm-up rounds), and the sample is the batch time divided by its runs, so a 0.3 ms task
 * is not measured at the timer's and the scheduler's resolution. A full GC runs before every batch, outside
 * the timed region, so one sample's garbage is not billed to the next.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

// `npm run bench` runs plain `node`, so the gc function is exposed here.
v8.setFlagsFromString('--expose-gc');
const exposedGc: unknown = vm.runInNewContext('gc');

/** A batch lasts at least this long. */
export const MIN_BATCH_MS = 20;

/** Run a full garbage collection when the runtime allows it; report whether it could. */
export const collectGarbage: () => boolean =
  typeof exposedGc === 'function'
    ? () => {
        (exposedGc as () => void)();
        return true;
      }
    : () => false;

export type Task = () => unknown;

export interface Contender {
  name: string;
  /** Short name for the ratio column ("mailparser/ours"). */
  short: string;
  run: (input: Uint8Array) => unknown;
}

export interface Timing {
  /** Per-run milliseconds, one per timed batch. */
  samples: number[];
  /**
   * Per-run CPU milliseconds of the whole process (user + system, every thread: GC and WebCrypto's worker
   * included), one per batch. On a loaded machine wall time also holds the time other processes had the CPU.
   */
  cpu: number[];
  /** Runs per batch. */
  batch: number;
  /** Warm-up runs before the timed rounds, and the CPU milliseconds they took. */
  warmRuns: number;
  warmCpuMs: number;
}

/**
 * A warm-up to steady state, the same rule for every contender: warm-up batches (interleaved like the timed ones)
 * until the contender has spent `cpuMs` of CPU time or made `maxRuns` runs, whichever comes first. A few rounds
 * leave a large code base (the JIT compiles it function by function) far from the speed it settles at.
 */
export interface SteadyWarmup {
  cpuMs: number;
  maxRuns: number;
}

/** Warm-up batches last about this long (a full GC before each, like the timed ones). */
const WARM_BATCH_MS = 100;

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Run `task` once and return the elapsed wall time in milliseconds. */
export async function timeOnce(task: Task): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return elapsedMs(start);
}

/** Run `task` `runs` times back to back; per-run wall and CPU milliseconds. */
async function timeBatch(task: Task, runs: number): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await task();
  const wall = elapsedMs(start) / runs;
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000 / runs];
}

/** How many runs of `task` last `ms` (MIN_BATCH_MS by default): run it until they do (at least once); with the CPU ms used. */
async function sizeBatch(task: Task, ms = MIN_BATCH_MS): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let runs = 0;
  do {
    await task();
    runs++;
  } while (elapsedMs(start) < ms && runs < 100_000);
  const used = process.cpuUsage(cpu);
  return [runs, (used.user + used.system) / 1000];
}

/**
 * Time every contender on the same input, interleaved: each round runs one batch of each, in an order rotated
 * per round, so drift (CPU frequency, other load, GC debt) spreads evenly over them. The warm-up rounds (at
 * least one; with `steady`, as many more as every contender needs to meet it) size the batches and are not counted.
 */
export async function timeInterleaved(
  contenders: readonly Contender[],
  input: Uint8Array,
  warmup: number,
  rounds: number,
  steady?: SteadyWarmup,
): Promise<Timing[]> {
  const out: Timing[] = contenders.map(() => ({ samples: [], cpu: [], batch: 1, warmRuns: 0, warmCpuMs: 0 }));
  const warm = (t: Timing) => steady === undefined || t.warmCpuMs >= steady.cpuMs || t.warmRuns >= steady.maxRuns;
  let round = 0;
  for (; round < Math.max(1, warmup) || !out.every(warm); round++) {
    for (let k = 0; k < contenders.length; k++) {
      const idx = (round + k) % contenders.length;
      const c = contenders[idx];
      const t = out[idx];
      if (c === undefined || t === undefined) continue;
      if (round >= Math.max(1, warmup) && warm(t)) continue;
      collectGarbage();
      const [runs, cpu] = await sizeBatch(() => c.run(input), steady === undefined ? MIN_BATCH_MS : WARM_BATCH_MS);
      t.warmRuns += runs;
      t.warmCpuMs += cpu;
    }
  }
  // Batches sized at the speed the warm-up reached.
  for (const [idx, c] of contenders.entries()) {
    const t = out[idx];
    if (t === undefined) continue;
    collectGarbage();
    const [runs, cpu] = await sizeBatch(() => c.run(input));
    t.batch = runs;
    t.warmRuns += runs;
    t.warmCpuMs += cpu;
  }
  for (let timed = 0; timed < rounds; timed++, round++) {
    for (let k = 0; k < contenders.length; k++) {
      const idx = (round + k) % contenders.length;
      const c = contenders[idx];
      const t = out[idx];
      if (c === undefined || t === undefined) continue;
      collectGarbage();
      const [wall, cpu] = await timeBatch(() => c.run(input), t.batch);
      t.samples.push(wall);
      t.cpu.push(cpu);
    }
  }
  return out;
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

export function minimum(samples: readonly number[]): number {
  return samples.length === 0 ? Number.NaN : Math.min(...samples);
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
 * Time the same work at two sizes, interleaved (order flipped every round) so drift hits both alike, batched,
 * with a full GC before each batch. Returns the per-run samples for size 1x and size 2x.
 */
export async function timeTwoSizes(one: Task, two: Task, warmup: number, iterations: number): Promise<[number[], number[]]> {
  const [a, b] = await timeInterleaved(
    [
      { name: '1x', short: '1x', run: one },
      { name: '2x', short: '2x', run: two },
    ],
    new Uint8Array(0),
    warmup,
    iterations,
  );
  return [a?.samples ?? [], b?.samples ?? []];
}
