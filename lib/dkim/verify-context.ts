/**
 * Per-message state shared by every signature of one verification run (DKIM-Signatures, AMS, AS):
 * canonical bodies and body hashes computed once per (canonicalisation, byte form, hash, l=), key
 * records fetched once per selector and domain.
 */
import { canonicalBody, canonicalBodySpliced } from './canonical-body';
import { digestSpliced, splicedLength, type SplicedBody } from './spliced-body';
import type { KeyLookup } from './key-lookup';
import { lookupKey } from './key-lookup';
import { authorDomain, deliveredAt } from './message-facts';
import type { DigestName, HashFactory } from './signature-crypto';
import { digest, hashPieces } from './signature-crypto';
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

/** The digest the first asker wanted, started on a provisional body while the scan finished (splice-writer.ts). */
interface Speculation {
  hash: DigestName;
  digest: Promise<Uint8Array<ArrayBuffer>> | null;
}

function wholeBody(bytes: Uint8Array<ArrayBuffer>, factory: HashFactory | undefined): CanonicalBody {
  return {
    length: bytes.length,
    digest: (hash, length) => {
      const view = length === null ? bytes : bytes.subarray(0, length);
      return factory === undefined ? digest(hash, view) : hashPieces(factory, hash, [view]);
    },
  };
}

export function createVerifyContext(msg: SignedMessage, deps: VerifyDeps): VerifyContext {
  const keys = new Map<string, Promise<KeyLookup>>();
  const bodies = new Map<string, CanonicalBody>();
  const digests = new Map<string, Promise<BodyDigest | null>>();
  const crBreaks = crEndsLines(msg);

  const received = msg.bodyBytes;
  // Received octets are one byte form: every form shares their canonical body and its digests.
  const formKey = (form: ByteForm): string => (received === undefined ? form : 'received');
  const canonical = (body: string, mode: Canonicalization, form: ByteForm, spec: Speculation | null): CanonicalBody => {
    const k = `${mode}|${formKey(form)}`;
    let c = bodies.get(k);
    if (!c) {
      c = received === undefined ? wholeBody(canonicalBody(body, mode, form, crBreaks), deps.hash) : splicedBody(received, mode, spec);
      bodies.set(k, c);
    }
    return c;
  };
  const splicedBody = (bytes: Uint8Array<ArrayBuffer>, mode: Canonicalization, spec: Speculation | null): CanonicalBody => {
    const speculate = spec === null ? undefined : (provisional: SplicedBody): void => void (spec.digest = digestSpliced(provisional, spec.hash, null));
    const b = canonicalBodySpliced(bytes, mode, crBreaks, { text: msg.body, noLoneLf: msg.crlfOnly, speculate, findByte: deps.findByte });
    // The speculative digest is kept only when the provisional body turned out to be the final one.
    if (spec !== null && b.speculationHeld !== true) {
      spec.digest?.catch(() => undefined);
      spec.digest = null;
    }
    return { length: splicedLength(b), digest: (hash, length) => digestSpliced(b, hash, length, deps.hash) };
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
        // Without l=, the first asker's digest may start before the scan has confirmed the end of the body: WebCrypto
        // hashes on another thread meanwhile. A host's incremental hash runs on this thread, so nothing would overlap.
        const spec: Speculation | null = length === null && deps.hash === undefined ? { hash, digest: null } : null;
        const c = canonical(body ?? '', mode, form, spec);
        const n = c.length;
        const whole = spec?.digest ?? null;
        p = length !== null && length > n
          ? Promise.resolve({ canonicalLength: n, digest: null })
          : (whole ?? c.digest(hash, length)).then((d) => ({ canonicalLength: n, digest: d }));
        digests.set(k, p);
      }
      return p;
    },
  };
}
