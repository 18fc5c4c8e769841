import type { DnsAnswer } from './types';

// The resolver interface promises never to throw; if one does, it is a failure, never an answer.
export const RESOLVER_FAILED: DnsAnswer = {
  status: 'OTHER',
  records: [],
  ad: false,
  detail: 'the resolver failed unexpectedly',
};

/**
 * Settle with `onAbort` as soon as the signal fires, even if the resolver ignores the signal; a rejected
 * query settles as RESOLVER_FAILED. Without a signal the query is returned as it is.
 */
export function untilAborted(
  p: Promise<DnsAnswer>,
  signal: AbortSignal | undefined,
  onAbort: DnsAnswer,
): Promise<DnsAnswer> {
  if (!signal) return p;
  return new Promise<DnsAnswer>((resolve) => {
    const abort = (): void => {
      resolve(onAbort);
    };
    signal.addEventListener('abort', abort, { once: true });
    p.then(
      (a) => {
        signal.removeEventListener('abort', abort);
        resolve(a);
      },
      () => {
        signal.removeEventListener('abort', abort);
        resolve(RESOLVER_FAILED);
      },
    );
  });
}
