/**
 * One _dmarc TXT lookup (RFC 7489 §6.6.3 steps 1-2): keep the records that start with v=DMARC1.
 * "multiple" when more than one remains (both RFC 7489 and DMARCbis then discard them).
 */
import type { DnsResolver } from '../dns/types';
import { isAnswer } from '../dns/types';
import { isDmarcRecord } from './parse-record';

export type FetchedRecord =
  | { kind: 'record'; domain: string; text: string }
  | { kind: 'none'; domain: string }
  | { kind: 'multiple'; domain: string; count: number }
  | { kind: 'error'; domain: string; status: string; detail: string };

export async function fetchDmarcRecord(dns: DnsResolver, domain: string, signal?: AbortSignal): Promise<FetchedRecord> {
  const answer = await dns.query(`_dmarc.${domain}`, 'TXT', signal ? { signal } : {});
  if (!isAnswer(answer)) return { kind: 'error', domain, status: answer.status, detail: answer.detail ?? answer.status };
  const texts = answer.records.flatMap((r) => (r.type === 'TXT' && isDmarcRecord(r.text) ? [r.text] : []));
  if (texts.length === 0) return { kind: 'none', domain };
  if (texts.length > 1) return { kind: 'multiple', domain, count: texts.length };
  return { kind: 'record', domain, text: texts[0] ?? '' };
}
