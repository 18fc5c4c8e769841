/**
 * The CLI's input as a stream of pieces (a file or standard input), never read whole unless it is one message.
 * `size` is the file's length when known (for the progress line); `read` counts the bytes seen so far.
 */
import { open } from 'node:fs/promises';

const PIECE = 256 * 1024;

export interface Input {
  pieces: AsyncIterable<Uint8Array>;
  size: number | null;
  read: () => number;
}

async function* counted(
  source: AsyncIterable<Uint8Array | string>,
  add: (n: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const piece of source) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'latin1') : piece;
    add(bytes.byteLength);
    yield bytes;
  }
}

/** Opens FILE (or standard input for "-"); an unreadable file throws its system error here, before any output. */
export async function openInput(file: string): Promise<Input> {
  let read = 0;
  const add = (n: number) => {
    read += n;
  };
  if (file === '-') return { pieces: counted(process.stdin, add), size: null, read: () => read };
  const handle = await open(file, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' });
    const stream = handle.createReadStream({ highWaterMark: PIECE });
    return { pieces: counted(stream, add), size: stat.isFile() ? stat.size : null, read: () => read };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** The rest of the pieces joined after `head` (one message: lib reads it whole anyway). */
export async function readRest(head: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const parts = [...head];
  for (let r = await rest.next(); r.done !== true; r = await rest.next()) parts.push(r.value);
  return parts.length === 1 && parts[0] !== undefined ? parts[0] : Buffer.concat(parts);
}
