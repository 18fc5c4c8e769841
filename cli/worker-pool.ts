/**
 * The CLI's worker threads: each message goes to the worker with the fewest messages in hand, its bytes
 * transferred (not copied). Workers start on demand, up to `size`. A worker that dies (an uncaught error, out of
 * memory) fails only the messages it held; a new one takes its place, up to `size` + 4 replacements in a run,
 * after which the remaining messages fail with the last worker's error.
 */
import { Worker } from 'node:worker_threads';
import type { MessageJob } from './analyse-message';
import type { ReplyOutcome, WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

interface Slot {
  worker: Worker;
  held: Map<number, (o: ReplyOutcome) => void>;
  /** Set by the 'error' event, reported when the worker exits. */
  error: string | null;
}

/** A buffer of the message's own, so that transferring it moves only this message. */
function transferable(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer)
    return bytes;
  return bytes.slice();
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private replacements = 0;
  private closing = false;
  private deadReason: string | null = null;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly setup: WorkerSetup,
  ) {}

  /** Analyse `job`, whose report is the `seq`-th of the output (0 first: it names the output slot). */
  run(job: MessageJob, seq: number): Promise<ReplyOutcome> {
    if (this.deadReason !== null) return Promise.resolve({ kind: 'failed', reason: this.deadReason });
    const slot = this.pick();
    const id = this.nextId++;
    const bytes = transferable(job.bytes);
    const req: WorkerRequest = { id, seq, bytes, where: job.where, several: job.several };
    return new Promise((resolve) => {
      slot.held.set(id, resolve);
      slot.worker.postMessage(req, [bytes.buffer as ArrayBuffer]);
    });
  }

  /** Messages handed to workers and not answered yet. */
  get inHand(): number {
    return this.slots.reduce((n, s) => n + s.held.size, 0);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pick(): Slot {
    let best: Slot | undefined;
    for (const s of this.slots) if (best === undefined || s.held.size < best.held.size) best = s;
    if (best !== undefined && (best.held.size === 0 || this.slots.length >= this.size)) return best;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  private spawn(): Slot {
    // A young generation of 16 MB, not V8's 48: the same speed here, and RSS stays flat with a worker per core.
    const worker = new Worker(this.script, {
      workerData: this.setup,
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const slot: Slot = { worker, held: new Map(), error: null };
    worker.on('message', (replies: readonly WorkerReply[]) => {
      for (const reply of replies) {
        const resolve = slot.held.get(reply.id);
        slot.held.delete(reply.id);
        resolve?.(reply.outcome);
      }
    });
    worker.on('error', (e: Error) => {
      slot.error = e.message;
    });
    worker.on('exit', (code) => {
      if (this.closing) return;
      this.replaced(slot, `worker thread stopped (${slot.error ?? `exit code ${String(code)}`})`);
    });
    return slot;
  }

  private replaced(dead: Slot, reason: string): void {
    const i = this.slots.indexOf(dead);
    if (i >= 0) this.slots.splice(i, 1);
    if (this.replacements >= this.size + 4) this.deadReason = reason;
    else if (i >= 0) this.replacements++;
    for (const resolve of dead.held.values()) resolve({ kind: 'failed', reason });
    dead.held.clear();
  }
}
