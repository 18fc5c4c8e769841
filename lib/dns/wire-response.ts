/**
 * DNS response messages (RFC 1035 §4.1) decoded into a DnsAnswer. Checks the header (QR, TC, RCODE),
 * that the question echoes what we asked, and follows the CNAME chain in the answer section; records
 * owned by other names, or of unexpected types, make the answer MALFORMED (answer name/type mismatch).
 */
import type { DnsAnswer, DnsRecord, DnsStatus, RRType } from './types';
import { RCODE, RR_CODE } from './rr-codes';
import { normalizeName } from './dns-name';
import { readName } from './wire-name';
import { formatIPv4, formatIPv6 } from './ip-text';
import { decodeTxtStrings } from './txt-strings';

export interface DecodedAnswer {
  answer: DnsAnswer;
  /** Seconds this answer may be cached (minimum TTL used; negative answers from the SOA, RFC 2308 §5). */
  ttl: number;
}

interface RawRecord {
  owner: string;
  type: number;
  ttl: number;
  rdata: Uint8Array;
  /** Offset of rdata in the message, for names compressed inside rdata. */
  at: number;
}

const MAX_RECORDS = 512;
const MAX_CNAME_HOPS = 16;

function failed(status: DnsStatus, detail: string, ad = false): DecodedAnswer {
  return { answer: { status, records: [], ad, detail }, ttl: 0 };
}

function u16(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}

