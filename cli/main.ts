import { availableParallelism } from 'node:os';
import type { PrintOptions } from './analyse-message';
import { parseArgs, USAGE, type Options } from './args';
import { cliDeps } from './cli-deps';
import type { Deps } from '../lib/deps';
import { setWorkerJitFlags } from './jit-budget';
import { isMbox } from './mbox';
import { estimateMessages } from './message-estimate';
import { mboxJobs, mboxMessages } from './mbox-jobs';
import { runOrdered } from './ordered-run';
import { printable } from './printable';
import { mboxSummary, Progress } from './progress';
import { openInput, readRest, type Input } from './read-input';
import { WorkerPool } from './worker-pool';
import { createOutputSlots, slotOf } from './output-slots';
import type { ReplyOutcome } from './worker-protocol';
import { reportWriter, syncFileDescriptor } from './write-out';

function fail(reason: string): number {
  process.stderr.write(`headerscope: ${reason}\n`);
  return 2;
}

function cannotRead(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  return `cannot read ${file}${code ? ` (${code})` : ''}`;
}

/** The first pieces of the input, at least 6 bytes of them when there are that many (enough to see "From "). */
async function readHead(it: AsyncIterator<Uint8Array>): Promise<Uint8Array[]> {
  const head: Uint8Array[] = [];
  let n = 0;
  while (n <= 5) {
    const r = await it.next();
    if (r.done === true) break;
    head.push(r.value);
    n += r.value.byteLength;
  }
  return head;
}

async function single(bytes: Uint8Array, deps: Deps, opts: Options, label: string): Promise<number> {
  const { analyseSingle } = await import('./single');
  const result = await analyseSingle(bytes, deps, opts, label);
  if (!result.ok) return fail(result.reason);
  // A file or device is written whole, or the failure is said (a size limit, a full disk), as for an mbox.
  try {
    await reportWriter(process.stdout)(result.text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code === 'EPIPE') return 0;
    process.stderr.write(`headerscope: cannot write the report: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  return 0;
}

/** An mbox: messages read as the window allows, analysed by worker threads, printed in file order. */
async function mbox(
  input: Input,
  head: Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
  opts: Options,
  label: string,
): Promise<number> {
  const print: PrintOptions = { json: opts.json, markdown: opts.markdown, redact: opts.redact, headers: opts.headers };
  const window = 4 * opts.jobs;
  // A file or /dev/null (written synchronously): workers encode reports into shared slots and this thread writes
  // the bytes from there (cli/output-slots.ts). Pipes and terminals: workers post the text, the stream writes it.
  const slots = syncFileDescriptor(process.stdout) === null ? undefined : createOutputSlots(window);
  // Sooner tier-up for the workers of a long mbox, and a smaller inlining budget when they leave no core spare. Here,
  // before any worker starts: V8's flags may change only while no optimising compile runs (cli/jit-budget.ts:
  // changed later, they crashed V8).
  setWorkerJitFlags({ jobs: opts.jobs, cores: availableParallelism(), messages: estimateMessages(head, input.size) });
  const pool = new WorkerPool(opts.jobs, new URL('./analyse-worker.mjs', import.meta.url), {
    print,
    resolver: opts,
    slots,
    share: window / opts.jobs,
  });
  // Live checks can take seconds per message: a terminal shows how far a long mbox has got (stderr only).
  const progress = process.stderr.isTTY
    ? new Progress(
        input.size,
        (s) => process.stderr.write(s),
        () => Date.now(),
      )
    : null;
  const counts = { total: 0, analysed: 0, failed: 0 };
  // Written by the emit callback: an object, so the checks after the run see its fields as they are.
  const last = { problem: null as string | null, several: true };
  let readError: unknown = null;
  // Told apart from a read error: a full disk is not "cannot read".
  let writeError: unknown = null;
  const write = reportWriter(process.stdout);
  try {
    await runOrdered(mboxJobs(mboxMessages(head, rest), label), window, {
      start: (job, index) =>
        pool.run(job, index).then((outcome) => ({ outcome, where: job.where, several: job.several })),
      emit: async (
        { outcome, where, several }: { outcome: ReplyOutcome; where: string; several: boolean },
        index: number,
      ) => {
        counts.total++;
        last.several = several;
        progress?.end();
        if (outcome.kind === 'encoded' || outcome.kind === 'printed') {
          counts.analysed++;
          // A slot is written before the run goes on, so it is free again when message index + window starts.
          const data =
            outcome.kind === 'printed' ? printable(outcome.text, print) : slotOf(slots, index, outcome.length);
          await write(data).catch((e: unknown) => {
            writeError = e;
            throw e;
          });
        } else {
          if (outcome.kind === 'failed') counts.failed++;
          last.problem = `${where}: ${outcome.reason}`;
          if (several) process.stderr.write(`headerscope: ${last.problem}\n`);
        }
        progress?.update(counts.total, input.read());
      },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code === 'EPIPE') return 0;
    // As cli/closed-pipe.ts reports a failed stream write: one line, status 1.
    if (e === writeError) {
      process.stderr.write(`headerscope: cannot write the report: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    readError = e;
  } finally {
    progress?.end();
    await pool.close();
  }
  if (readError !== null) return fail(`${cannotRead(opts.file, readError)} after ${String(counts.total)} messages`);
  if (counts.analysed === 0)
    return fail(last.several ? `no message in ${label} could be analysed` : (last.problem ?? 'nothing to analyse'));
  if (last.several) process.stderr.write(`${mboxSummary(label, counts.total, counts.analysed, counts.failed)}\n`);
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  const opts = parseArgs(argv, availableParallelism());
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (typeof opts === 'string') return fail(`${opts}\n${USAGE}`);
  const label = opts.file === '-' ? 'standard input' : opts.file;
  let input: Input;
  let head: Uint8Array[];
  let rest: AsyncIterator<Uint8Array>;
  try {
    input = await openInput(opts.file);
    rest = input.pieces[Symbol.asyncIterator]();
    head = await readHead(rest);
  } catch (e) {
    return fail(cannotRead(opts.file, e));
  }
  // The resolver choice is checked once here, so a bad one stops the run before any output.
  const deps = cliDeps(opts);
  if (typeof deps === 'string') return fail(deps);
  const first = head[0];
  if (first !== undefined && isMbox(head.length === 1 ? first : Buffer.concat(head)))
    return mbox(input, head, rest, opts, label);
  let bytes: Uint8Array;
  try {
    bytes = await readRest(head, rest);
  } catch (e) {
    return fail(cannotRead(opts.file, e));
  }
  return single(bytes, deps, opts, label);
}
