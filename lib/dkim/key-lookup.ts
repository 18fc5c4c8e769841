/**
 * RFC 6376 §3.6.2.2 / §6.1.2: fetch the key record over the injected resolver. A lookup that fails is
 * temperror; a key that does not exist or cannot be read is permerror. Never pass on a DNS problem.
 */
import type { DnsAnswer, DnsResolver } from '../dns/types';
import { skippedDetail } from '../dns/skipped';
import type { KeyRecord } from './key-record';
import { parseKeyRecord } from './key-record';
import type { DkimCode } from './codes';

export type KeyLookup =
  | { ok: true; name: string; record: KeyRecord; text: string }
  | { ok: false; name: string; result: 'temperror' | 'permerror'; code: DkimCode; detail: string };

/** Longest TXT text we read as a key (an 8192-bit RSA key is about 1.4 kB of base64). */
const MAX_KEY_TEXT = 8192;

function failure(name: string, answer: DnsAnswer): KeyLookup {
  const skipped = skippedDetail(answer);
  if (skipped !== null) return { ok: false, name, result: 'temperror', code: answer.status === 'TIMEOUT' ? 'dkim.dns.timeout' : 'dkim.dns.error', detail: `${skipped}; the key at ${name} was not fetched` };
  const why = answer.detail !== null ? ` (${answer.detail.slice(0, 120)})` : '';
  switch (answer.status) {
    case 'NXDOMAIN':
      return { ok: false, name, result: 'permerror', code: 'dkim.key.not-found', detail: `no key record at ${name} (the name does not exist)` };
    case 'TIMEOUT':
      return { ok: false, name, result: 'temperror', code: 'dkim.dns.timeout', detail: `the DNS lookup of ${name} timed out${why}` };
    case 'SERVFAIL':
      return { ok: false, name, result: 'temperror', code: 'dkim.dns.servfail', detail: `the DNS server failed to answer for ${name} (SERVFAIL)${why}` };
    default:
      return { ok: false, name, result: 'temperror', code: 'dkim.dns.error', detail: `the DNS lookup of ${name} failed: ${answer.status}${why}` };
  }
}

export async function lookupKey(dns: DnsResolver, selector: string, domain: string): Promise<KeyLookup> {
  const name = `${selector}._domainkey.${domain}`;
  let answer: DnsAnswer;
  try {
    answer = await dns.query(name, 'TXT');
  } catch (e) {
    // The interface never throws; a resolver that does is treated as a lookup failure.
    return { ok: false, name, result: 'temperror', code: 'dkim.dns.error', detail: `the DNS lookup of ${name} failed: ${e instanceof Error ? e.message.slice(0, 120) : 'error'}` };
  }
  if (answer.status !== 'NOERROR') return failure(name, answer);
  const texts = answer.records.flatMap((r) => (r.type === 'TXT' ? [r.text] : []));
  if (texts.length === 0) return { ok: false, name, result: 'permerror', code: 'dkim.key.not-found', detail: `no key record at ${name} (no TXT record)` };
  // RFC 6376 §3.6.2.2: TXT RRs MUST be unique per selector; with several, the result is undefined.
  if (texts.length > 1) {
    return { ok: false, name, result: 'permerror', code: 'dkim.key.ambiguous', detail: `${String(texts.length)} TXT records at ${name}; a selector must publish exactly one key` };
  }
  const text = texts[0] ?? '';
  if (text.length > MAX_KEY_TEXT) return { ok: false, name, result: 'permerror', code: 'dkim.key.malformed', detail: `the TXT record at ${name} is too long to be a key` };
  const parsed = parseKeyRecord(text);
  if (!parsed.ok) return { ok: false, name, result: 'permerror', code: parsed.code, detail: `${parsed.detail} (at ${name})` };
  return { ok: true, name, record: parsed.record, text };
}
