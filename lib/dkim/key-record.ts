/** RFC 6376 §3.6.1 key records (TXT at <selector>._domainkey.<domain>), RFC 8463 §4 k=ed25519. */
import { decodeBase64 } from './base64';
import { parseTagList, splitColonList } from './tag-list';
import type { DkimCode } from './codes';

export interface KeyRecord {
  /** k=, lower-cased; default "rsa". */
  keyType: string;
  /** p= decoded; null when p= is empty (revoked). */
  publicKey: Uint8Array<ArrayBuffer> | null;
  /** h= acceptable hash algorithms, lower-cased, or null (all). */
  hashes: string[] | null;
  /** s= service types, lower-cased; default ["*"]. */
  services: string[];
  /** t= flags, lower-cased (y: testing, s: no subdomains in i=). */
  flags: string[];
  /** n= notes, if any (shown to people, never interpreted). */
  notes: string | null;
}

export type KeyRecordResult = { ok: true; record: KeyRecord } | { ok: false; code: DkimCode; detail: string };

export function parseKeyRecord(text: string): KeyRecordResult {
  const list = parseTagList(text);
  if (!list.ok) return { ok: false, code: 'dkim.key.syntax', detail: `the key record is not a valid tag list: ${list.detail}` };
  const { tags } = list;
  // RFC 6376 §3.6.1 v=: if present it MUST be the first tag and MUST be "DKIM1".
  const v = tags.get('v');
  if (v !== undefined && (v !== 'DKIM1' || tags.keys().next().value !== 'v')) {
    return { ok: false, code: 'dkim.key.bad-version', detail: v === 'DKIM1' ? 'v=DKIM1 is not the first tag of the key record' : `v=${v.slice(0, 20)} is not DKIM1` };
  }
  const p = tags.get('p');
  if (p === undefined) return { ok: false, code: 'dkim.key.syntax', detail: 'the key record has no p= (public key) tag' };
  const key = decodeBase64(p);
  if (key === null) return { ok: false, code: 'dkim.key.malformed', detail: 'p= is not valid base64' };
  const h = tags.get('h');
  const s = tags.get('s');
  const t = tags.get('t');
  return {
    ok: true,
    record: {
      keyType: (tags.get('k') ?? 'rsa').toLowerCase(),
      publicKey: key.length === 0 ? null : key,
      hashes: h === undefined ? null : splitColonList(h).map((x) => x.toLowerCase()),
      services: s === undefined ? ['*'] : splitColonList(s).map((x) => x.toLowerCase()),
      flags: t === undefined ? [] : splitColonList(t).map((x) => x.toLowerCase()),
      notes: tags.get('n') ?? null,
    },
  };
}
