/** RFC 6376 §3.5: the DKIM-Signature field value, with the checks of §6.1.1. */
import { isSameOrSubdomain, normalizeDnsName } from './domain-name';
import type { SignatureInfo, SignatureTags } from './signature-tags';
import { readSignatureTags } from './signature-tags';
import { parseTagList, splitColonList } from './tag-list';
import type { DkimCode } from './codes';

export interface DkimSignature extends SignatureTags {
  /** i= as written (local part kept), defaulting to "@" + d. */
  auid: string;
  /** Domain part of i=, normalised. */
  auidDomain: string;
}

export interface DkimSignatureInfo extends SignatureInfo {
  auid: string | null;
}

export type DkimSignatureResult =
  | { ok: true; signature: DkimSignature; info: DkimSignatureInfo }
  | { ok: false; code: DkimCode; detail: string; info: DkimSignatureInfo };

const EMPTY_INFO: DkimSignatureInfo = {
  domain: null, selector: null, algorithm: null, signedHeaders: [], canonicalization: null,
  bodyLength: null, timestamp: null, expiration: null, auid: null,
};

const REQUIRED = ['v', 'a', 'b', 'bh', 'd', 'h', 's'] as const;

/** Decode DKIM-Quoted-Printable (RFC 6376 §2.11) as used by i=; invalid escapes are kept as written. */
function decodeQp(s: string): string {
  if (!s.includes('=')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      i += 2;
    } else out += s[i] ?? '';
  }
  return out;
}

export function parseDkimSignature(value: string): DkimSignatureResult {
  const list = parseTagList(value);
  if (!list.ok) return { ok: false, code: 'dkim.sig.syntax', detail: list.detail, info: EMPTY_INFO };
  const { tags } = list;
  const read = readSignatureTags(tags, REQUIRED.filter((t) => t !== 'v'));
  const auidText = tags.get('i');
  const info: DkimSignatureInfo = {
    ...read.info,
    auid: auidText !== undefined ? decodeQp(auidText) : read.info.domain !== null ? `@${read.info.domain}` : null,
  };
  // RFC 6376 §6.1.1: v= missing or not "1" -> PERMFAIL (incompatible version).
  const v = tags.get('v');
  if (v === undefined) return { ok: false, code: 'dkim.sig.missing-v', detail: 'the v= tag is missing', info };
  if (v !== '1') return { ok: false, code: 'dkim.sig.bad-version', detail: `v=${v.slice(0, 20)} is not version 1`, info };
  if (!read.ok) return { ok: false, code: `dkim.sig.${read.problem}`, detail: read.detail, info };
  const sig = read.tags;
  // RFC 6376 §6.1.1: h= must include From, else PERMFAIL (From field not signed).
  if (!sig.signedHeaders.includes('from')) {
    return { ok: false, code: 'dkim.sig.from-not-signed', detail: 'h= does not include From, so the author address is not protected', info };
  }
  // RFC 6376 §3.5 q=: only dns/txt is defined.
  const q = tags.get('q');
  if (q !== undefined && !splitColonList(q).some((m) => m.toLowerCase() === 'dns/txt')) {
    return { ok: false, code: 'dkim.sig.bad-query-method', detail: `unknown key query method q=${q.slice(0, 40)}`, info };
  }
  const auid = info.auid ?? `@${sig.domain}`;
  const at = auid.lastIndexOf('@');
  const auidDomain = at < 0 ? null : normalizeDnsName(auid.slice(at + 1));
  if (auidDomain === null) return { ok: false, code: 'dkim.sig.bad-auid', detail: `i=${auid.slice(0, 80)} is not an identity (local@domain)`, info };
  // RFC 6376 §6.1.1: the i= domain must be d= or a subdomain, else PERMFAIL (domain mismatch).
  if (!isSameOrSubdomain(auidDomain, sig.domain)) {
    return { ok: false, code: 'dkim.sig.auid-outside-domain', detail: `i= (${auid.slice(0, 80)}) is not within d=${sig.domain}`, info };
  }
  return { ok: true, signature: { ...sig, auid, auidDomain }, info };
}
