import type { Writable } from 'node:stream';

/**
 * Write to stdout and wait while its buffer is full ('drain'), so a slow reader of the output holds the run
 * back instead of the text piling up in memory. Rejects with the stream's error (EPIPE: the reader went away).
 */
export function writeOut(out: Writable, data: string | Uint8Array): Promise<void> {
  if (out.write(data)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      if (e) reject(e);
      else resolve();
    };
    out.once('drain', done);
    out.once('error', done);
  });
}
