/**
 * From a key record to a WebCrypto key, with the key checks of RFC 6376 §6.1.2 and the crypto policy of
 * RFC 8301 §3.2 (RSA < 1024 bits is never valid) and RFC 8463 §4 (Ed25519 p= is the raw 32-byte key).
 * RSA p= is SubjectPublicKeyInfo DER (RFC 6376 §3.6.1).
 */
import type { KeyRecord } from './key-record';
import type { DkimResultWord, SigningAlgorithm } from './types';
import type { DkimCode } from './codes';

export type PublicKeyResult =
  | { ok: true; key: CryptoKey; bits: number }
  | { ok: false; result: DkimResultWord; code: DkimCode; detail: string; bits: number | null };

/** RFC 8301 §3.2: verifiers MUST NOT consider RSA keys below 1024 bits valid. */
export const MIN_RSA_BITS = 1024;
/** Below this, a passing RSA key is reported as weak (RFC 8301 §3.2: signers SHOULD use 2048). */
export const GOOD_RSA_BITS = 2048;

export function hashOf(algorithm: SigningAlgorithm): 'sha256' | 'sha1' {
  return algorithm === 'rsa-sha1' ? 'sha1' : 'sha256';
}

function keyTypeOf(algorithm: SigningAlgorithm): 'rsa' | 'ed25519' {
  return algorithm.startsWith('ed25519') ? 'ed25519' : 'rsa';
}

function rsaBits(key: CryptoKey): number | null {
  const alg: KeyAlgorithm & { modulusLength?: unknown } = key.algorithm;
  return typeof alg.modulusLength === 'number' ? alg.modulusLength : null;
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'Error';
}

async function importRsa(bytes: Uint8Array<ArrayBuffer>, algorithm: SigningAlgorithm): Promise<PublicKeyResult> {
  let key: CryptoKey;
  try {
    const hash = algorithm === 'rsa-sha1' ? 'SHA-1' : 'SHA-256';
    key = await globalThis.crypto.subtle.importKey('spki', bytes, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
  } catch (e) {
    return { ok: false, result: 'permerror', code: 'dkim.key.malformed', detail: `p= is not a valid RSA public key (${errorName(e)})`, bits: null };
  }
  const bits = rsaBits(key);
  if (bits === null) return { ok: false, result: 'permerror', code: 'dkim.key.malformed', detail: 'the RSA key size could not be read', bits: null };
  if (bits < MIN_RSA_BITS) {
    return { ok: false, result: 'fail', code: 'dkim.key.too-small', detail: `the RSA key has only ${bits} bits; RFC 8301 forbids accepting keys below 1024 bits (such keys can be factored cheaply)`, bits };
  }
  return { ok: true, key, bits };
}

async function importEd25519(bytes: Uint8Array<ArrayBuffer>): Promise<PublicKeyResult> {
  if (bytes.length !== 32) return { ok: false, result: 'permerror', code: 'dkim.key.malformed', detail: `an Ed25519 key is 32 bytes; p= has ${bytes.length}`, bits: null };
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', bytes, { name: 'Ed25519' }, false, ['verify']);
    return { ok: true, key, bits: 256 };
  } catch (e) {
    if (errorName(e) === 'NotSupportedError') {
      return { ok: false, result: 'neutral', code: 'dkim.algorithm.unsupported', detail: 'this browser cannot verify Ed25519 signatures', bits: 256 };
    }
    return { ok: false, result: 'permerror', code: 'dkim.key.malformed', detail: `p= is not a valid Ed25519 key (${errorName(e)})`, bits: null };
  }
}

/** Check the record against the signature's algorithm (RFC 6376 §6.1.2 steps 4-8) and import the key. */
export async function importPublicKey(record: KeyRecord, algorithm: SigningAlgorithm): Promise<PublicKeyResult> {
  const fail = (code: DkimCode, detail: string): PublicKeyResult => ({ ok: false, result: 'permerror', code, detail, bits: null });
  if (record.publicKey === null) return fail('dkim.key.revoked', 'the key record has an empty p=: the signer has revoked this key');
  const hash = hashOf(algorithm);
  if (record.hashes !== null && !record.hashes.includes(hash)) {
    return fail('dkim.key.hash-not-allowed', `the key allows only h=${record.hashes.join(':')}, the signature uses ${hash}`);
  }
  if (record.keyType !== 'rsa' && record.keyType !== 'ed25519') return fail('dkim.key.unknown-type', `unknown key type k=${record.keyType.slice(0, 20)}`);
  if (record.keyType !== keyTypeOf(algorithm)) {
    return fail('dkim.key.type-mismatch', `the key is k=${record.keyType} but the signature says a=${algorithm}`);
  }
  if (!record.services.includes('*') && !record.services.includes('email')) {
    return fail('dkim.key.not-for-email', `the key is for s=${record.services.join(':')}, not email`);
  }
  return record.keyType === 'rsa' ? importRsa(record.publicKey, algorithm) : importEd25519(record.publicKey);
}

/** RFC 6376 §3.6.1 t=s: the i= domain must equal d= exactly (no subdomains). */
export function keyAllowsAuid(record: KeyRecord, auidDomain: string, domain: string): boolean {
  return !record.flags.includes('s') || auidDomain === domain;
}
