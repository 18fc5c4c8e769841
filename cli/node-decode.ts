/**
 * Input bytes to text the way lib/mime decodeInput() does (UTF-8 when valid, a byte order mark dropped, else
 * Latin-1), with Node's Buffer: isAscii/isUtf8 are SIMD checks and an ASCII or Latin-1 text is one copy. Node 20's
 * TextDecoder, which lib uses, takes several times as long as a SHA-256 of the same bytes.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import type { HostDecoded } from '../lib/mime/received-bytes';

export function nodeDecodeBytes(bytes: Uint8Array): HostDecoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII is its own UTF-8 and its own Latin-1: the copy is the decoding.
  if (isAscii(buf)) return { text: buf.toString('latin1'), form: 'utf-8', skipped: 0 };
  if (isUtf8(buf)) {
    // RFC 3629 §6: a leading U+FEFF is a signature, not text (TextDecoder drops it too).
    const skipped = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    return { text: buf.toString('utf8', skipped), form: 'utf-8', skipped };
  }
  return { text: buf.toString('latin1'), form: 'latin1', skipped: 0 };
}