function u32(b: Uint8Array, i: number): number {
  return (((b[i] ?? 0) << 24) >>> 0) + (((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0));
}

/** Decode `bytes` as the response to (`name`, `type`). Never throws. */
export function decodeResponse(bytes: Uint8Array, name: string, type: RRType, expectedId = 0): DecodedAnswer {
  if (bytes.length < 12) return failed('MALFORMED', 'DNS message shorter than its 12-octet header');
  const flags = u16(bytes, 2);
  const ad = (flags & 0x0020) !== 0;
  if ((flags & 0x8000) === 0) return failed('MALFORMED', 'DNS message is not a response (QR=0)');
  if (u16(bytes, 0) !== expectedId) return failed('MALFORMED', 'DNS response id does not match the query');
  // RFC 1035 §4.1.1 TC: the answer was cut; a DoH server should never do this (RFC 8484 §6 has no size limit).
  if ((flags & 0x0200) !== 0) return failed('TRUNCATED', 'DNS response has the TC (truncated) bit set', ad);
  const rcode = flags & 0x000f;
  const [qd, an, ns] = [u16(bytes, 4), u16(bytes, 6), u16(bytes, 8)];
  if (an + ns > MAX_RECORDS) return failed('MALFORMED', 'DNS response has too many records');
  let pos = 12;
  if (qd !== 1) return failed('MALFORMED', `DNS response has ${qd} questions, expected 1`);
  const q = readName(bytes, pos);
  if (!q.ok) return failed('MALFORMED', `question: ${q.reason}`);
  pos = q.next;
  if (pos + 4 > bytes.length) return failed('MALFORMED', 'question cut short');
  if (normalizeName(q.name) !== normalizeName(name) || u16(bytes, pos) !== RR_CODE[type]) {
    return failed('MALFORMED', `response is for ${q.name}/${u16(bytes, pos)}, not the question asked`);
  }
  pos += 4;
  const answers: RawRecord[] = [];
  const authority: RawRecord[] = [];
  for (let i = 0; i < an + ns; i++) {
    const owner = readName(bytes, pos);
    if (!owner.ok) return failed('MALFORMED', `record ${i + 1}: ${owner.reason}`);
    pos = owner.next;
    if (pos + 10 > bytes.length) return failed('MALFORMED', `record ${i + 1} cut short`);
    const rdlen = u16(bytes, pos + 8);
    if (pos + 10 + rdlen > bytes.length) return failed('MALFORMED', `record ${i + 1} data runs past the end of the message`);
    const rec: RawRecord = { owner: normalizeName(owner.name), type: u16(bytes, pos), ttl: u32(bytes, pos + 4), rdata: bytes.subarray(pos + 10, pos + 10 + rdlen), at: pos + 10 };
    (i < an ? answers : authority).push(rec);
    pos += 10 + rdlen;
  }
  if (rcode === RCODE.NXDOMAIN) return { answer: { status: 'NXDOMAIN', records: [], ad, detail: null }, ttl: negativeTtl(bytes, authority) };
  if (rcode !== RCODE.NOERROR) return failed(rcodeStatus(rcode), `DNS RCODE ${rcode}`, ad);
  return collect(bytes, answers, authority, normalizeName(name), type, ad);
}

function rcodeStatus(rcode: number): DnsStatus {
  if (rcode === RCODE.SERVFAIL) return 'SERVFAIL';
  if (rcode === RCODE.REFUSED) return 'REFUSED';
  if (rcode === RCODE.FORMERR) return 'FORMERR';
  return 'OTHER';
}

/** RFC 2308 §5: a negative answer lives for min(SOA TTL, SOA MINIMUM); 60 s without an SOA. */
function negativeTtl(bytes: Uint8Array, authority: RawRecord[]): number {
  const soa = authority.find((r) => r.type === 6);
  if (!soa) return 60;
  const mname = readName(bytes, soa.at);
  if (!mname.ok) return 60;
  const rname = readName(bytes, mname.next);
  if (!rname.ok || rname.next + 20 > soa.at + soa.rdata.length) return 60;
  return Math.min(soa.ttl, u32(bytes, rname.next + 16));
}

/** Follow the CNAME chain from the question name and collect records of the asked type. */
function collect(bytes: Uint8Array, answers: RawRecord[], authority: RawRecord[], qname: string, type: RRType, ad: boolean): DecodedAnswer {
  const chain = new Set([qname]);
  let current = qname;
  const wanted = RR_CODE[type];
  for (let hop = 0; hop < MAX_CNAME_HOPS && type !== 'CNAME'; hop++) {
    const alias = answers.find((r) => r.type === RR_CODE.CNAME && r.owner === current);
    if (!alias) break;
    const target = readName(bytes, alias.at);
    if (!target.ok) return failed('MALFORMED', `CNAME: ${target.reason}`, ad);
    current = normalizeName(target.name);
    if (chain.has(current)) return failed('MALFORMED', 'CNAME loop in the answer', ad);
    chain.add(current);
  }
  const records: DnsRecord[] = [];
  let ttl = Number.POSITIVE_INFINITY;
  for (const r of answers) {
    // RRSIG (46) may accompany any answer when DO is set.
    if (r.type === 46) continue;
    if (!chain.has(r.owner) || (r.type !== wanted && r.type !== RR_CODE.CNAME)) {
      return failed('MALFORMED', `answer name/type mismatch: ${r.owner}/${r.type} in the answer to ${qname}/${type}`, ad);
    }
    if (r.type !== wanted || r.owner !== current) continue;
    const rec = decodeRdata(bytes, r, type);
    if (rec === null) return failed('MALFORMED', `${type} record data is malformed`, ad);
    records.push(rec);
    ttl = Math.min(ttl, r.ttl);
  }
  if (records.length === 0) ttl = negativeTtl(bytes, authority);
  return { answer: { status: 'NOERROR', records, ad, detail: null }, ttl: Number.isFinite(ttl) ? ttl : 0 };
}

function decodeRdata(bytes: Uint8Array, r: RawRecord, type: RRType): DnsRecord | null {
  const d = r.rdata;
  switch (type) {
    case 'A':
      return d.length === 4 ? { type, address: formatIPv4(d) } : null;
    case 'AAAA':
      return d.length === 16 ? { type, address: formatIPv6(d) } : null;
    case 'TXT': {
      const strings = decodeTxtStrings(d);
      return strings === null ? null : { type, strings, text: strings.join('') };
    }
    case 'MX': {
      if (d.length < 3) return null;
      const ex = readName(bytes, r.at + 2);
      return ex.ok && ex.next === r.at + d.length ? { type, preference: u16(d, 0), exchange: ex.name } : null;
    }
    case 'PTR':
    case 'CNAME':
    case 'NS': {
      const n = readName(bytes, r.at);
      return n.ok && n.next === r.at + d.length ? { type, name: n.name } : null;
    }
  }
}

