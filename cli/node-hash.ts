/**
 * node:crypto's incremental hash for the DKIM and ARC body hashes (RFC 6376 §3.7): the canonical body is hashed
 * from its pieces where they lie. WebCrypto's digest() would first copy the whole body.
 */
import { createHash } from 'node:crypto';
import type { BodyHasher, DigestName } from '../lib/dkim/signature-crypto';

export function nodeHash(name: DigestName): BodyHasher {
  const h = createHash(name === 'SHA-1' ? 'sha1' : 'sha256');
  return {
    update: (bytes) => {
      h.update(bytes);
    },
    digest: () => {
      const d = h.digest();
      return new Uint8Array(d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength));
    },
  };
}
