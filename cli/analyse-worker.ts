/**
 * A worker thread of the CLI (built to cli/dist/analyse-worker.mjs): analyses the messages the main thread
 * posts, each as it arrives (live DNS waits overlap), and posts back what to print, tagged with the job's id.
 * With output slots (WorkerSetup.slots: stdout is a file or a device) the report is encoded into the message's
 * slot, its invisible characters escaped first, and only its length is posted (cli/output-slots.ts).
 */
import '../lib/psl/bundled-rules';
import '../lib/impersonation/bundled-unicode-tables';
import { parentPort, workerData } from 'node:worker_threads';
import { analyseMessage, type MessageJob, type MessageOutcome } from './analyse-message';
import { cliDeps } from './cli-deps';
import { encodeIntoSlot } from './output-slots';
import { printable } from './printable';
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

/**
 * Replies go out together once the messages that were waiting have been handled (setImmediate runs after the
 * event loop has delivered every message queued): one post, and one wake-up of the main thread, per batch.
 */
const outbox: WorkerReply[] = [];
function send(reply: WorkerReply): void {
  outbox.push(reply);
  if (outbox.length === 1) setImmediate(() => port?.postMessage(outbox.splice(0)));
}

/** One message: analysed, then its reply goes out with the batch. */
function handle(req: WorkerRequest): void {
  const job: MessageJob = { bytes: req.bytes, where: req.where, several: req.several };
  const answer =
    typeof deps === 'string'
      ? Promise.resolve({ kind: 'failed' as const, reason: deps })
      : analyseMessage(job, deps, setup.print);
  void answer.then((outcome) => {
    send({ id: req.id, outcome: outcomeToPost(req, outcome) });
  });
}

port?.on('message', handle);
