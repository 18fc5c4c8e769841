/**
 * A worker thread of the CLI (built to cli/dist/analyse-worker.mjs): analyses the messages the main thread
 * posts, each as it arrives (live DNS waits overlap), and posts back what to print, tagged with the job's id.
 */
import '../lib/psl/bundled-rules';
import '../lib/impersonation/bundled-unicode-tables';
import { parentPort, workerData } from 'node:worker_threads';
import { analyseMessage, type MessageJob } from './analyse-message';
import { cliDeps } from './cli-deps';
import type { WorkerRequest, WorkerReply, WorkerSetup } from './worker-protocol';

const setup = workerData as WorkerSetup;
const deps = cliDeps(setup.resolver);
const port = parentPort;

port?.on('message', (req: WorkerRequest) => {
  const job: MessageJob = { bytes: req.bytes, where: req.where, several: req.several };
  const answer =
    typeof deps === 'string'
      ? Promise.resolve({ kind: 'failed' as const, reason: deps })
      : analyseMessage(job, deps, setup.print);
  void answer.then((outcome) => {
    const reply: WorkerReply = { id: req.id, outcome };
    port.postMessage(reply);
  });
});
