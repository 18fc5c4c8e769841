/**
 * The canonical body of received octets without copying the part canonicalisation leaves alone.
 * Relaxed canonicalisation usually changes only a text part near the top (WSP runs, trailing WSP); the
 * megabytes of base64 below it come out as they went in. The result is kept as `head` (the bytes up to
 * and including the last change) + a tail that is a range of the received bytes.
 *
 * Hashing it: WebCrypto's digest() takes a copy of its input before it returns (W3C Web Cryptography API,
 * SubtleCrypto.digest step "get a copy of the bytes held by the data parameter"; Node and browsers do so).
 * So the head is written over the received bytes just before the tail, digest() is called on that one
 * range, and the bytes are put back in the same synchronous step: no other code can see the change, and
 * the body is never copied by us.
 */
import { digest, hashPieces, type DigestName, type HashFactory } from './signature-crypto';

export interface SplicedBody {
  /** Canonical bytes up to the last change (empty when nothing changed). */
  readonly head: Uint8Array<ArrayBuffer>;
  /** The received bytes the canonical body ends with: src[tailFrom, tailTo). */
  readonly src: Uint8Array<ArrayBuffer>;
  readonly tailFrom: number;
  readonly tailTo: number;
  /** The provisional body handed to a speculate callback turned out to be this one (its digest can be used). */
  readonly speculationHeld?: boolean;
}

export function splicedLength(b: SplicedBody): number {
  return b.head.length + (b.tailTo - b.tailFrom);
}

/** One buffer with all the bytes (tests, and the rare body whose head is longer than what precedes the tail). */
export function joinSpliced(b: SplicedBody, length = splicedLength(b)): Uint8Array<ArrayBuffer> {
  const h = b.head.length;
  if (length <= h) return b.head.subarray(0, length);
  if (h === 0) return b.src.subarray(b.tailFrom, b.tailFrom + length);
  const out = new Uint8Array(length);
  out.set(b.head);
  out.set(b.src.subarray(b.tailFrom, b.tailFrom + length - h), h);
  return out;
}

/** Digest of the first `length` canonical bytes (all when null); with a host's incremental hash, from the pieces. */
export function digestSpliced(b: SplicedBody, hash: DigestName, length: number | null, factory?: HashFactory): Promise<Uint8Array<ArrayBuffer>> {
  const n = length ?? splicedLength(b);
  const h = b.head.length;
  if (factory !== undefined) return hashPieces(factory, hash, [b.head.subarray(0, Math.min(n, h)), b.src.subarray(b.tailFrom, b.tailFrom + Math.max(0, n - h))]);
  if (n <= h || h === 0 || h > b.tailFrom) return digest(hash, joinSpliced(b, n));
  const at = b.tailFrom - h;
  const saved = b.src.slice(at, b.tailFrom);
  b.src.set(b.head, at);
  try {
    // digest() has copied the bytes when it returns (see above); they are restored before anything else runs.
    return digest(hash, b.src.subarray(at, b.tailFrom + (n - h)));
  } finally {
    b.src.set(saved, at);
  }
}
