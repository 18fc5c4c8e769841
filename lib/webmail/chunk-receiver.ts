import { acceptChunk, finishReassembly, startReassembly, type ChunkPlan, type Reassembly } from './upload-protocol';

/** What one incoming port message meant, for the port's owner to act on. */
export type ReceiveStep<B extends ChunkPlan> =
  | { kind: 'ignored' } // after the upload ended or failed: nothing more is read
  | { kind: 'begun' }
  | { kind: 'bad-begin'; message: string }
  | { kind: 'bad-chunk'; message: string }
  | { kind: 'ack'; seq: number }
  | { kind: 'complete'; seq: number; begin: B; text: string };

export type BeginParser<B extends ChunkPlan> = (x: unknown) => { ok: true; begin: B } | { ok: false; message: string };

/**
 * The receiving end of a chunked upload (the webmail capture and the popup's analysis port speak the same
 * chunks): a `begin` validated by `parseBegin`, then chunks in order until the announced size. The first
 * invalid message ends the upload; the text is held only here and released once handed over.
 */
export function chunkReceiver<B extends ChunkPlan>(parseBegin: BeginParser<B>): (x: unknown) => ReceiveStep<B> {
  let state: Reassembly<B> | null = null;
  let finished = false;
  return (x) => {
    if (finished) return { kind: 'ignored' };
    if (state === null) {
      const parsed = parseBegin(x);
      if (!parsed.ok) {
        finished = true;
        return { kind: 'bad-begin', message: parsed.message };
      }
      state = startReassembly(parsed.begin);
      return { kind: 'begun' };
    }
    const outcome = acceptChunk(state, x);
    if (!outcome.ok) {
      finished = true;
      return { kind: 'bad-chunk', message: outcome.message };
    }
    if (!outcome.complete) return { kind: 'ack', seq: outcome.seq };
    finished = true;
    const text = finishReassembly(state);
    state.parts.length = 0;
    return { kind: 'complete', seq: outcome.seq, begin: state.begin, text };
  };
}
