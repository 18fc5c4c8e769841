/**
 * A worker thread of the CLI (built to cli/dist/analyse-worker.mjs): analyses the messages the main thread
 * posts, each as it arrives (live DNS waits overlap), and posts back what to print, tagged with the job's id.
 * With output slots (WorkerSetup.slots: stdout is a file or a device) the report is encoded into the message's
 * slot, its invisible characters escaped first, and only its length is posted (cli/output-slots.ts). Replies go
 * back in batches (cli/reply-batcher.ts).
 */
import '../lib/psl/bundled-rules';
import '../lib/impersonation/bundled-unicode-tables';
import '../lib/bounce/phrases/bundled-phrases';
import { parentPort, workerData } from 'node:worker_threads';
import { analyseMessage, type MessageJob, type MessageOutcome } from './analyse-message';
import { cliDeps } from './cli-deps';
import { encodeIntoSlot } from './output-slots';
import { printable } from './printable';
import { ReplyBatcher } from './reply-batcher';
import type { ReplyOutcome, WorkerRequest, WorkerReply, WorkerSetup } from './worker-protocol';

const setup = workerData as WorkerSetup;
const deps = cliDeps(setup.resolver);
const port = parentPort;

/** The reply for a finished message: its report in its slot when there are slots and it fits, else as it is. */
function outcomeToPost(req: WorkerRequest, outcome: MessageOutcome): ReplyOutcome {
  const slots = setup.slots;
  if (slots === undefined || outcome.kind !== 'printed') return outcome;
  const length = encodeIntoSlot(slots, req.seq, printable(outcome.text, setup.print));
  return length === null ? outcome : { kind: 'encoded', length };
}

const replies = new ReplyBatcher<WorkerReply>(
  setup.share,
  (batch) => port?.postMessage(batch),
  (run) => setImmediate(run),
);

/** One message: analysed, then its reply goes out with the batch. */
function handle(req: WorkerRequest): void {
  const job: MessageJob = { bytes: req.bytes, where: req.where, several: req.several };
  const answer =
    typeof deps === 'string'
      ? Promise.resolve({ kind: 'failed' as const, reason: deps })
      : analyseMessage(job, deps, setup.print);
  void answer.then((outcome) => {
    replies.send({ id: req.id, outcome: outcomeToPost(req, outcome) });
  });
}

port?.on('message', handle);
