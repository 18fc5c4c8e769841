/**
 * How much V8's optimising compiler (TurboFan) inlines when every core already runs an analysing thread.
 *
 * Each worker thread of an mbox run is its own V8 isolate and compiles the analysis anew: ~250-300 functions
 * optimised on V8's background threads, 1.2-1.8 s of CPU a worker on the 5,000-message bench mbox, most of it
 * spent on callees inlined into the hot functions. While cores are spare, that work runs beside the analysis;
 * with a worker per core (the --jobs default) it takes their CPU. V8's inlining budget (bytecode size of one
 * inlined callee, default 460; of all inlining into one function, default 920: `node --v8-options`) is then
 * lowered, which shortens every compile at a small cost in the optimised code's speed.
 * Measured on 2 cores, the 5,000-message mbox, --jobs 2, alternated runs (3 quiet rounds): CPU of the background
 * threads 2.44-2.49 s -> 1.70-1.74 s, process CPU 6.94-7.26 s -> 6.41-6.47 s, wall 3.93-4.14 s -> 3.69-3.75 s. With a
 * core spare (one worker on 2 cores) the compiles run beside the analysis, and three alternated rounds showed no
 * gain from the lower budget (this machine's drift was larger than any difference): V8's defaults stay there.
 * The flags steer the compiler's heuristics, which V8 reads at each compile, and they must change only while no
 * optimising compile is running anywhere in the process: set while the workers' compiles ran (after their first
 * replies), they crashed V8 in 11 of 60 runs (a CHECK in the TurboFan inliner, which saw the budget change under it).
 * So they are set before any worker starts, when the main thread has made no optimised compile (--trace-opt) and runs
 * none. They also change V8's flag hash, so each worker then compiles Node's own built-in modules instead of taking
 * them from Node's code cache: ~30 ms of CPU a worker (an independent review's measure); the budget is ahead from a
 * few hundred messages on (ahead at 358 in that review), and a one-message run pays those ~30 ms.
 */
import { setFlagsFromString } from 'node:v8';

export const INLINING_BUDGET_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size=100',
  '--max-inlined-bytecode-size-cumulative=200',
];

/** Lowers the inlining budget when `jobs` workers leave no core spare; says whether it did. */
export function budgetInliningForBusyCores(
  jobs: number,
  cores: number,
  setFlag: (flag: string) => void = setFlagsFromString,
): boolean {
  if (jobs < Math.max(1, cores)) return false;
  for (const flag of INLINING_BUDGET_FLAGS) setFlag(flag);
  return true;
}
