/**
 * V8's JIT budgets for an mbox run's worker threads: how soon a function is optimised, and how much the
 * optimising compiler (TurboFan) inlines.
 *
 * Each worker thread of an mbox run is its own V8 isolate and compiles the analysis anew. V8 optimises a function
 * after it has gone through its interrupt budget `--ticks-before-optimization` (3) times plus once more per
 * `--bytecode-size-allowance-per-tick` (150) bytes of its bytecode; the budget (`--interrupt-budget`, default
 * 67,584) is spent in bytes of bytecode run (the flags' descriptions in `node --v8-options`; V8's tiering manager,
 * src/execution/tiering-manager.cc). The analysis runs many large functions once per message, so with V8's
 * defaults a worker's per-message cost keeps falling over its first one to two thousand messages (hundreds of
 * messages for a function of 1-10 kB that runs whole once a message; more for one that runs in part): in one process
 * over the bench mbox, messages 501-1,000 cost 0.73 ms each and 1,001-2,000 0.50 ms, against 0.38 and 0.37 ms with a budget
 * of 16,384 (steady cost 0.32 against 0.29 ms). The lower budget costs more at first (more functions compiled
 * sooner): an independent review measured at --jobs 2 more CPU with it at 300, 1,000 and 2,500 messages (2,500:
 * 4.78-4.96 -> 4.98-5.29 s) and less at 5,000 (6.99 / 7.36 -> 6.11 / 6.79 s); at --jobs 1 and 100 messages 0.84-0.90
 * -> 1.23-1.39 s. So it is set only when the mbox is expected to give each worker at least TIER_UP_MIN_MESSAGES
 * messages (estimated from the file's size and its first piece: cli/message-estimate.ts).
 *
 * Optimising compiles run on V8's background threads: ~250-300 functions, 1.2-1.8 s of CPU a worker on the
 * 5,000-message bench mbox with V8's default interrupt budget, most of it spent on callees inlined into the hot
 * functions. While cores are spare, that work runs beside the analysis; with a worker per core (the --jobs default)
 * it takes their CPU. V8's inlining budget (bytecode size of one inlined callee, default 460; of all inlining into
 * one function, default 920) is then lowered, which shortens every compile at a small cost in the optimised code's
 * speed. Measured on 2 cores, the 5,000-message mbox, --jobs 2, alternated runs (3 quiet rounds): CPU of the
 * background threads 2.44-2.49 s -> 1.70-1.74 s, process CPU 6.94-7.26 s -> 6.41-6.47 s, wall 3.93-4.14 s ->
 * 3.69-3.75 s; an independent review found it ahead from a few hundred messages on (358). With a core spare (one
 * worker on 2 cores) three alternated rounds showed no gain from the lower inlining budget (this machine's drift
 * was larger than any difference): V8's inlining defaults stay there.
 *
 * The flags steer the compiler's heuristics, and they must change only while no optimising compile is running
 * anywhere in the process: set while the workers' compiles ran (after their first replies), the inlining flags
 * crashed V8 in 11 of 60 runs (a CHECK in the TurboFan inliner, which saw the budget change under it). So they are
 * set before any worker starts, when the main thread has made no optimised compile (--trace-opt) and runs none.
 * They also change V8's flag hash, so each worker then compiles Node's own built-in modules instead of taking them
 * from Node's code cache: ~30 ms of CPU a worker (an independent review's measure).
 */
import { setFlagsFromString } from 'node:v8';

export const TIER_UP_FLAGS: readonly string[] = ['--interrupt-budget=16384'];

export const INLINING_BUDGET_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size=100',
  '--max-inlined-bytecode-size-cumulative=200',
];

/**
 * Messages a worker must expect for the sooner tier-up to pay. The review's pairs above: ~0.25 s more CPU at 1,250
 * messages a worker, ~0.7 s less at 2,500; the difference crosses zero near 1,600 (a straight line between them).
 */
export const TIER_UP_MIN_MESSAGES = 1600;

export interface JitRun {
  jobs: number;
  cores: number;
  /** Messages the mbox is expected to hold; null when unknown (standard input). */
  messages: number | null;
}

/** Sooner tier-up when each worker can expect a long run; a lower inlining budget when no core is spare. */
export function workerJitFlags(run: JitRun): readonly string[] {
  const jobs = Math.max(1, run.jobs);
  const long = run.messages !== null && run.messages / jobs >= TIER_UP_MIN_MESSAGES;
  const busy = jobs >= Math.max(1, run.cores);
  return [...(long ? TIER_UP_FLAGS : []), ...(busy ? INLINING_BUDGET_FLAGS : [])];
}

/** Sets the flags for the run; call before the first worker starts. Returns what it set. */
export function setWorkerJitFlags(
  run: JitRun,
  setFlag: (flag: string) => void = setFlagsFromString,
): readonly string[] {
  const flags = workerJitFlags(run);
  for (const flag of flags) setFlag(flag);
  return flags;
}
