/**
 * V8's JIT budgets for an mbox run's worker threads: how soon a function is optimised, and how much the
 * optimising compiler (TurboFan) inlines.
 *
 * Each worker thread of an mbox run is its own V8 isolate and compiles the analysis anew. V8 optimises a function
 * once it has run long enough: every `--interrupt-budget` bytes of its bytecode run (default 67,584) is a "tick",
 * and it takes `--ticks-before-optimization` (3) plus one more per `--bytecode-size-allowance-per-tick` (150) bytes
 * of its bytecode (`node --v8-options`). The analysis runs many large functions once per message, so with V8's
 * defaults they run unoptimised for the first one to two thousand messages of every worker: in one process over
 * the bench mbox, messages 501-1,000 cost 0.73 ms each and 1,001-2,000 0.50 ms, against 0.38 and 0.37 ms with
 * a budget of 16,384, and the steady cost is 0.29 ms against 0.32. That budget is set for every mbox run.
 *
 * Optimising compiles run on V8's background threads: ~250-300 functions, 1.2-1.8 s of CPU a worker on the
 * 5,000-message bench mbox, most of it spent on callees inlined into the hot functions. While cores are spare,
 * that work runs beside the analysis; with a worker per core (the --jobs default) it takes their CPU. V8's
 * inlining budget (bytecode size of one inlined callee, default 460; of all inlining into one function, default
 * 920) is then lowered, which shortens every compile at a small cost in the optimised code's speed. Measured on
 * 2 cores, the 5,000-message mbox, --jobs 2, alternated runs (3 quiet rounds): CPU of the background threads
 * 2.44-2.49 s -> 1.70-1.74 s, process CPU 6.94-7.26 s -> 6.41-6.47 s, wall 3.93-4.14 s -> 3.69-3.75 s. With a
 * core spare (one worker on 2 cores) three alternated rounds showed no gain from the lower inlining budget (this
 * machine's drift was larger than any difference): V8's defaults stay there.
 *
 * The flags steer the compiler's heuristics, which V8 reads at each compile, and they must change only while no
 * optimising compile is running anywhere in the process: set while the workers' compiles ran (after their first
 * replies), the inlining flags crashed V8 in 11 of 60 runs (a CHECK in the TurboFan inliner, which saw the budget
 * change under it). So they are set before any worker starts, when the main thread has made no optimised compile
 * (--trace-opt) and runs none. They also change V8's flag hash, so each worker then compiles Node's own built-in
 * modules instead of taking them from Node's code cache: ~30 ms of CPU a worker (an independent review's measure).
 */
import { setFlagsFromString } from 'node:v8';

export const TIER_UP_FLAGS: readonly string[] = ['--interrupt-budget=16384'];

export const INLINING_BUDGET_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size=100',
  '--max-inlined-bytecode-size-cumulative=200',
];

/** The flags for `jobs` workers on `cores` cores: sooner tier-up always; a lower inlining budget with no core spare. */
export function workerJitFlags(jobs: number, cores: number): readonly string[] {
  return jobs < Math.max(1, cores) ? TIER_UP_FLAGS : [...TIER_UP_FLAGS, ...INLINING_BUDGET_FLAGS];
}

/** Sets the flags for `jobs` workers; call before the first worker starts. Returns what it set. */
export function setWorkerJitFlags(
  jobs: number,
  cores: number,
  setFlag: (flag: string) => void = setFlagsFromString,
): readonly string[] {
  const flags = workerJitFlags(jobs, cores);
  for (const flag of flags) setFlag(flag);
  return flags;
}
