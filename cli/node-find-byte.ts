/**
 * Node's search over a message body's octets for lib/dkim (Deps.findByte): Buffer indexOf of one byte is a memchr
 * behind one native call, about half the cost per call of Uint8Array indexOf on Node 20, which the canonicaliser
 * makes once per line break when it checks a body's line breaks.
 */
import { Buffer } from 'node:buffer';
import type { ByteFinder } from '../lib/dkim/types';

export function nodeFindByte(bytes: Uint8Array): ByteFinder {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (byte, from) => buf.indexOf(byte, from);
}
