/**
 * The tags a DKIM-Signature (RFC 6376 §3.5) and an ARC-Message-Signature (RFC 8617 §4.1.2) share:
 * a b bh c d h s l t x. Total: returns what could be read even when a tag is wrong, so the report
 * can still name the domain and selector of a broken signature.
 */
import { decodeBase64 } from './base64';
import { normalizeDnsName } from './domain-name';
import { splitColonList } from './tag-list';
import type { Canonicalization, SigningAlgorithm } from './types';
import type { TagProblem } from './codes';

export interface SignatureTags {
  algorithm: SigningAlgorithm;
  signature: Uint8Array<ArrayBuffer>;
  bodyHash: Uint8Array<ArrayBuffer>;
  headerCanon: Canonicalization;
  bodyCanon: Canonicalization;
  domain: string;
  selector: string;
  signedHeaders: string[];
  bodyLength: number | null;
  timestamp: number | null;
  expiration: number | null;
}

/** What could be read, for the report, whatever the outcome. */
export interface SignatureInfo {
  domain: string | null;
  selector: string | null;
  algorithm: string | null;
  signedHeaders: string[];
  canonicalization: string | null;
  bodyLength: number | null;
  timestamp: number | null;
  expiration: number | null;
}

export type { TagProblem } from './codes';

export type SignatureTagsResult =
  | { ok: true; tags: SignatureTags; info: SignatureInfo }
  | { ok: false; problem: TagProblem; detail: string; info: SignatureInfo };

const ALGORITHMS: ReadonlySet<string> = new Set<SigningAlgorithm>(['rsa-sha256', 'rsa-sha1', 'ed25519-sha256']);

function isAlgorithm(s: string): s is SigningAlgorithm {
  return ALGORITHMS.has(s);
}

/** RFC 6376 §3.5: t= and x= are 1*12DIGIT, l= 1*76DIGIT. Null when not all digits or too long. */
function digits(value: string, max: number): number | null {
  if (value.length === 0 || value.length > max) return null;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(value);
}

/** RFC 6376 §3.5 c=: "header/body", "header" alone means body "simple"; absent means simple/simple. */
function parseCanon(value: string | undefined, absent: [Canonicalization, Canonicalization] = ['simple', 'simple']): [Canonicalization, Canonicalization] | null {
  if (value === undefined) return absent;
  const [h, b, extra] = value.toLowerCase().split('/');
  const ok = (x: string | undefined): x is Canonicalization => x === 'simple' || x === 'relaxed';
  if (extra !== undefined || !ok(h)) return null;
  if (b === undefined) return [h, 'simple'];
  return ok(b) ? [h, b] : null;
}

/** RFC 5322 §3.6.8 field-name = 1*ftext (printable ASCII but ":"). */
function isFieldName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x3a) return false;
  }
  return s.length > 0;
}

function readInfo(tags: ReadonlyMap<string, string>, absent: [Canonicalization, Canonicalization]): SignatureInfo {
  const num = (k: string, max: number): number | null => {
    const v = tags.get(k);
    return v === undefined ? null : digits(v, max);
  };
  const h = tags.get('h');
  return {
    domain: tags.get('d')?.toLowerCase() ?? null,
    selector: tags.get('s') ?? null,
    algorithm: tags.get('a')?.toLowerCase() ?? null,
    signedHeaders: h === undefined ? [] : splitColonList(h).map((n) => n.toLowerCase()),
    canonicalization: (() => {
      const c = parseCanon(tags.get('c'), absent);
      return c ? `${c[0]}/${c[1]}` : null;
    })(),
    bodyLength: num('l', 76),
    timestamp: num('t', 12),
    expiration: num('x', 12),
  };
}

type Fail = Extract<SignatureTagsResult, { ok: false }>;

/** Parse and check the shared tags. `required` lists the tags that must be present. */
export function readSignatureTags(
  tags: ReadonlyMap<string, string>,
  required: readonly string[],
  absentCanon: [Canonicalization, Canonicalization] = ['simple', 'simple'],
): SignatureTagsResult {
  const info = readInfo(tags, absentCanon);
  const fail = (problem: TagProblem, detail: string): Fail => ({ ok: false, problem, detail, info });
  const missing = required.filter((t) => !tags.has(t));
  if (missing.length > 0) return fail('missing-tag', `required tag${missing.length > 1 ? 's' : ''} ${missing.map((t) => `${t}=`).join(', ')} missing`);
  const a = (tags.get('a') ?? '').toLowerCase();
  if (!isAlgorithm(a)) return fail('algorithm-unsupported', `unknown signing algorithm a=${a.slice(0, 40)}`);
  const b = decodeBase64(tags.get('b') ?? '');
  const bh = decodeBase64(tags.get('bh') ?? '');
  if (b === null || bh === null) return fail('bad-base64', `${b === null ? 'b=' : 'bh='} is not valid base64`);
  if (b.length === 0 || bh.length === 0) return fail('empty-signature', `${b.length === 0 ? 'b=' : 'bh='} is empty`);
  const canon = parseCanon(tags.get('c'), absentCanon);
  if (!canon) return fail('bad-canonicalization', `unknown canonicalization c=${(tags.get('c') ?? '').slice(0, 40)}`);
  const domain = normalizeDnsName(tags.get('d') ?? '');
  if (domain === null) return fail('bad-domain', `d=${(tags.get('d') ?? '').slice(0, 80)} is not a domain name`);
  const selector = normalizeDnsName(tags.get('s') ?? '');
  if (selector === null) return fail('bad-selector', `s=${(tags.get('s') ?? '').slice(0, 80)} is not a valid selector`);
  const h = tags.get('h') ?? '';
  if (!splitColonList(h).every(isFieldName)) return fail('bad-header-list', 'h= holds something that is not a header name');
  for (const [k, max] of [['l', 76], ['t', 12], ['x', 12]] as const) {
    const v = tags.get(k);
    if (v !== undefined && digits(v, max) === null) return fail('bad-number', `${k}=${v.slice(0, 20)} is not a number`);
  }
  // RFC 6376 §3.5 x=: "the value of the x= tag MUST be greater than the value of the t= tag".
  if (info.timestamp !== null && info.expiration !== null && info.expiration < info.timestamp) {
    return fail('expiry-before-timestamp', 'x= (expiry) is earlier than t= (signing time)');
  }
  return {
    ok: true,
    info: { ...info, domain, selector },
    tags: {
      algorithm: a,
      signature: b,
      bodyHash: bh,
      headerCanon: canon[0],
      bodyCanon: canon[1],
      domain,
      selector,
      signedHeaders: info.signedHeaders,
      bodyLength: info.bodyLength,
      timestamp: info.timestamp,
      expiration: info.expiration,
    },
  };
}
