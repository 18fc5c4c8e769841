/** One DNS query that never throws, is not sent after cancellation, and stops waiting when cancelled. */
import type { DnsAnswer, DnsResolver, RRType } from '../dns/types';
import { RESOLVER_FAILED, untilAborted } from '../dns/until-aborted';

const ABORTED: DnsAnswer = { status: 'ABORTED', records: [], ad: false, detail: 'cancelled' };

/** A query that cannot throw, is not sent once the signal has fired, and stops waiting when it fires. */
export async function safeQuery(
  dns: DnsResolver,
  name: string,
  type: RRType,
  signal: AbortSignal | undefined,
): Promise<DnsAnswer> {
  if (signal?.aborted) return ABORTED;
  try {
    return await untilAborted(dns.query(name, type, signal ? { signal } : {}), signal, ABORTED);
  } catch {
    return RESOLVER_FAILED;
  }
}
