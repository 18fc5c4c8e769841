/** One DNS query that never throws, is not sent after cancellation, and stops waiting when cancelled. */
import type { DnsAnswer, DnsResolver, RRType } from '../dns/types';

const ABORTED: DnsAnswer = { status: 'ABORTED', records: [], ad: false, detail: 'cancelled' };
// The interface promises never to throw; if a resolver does, it is a failure, never an answer.
const FAILED: DnsAnswer = { status: 'OTHER', records: [], ad: false, detail: 'the resolver failed unexpectedly' };

/** Settle with ABORTED as soon as the signal fires, even if the resolver ignores it. */
function untilAborted(p: Promise<DnsAnswer>, signal: AbortSignal | undefined): Promise<DnsAnswer> {
  if (!signal) return p;
  return new Promise<DnsAnswer>((resolve) => {
    const onAbort = (): void => {
      resolve(ABORTED);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (a) => {
        signal.removeEventListener('abort', onAbort);
        resolve(a);
      },
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve(FAILED);
      },
    );
  });
}

/** A query that cannot throw, is not sent once the signal has fired, and stops waiting when it fires. */
export async function safeQuery(dns: DnsResolver, name: string, type: RRType, signal: AbortSignal | undefined): Promise<DnsAnswer> {
  if (signal?.aborted) return ABORTED;
  try {
    return await untilAborted(dns.query(name, type, signal ? { signal } : {}), signal);
  } catch {
    return FAILED;
  }
}
