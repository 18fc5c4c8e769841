import type { DnsResolver } from '../dns/types';
import type { HeaderField } from '../mime';
import type { Finding } from '../findings';
import type { DkimCode } from './codes';

/** What the verifiers read: the header fields from lib/mime and the body text as given (null: headers only). */
export interface SignedMessage {
  readonly fields: readonly HeaderField[];
  /**
   * The text after the blank line exactly as given (bodyLines' text + eol joined), or null for headers only. Null
   * with bodyBytes set: a body read as octets only, never decoded (readSignedMessage on a large message).
   */
  readonly body: string | null;
  /**
   * The body's octets exactly as received, when the message arrived as bytes (a file, a download). The
   * verifiers then hash these instead of re-encoding `body` (no byte-form guessing, no copy of a body
   * that canonicalisation leaves as it is); `body` is only scanned, not hashed. See spliced-body.ts for the
   * one moment they are written to (and put back) while digest() takes its copy.
   */
  readonly bodyBytes?: Uint8Array<ArrayBuffer> | undefined;
  /** True when the caller counted every line break of the message and all are CRLF (no lone LF to repair). */
  readonly crlfOnly?: boolean | undefined;
}

export type DigestName = 'SHA-256' | 'SHA-1';

/**
 * An incremental hash a host may offer (Node's crypto.createHash): a body is hashed from its pieces where they lie,
 * without the copy WebCrypto's one-shot digest() takes of its input.
 */
export interface BodyHasher {
  update(bytes: Uint8Array): void;
  digest(): Uint8Array<ArrayBuffer>;
}

export type HashFactory = (name: DigestName) => BodyHasher;

/** Index of the octet `byte` in a body's octets at or after `from`, or -1 (Uint8Array indexOf's contract). */
export type ByteFinder = (byte: number, from: number) => number;

/**
 * A host's native search over a body's octets (the CLI: Node's Buffer indexOf, a memchr), made once per body. Lib's
 * own search (Uint8Array indexOf) costs ~2x as much per call on Node 20: one call per line break of a 25 MB body.
 */
export type FindByte = (bytes: Uint8Array) => ByteFinder;

export interface VerifyDeps {
  dns: DnsResolver;
  /** Current time, epoch milliseconds. */
  now: () => number;
  /** The host's incremental hash for body hashes (the CLI: node:crypto); without it WebCrypto's digest(). */
  hash?: HashFactory;
  /** The host's search over a body's octets, used when the body is given as octets only (readSignedMessage). */
  findByte?: FindByte;
}

/** RFC 8601 §2.7.1 result words for the dkim method. */
export type DkimResultWord = 'pass' | 'fail' | 'policy' | 'neutral' | 'temperror' | 'permerror';

export type Canonicalization = 'simple' | 'relaxed';

/** RFC 6376 §3.3, RFC 8463 §3: the signing algorithms we know. */
export type SigningAlgorithm = 'rsa-sha256' | 'rsa-sha1' | 'ed25519-sha256';

/** Whether the RSA/Ed25519 signature over the header hash held, independently of the body hash. */
export type HeaderSignatureState = 'valid' | 'invalid' | 'not-checked';

export interface BodyLengthInfo {
  /** l= : bytes of the canonical body the signature covers. */
  signed: number;
  /** Bytes of the canonical body present, or null for headers only. */
  total: number | null;
}

/** One DKIM-Signature's outcome. Names up to `signedHeaders` are the contract the report relies on. */
export interface DkimResult {
  result: DkimResultWord;
  /** d= (SDID), lower-cased, or null when unreadable. */
  domain: string | null;
  /** s= */
  selector: string | null;
  /** a= as written (lower-cased), or null. */
  algorithm: string | null;
  /** Public key size in bits (Ed25519: 256), or null when no key was read. */
  keyBits: number | null;
  /** Stable namespaced code, e.g. `dkim.pass`, `dkim.bodyhash.mismatch`, `dkim.key.revoked`. */
  code: DkimCode;
  /** False when the body was not given (headers only) or not evaluated: the body hash was not checked. */
  bodyChecked: boolean;
  /** h= names, lower-cased, in order, repeats kept (over-signing). */
  signedHeaders: string[];
  /** The outcome in plain words. */
  reason: string;
  /** i= (AUID), defaulting to "@" + d. */
  auid: string | null;
  /** c= as header/body, e.g. "relaxed/simple". */
  canonicalization: string | null;
  /** t= and x=, epoch seconds. */
  timestamp: number | null;
  expiration: number | null;
  /** l= and how much of the canonical body it covers, or null without l=. */
  bodyLength: BodyLengthInfo | null;
  headerSignature: HeaderSignatureState;
  /** Important headers present in the message that the signature does not cover at all. */
  unsignedHeaders: string[];
  /** Important single-instance headers with an unsigned extra copy above the signed one (added after signing). */
  addedHeaders: string[];
  /** The key record says t=y (testing: receivers treat the message as unsigned). */
  testing: boolean;
  /** False for signatures beyond the cap (listed, not verified). */
  evaluated: boolean;
  /** Index of the DKIM-Signature field in the message's field list. */
  fieldIndex: number;
  findings: Finding[];
}
