/**
 * The DoH JSON API (application/dns-json, Google and Cloudflare style; no RFC). Status is the RCODE,
 * AD the authentic-data flag, Answer[].data the record text. TXT data is parsed as presentation-format
 * character-strings: Cloudflare quotes each one (`"part1" "part2"`), Google sends the text unquoted.
 * JSON cannot carry string boundaries reliably, which is why wire format is the default (NOTES §3.2).
 */
import type { DnsRecord, RRType } from './types';
import type { DecodedAnswer } from './wire-response';
import { RCODE, RR_CODE } from './rr-codes';
import { normalizeName } from './dns-name';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './ip-text';
import { parseTxtPresentation } from './txt-presentation';

/** Aliases followed in one answer, as in wire mode (lib/dns/wire-response.ts). */
const MAX_CNAME_HOPS = 16;

function failed(status: DecodedAnswer['answer']['status'], detail: string): DecodedAnswer {
  return { answer: { status, records: [], ad: false, detail }, ttl: 0 };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Decode a JSON API body as the answer to (`name`, `type`). Never throws. */
export function decodeJsonAnswer(body: string, name: string, type: RRType): DecodedAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return failed('MALFORMED', 'DoH JSON response is not valid JSON');
  }
  if (!isObject(parsed) || typeof parsed.Status !== 'number') return failed('MALFORMED', 'DoH JSON response has no numeric Status');
  const ad = parsed.AD === true;
  if (parsed.TC === true) return { answer: { status: 'TRUNCATED', records: [], ad, detail: 'DoH JSON response has TC set' }, ttl: 0 };
  const status = parsed.Status;
  if (status === RCODE.NXDOMAIN) return { answer: { status: 'NXDOMAIN', records: [], ad, detail: null }, ttl: 60 };
  if (status !== RCODE.NOERROR) {
    const s = status === RCODE.SERVFAIL ? 'SERVFAIL' : status === RCODE.REFUSED ? 'REFUSED' : status === RCODE.FORMERR ? 'FORMERR' : 'OTHER';
    return { answer: { status: s, records: [], ad, detail: `DNS RCODE ${status}` }, ttl: 0 };
  }
  const question = Array.isArray(parsed.Question) ? (parsed.Question[0] as unknown) : undefined;
  if (isObject(question) && typeof question.name === 'string' && normalizeName(question.name) !== normalizeName(name)) {
    return failed('MALFORMED', `response is for ${question.name}, not the question asked`);
  }
  const list: unknown[] = Array.isArray(parsed.Answer) ? (parsed.Answer as unknown[]) : [];
  const chain = new Set([normalizeName(name)]);
  let current = normalizeName(name);
  const records: DnsRecord[] = [];
  let ttl = Number.POSITIVE_INFINITY;
  for (const item of list.slice(0, 512)) {
    if (!isObject(item) || typeof item.name !== 'string' || typeof item.type !== 'number' || typeof item.data !== 'string') {
      return failed('MALFORMED', 'DoH JSON answer entry is malformed');
    }
    const owner = normalizeName(item.name);
    if (item.type === 46) continue;
    if (!chain.has(owner)) return failed('MALFORMED', `answer name/type mismatch: ${item.name} in the answer to ${name}`);
    if (item.type === RR_CODE.CNAME && type !== 'CNAME') {
      if (owner === current) {
        current = normalizeName(item.data);
        // RFC 1034 §3.6.2: an alias chain that comes back to a name already in it never ends (wire mode says the same).
        if (chain.has(current)) return failed('MALFORMED', 'CNAME loop in the answer');
        if (chain.size > MAX_CNAME_HOPS) return failed('MALFORMED', 'CNAME chain too long');
        chain.add(current);
      }
      continue;
    }
    if (item.type !== RR_CODE[type]) return failed('MALFORMED', `answer name/type mismatch: type ${item.type} in the answer to ${name}/${type}`);
    if (owner !== current) continue;
    const rec = parseData(item.data, type);
    if (rec === null) return failed('MALFORMED', `${type} record data is malformed`);
    records.push(rec);
    if (typeof item.TTL === 'number') ttl = Math.min(ttl, item.TTL);
  }
  return { answer: { status: 'NOERROR', records, ad, detail: null }, ttl: Number.isFinite(ttl) ? ttl : 60 };
}

function parseData(data: string, type: RRType): DnsRecord | null {
  switch (type) {
    case 'A': {
      const b = parseIPv4(data);
      return b ? { type, address: formatIPv4(b) } : null;
    }
    case 'AAAA': {
      const b = parseIPv6(data);
      return b ? { type, address: formatIPv6(b) } : null;
    }
    case 'TXT': {
      const strings = parseTxtPresentation(data);
      return strings === null ? null : { type, strings, text: strings.join('') };
    }
    case 'MX': {
      const space = data.indexOf(' ');
      const pref = Number(data.slice(0, space));
      if (space < 1 || !Number.isInteger(pref) || pref < 0 || pref > 65535) return null;
      return { type, preference: pref, exchange: stripDot(data.slice(space + 1).trim()) };
    }
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { type, name: stripDot(data.trim()) };
  }
}

function stripDot(n: string): string {
  return n.endsWith('.') ? n.slice(0, -1) : n;
}
