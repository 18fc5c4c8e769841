/**
 * Per-message state shared by every signature of one verification run (DKIM-Signatures, AMS, AS):
 * canonical bodies and body hashes computed once per (canonicalisation, byte form, hash, l=), key
 * records fetched once per selector and domain.
 */
import { canonicalBody } from './canonical-body';
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

export function createVerifyContext(msg: SignedMessage, deps: VerifyDeps): VerifyContext {
  const keys = new Map<string, Promise<KeyLookup>>();
  const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
  const digests = new Map<string, Promise<BodyDigest | null>>();
  const crBreaks = crEndsLines(msg);

  const canonical = (body: string, mode: Canonicalization, form: ByteForm): Uint8Array<ArrayBuffer> => {
    const k = `${mode}|${form}`;
    let bytes = bodies.get(k);
    if (!bytes) {
      bytes = canonicalBody(body, mode, form, crBreaks);
      bodies.set(k, bytes);
    }
    return bytes;
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
      if (body === null) return Promise.resolve(null);
      const k = `${mode}|${form}|${hash}|${length === null ? '' : String(length)}`;
      let p = digests.get(k);
      if (!p) {
        const bytes = canonical(body, mode, form);
        const n = bytes.length;
        p = length !== null && length > n
          ? Promise.resolve({ canonicalLength: n, digest: null })
          : digest(hash, length === null ? bytes : bytes.subarray(0, length)).then((d) => ({ canonicalLength: n, digest: d }));
        digests.set(k, p);
      }
      return p;
    },
  };
}
