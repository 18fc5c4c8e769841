/**
 * WebCrypto calls (globalThis.crypto.subtle: Node 20 and MV3 extension workers).
 * RFC 6376 §3.3: RSASSA-PKCS1-v1_5 over the header hash input; RFC 8463 §3: Ed25519 signs the SHA-256
 * digest of that input (PureEdDSA over the hash), not the input itself.
 */
import type { DigestName, HashFactory, SigningAlgorithm } from './types';

export type { BodyHasher, DigestName, HashFactory } from './types';

export function digestName(algorithm: SigningAlgorithm): DigestName {
  return algorithm === 'rsa-sha1' ? 'SHA-1' : 'SHA-256';
}

/** The digest of the pieces, in order, with the host's hash. */
export function hashPieces(factory: HashFactory, name: DigestName, pieces: readonly Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  const h = factory(name);
  for (const p of pieces) if (p.length > 0) h.update(p);
  return Promise.resolve(h.digest());
}

/** Calls subtle.digest before its first await: spliced-body.ts relies on the input being copied when this returns. */
export async function digest(name: DigestName, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(name, data));
}

/** True only when the signature verifies; any WebCrypto error is false. */
export async function verifySignatureBytes(
  key: CryptoKey,
  algorithm: SigningAlgorithm,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    if (algorithm === 'ed25519-sha256') {
      return await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, await digest('SHA-256', data));
    }
    return await globalThis.crypto.subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, key, signature, data);
  } catch {
    return false;
  }
}
