/**
 * Per-message state shared by every signature of one verification run (DKIM-Signatures, AMS, AS):
 * canonical bodies and body hashes computed once per (canonicalisation, byte form, hash, l=), key
 * records fetched once per selector and domain.
 */
import { canonicalBody, canonicalBodySpliced } from './canonical-body';
import { digestSpliced, splicedLength } from './spliced-body';
import type { KeyLookup } from './key-lookup';
import { lookupKey } from './key-lookup';
import { authorDomain, deliveredAt } from './message-facts';
import type { DigestName } from './signature-crypto';
import { digest } from './signature-crypto';
import type { ByteForm } from './text-bytes';
import { byteFormsOf, crEndsLines } from './text-bytes';
import type { Canonicalization, SignedMessage, VerifyDeps } from './types';

export interface BodyDigest {
  /** Length of the whole canonical body. */
  canonicalLength: number;
  /** Digest of the first l= bytes (or all), null when l= is longer than the body. */
  digest: Uint8Array | null;
}

export interface VerifyContext {
  readonly msg: SignedMessage;
  readonly forms: readonly ByteForm[];
  readonly crBreaks: boolean;
  /** deps.now() in epoch seconds. */
  readonly nowSeconds: number;
  /** Newest Received date (epoch seconds), or null. */
  readonly deliveredAt: number | null;
  /** Domain of the first From mailbox, or null. */
  readonly authorDomain: string | null;
  key(selector: string, domain: string): Promise<KeyLookup>;
  /** Null for a headers-only message. */
  bodyDigest(mode: Canonicalization, form: ByteForm, hash: DigestName, length: number | null): Promise<BodyDigest | null>;
}

/** A canonical body, hashed whole or its first l= bytes. */
interface CanonicalBody {
  readonly length: number;
  digest(hash: DigestName, length: number | null): Promise<Uint8Array<ArrayBuffer>>;
}

function wholeBody(bytes: Uint8Array<ArrayBuffer>): CanonicalBody {
  return { length: bytes.length, digest: (hash, length) => digest(hash, length === null ? bytes : bytes.subarray(0, length)) };
}

export function createVerifyContext(msg: SignedMessage, deps: VerifyDeps): VerifyContext {
  const keys = new Map<string, Promise<KeyLookup>>();
  const bodies = new Map<string, CanonicalBody>();
  const digests = new Map<string, Promise<BodyDigest | null>>();
  const crBreaks = crEndsLines(msg);

  const received = msg.bodyBytes;
  // Received octets are one byte form: every form shares their canonical body and its digests.
  const formKey = (form: ByteForm): string => (received === undefined ? form : 'received');
  const canonical = (body: string, mode: Canonicalization, form: ByteForm): CanonicalBody => {
    const k = `${mode}|${formKey(form)}`;
    let c = bodies.get(k);
    if (!c) {
      c = received === undefined ? wholeBody(canonicalBody(body, mode, form, crBreaks)) : splicedBody(received, mode);
      bodies.set(k, c);
    }
    return c;
  };
  const splicedBody = (bytes: Uint8Array<ArrayBuffer>, mode: Canonicalization): CanonicalBody => {
    const b = canonicalBodySpliced(bytes, mode, crBreaks, { text: msg.body, noLoneLf: msg.crlfOnly });
    return { length: splicedLength(b), digest: (hash, length) => digestSpliced(b, hash, length) };
  };

  return {
    msg,
    forms: byteFormsOf(msg),
    crBreaks,
    nowSeconds: Math.floor(deps.now() / 1000),
    deliveredAt: deliveredAt(msg.fields),
    authorDomain: authorDomain(msg.fields),
    key(selector, domain) {
      const k = `${selector}._domainkey.${domain}`;
      let p = keys.get(k);
      if (!p) {
        p = lookupKey(deps.dns, selector, domain);
        keys.set(k, p);
      }
      return p;
    },
    bodyDigest(mode, form, hash, length) {
      const { body } = msg;
      if (body === null && received === undefined) return Promise.resolve(null);
      const k = `${mode}|${formKey(form)}|${hash}|${length === null ? '' : String(length)}`;
      let p = digests.get(k);
      if (!p) {
        const c = canonical(body ?? '', mode, form);
        const n = c.length;
        p = length !== null && length > n
          ? Promise.resolve({ canonicalLength: n, digest: null })
          : c.digest(hash, length).then((d) => ({ canonicalLength: n, digest: d }));
        digests.set(k, p);
      }
      return p;
    },
  };
}
