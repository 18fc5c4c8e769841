/**
 * How many messages an mbox holds, estimated before it is read: the From_ lines (RFC 4155 §2: one opens every
 * message) in the pieces read so far, scaled by the file's size. Exact when those pieces are the whole file; null
 * when the size is unknown (standard input).
 */
import { SEPARATOR } from './mbox';

function fromLines(piece: Buffer): number {
  let n = 0;
  for (let at = piece.indexOf(SEPARATOR, 0, 'latin1'); at >= 0; at = piece.indexOf(SEPARATOR, at + 1, 'latin1')) n++;
  return n;
}

export function estimateMessages(head: readonly Uint8Array[], size: number | null): number | null {
  if (size === null) return null;
  const bytes = Buffer.concat(head);
  if (bytes.length === 0) return 0;
  // The first message's From_ line starts the file (no "\n" before it).
  const seen = 1 + fromLines(bytes);
  return bytes.length >= size ? seen : Math.round((seen * size) / bytes.length);
}
