/**
 * createDohResolver: a DnsResolver over DNS-over-HTTPS with an injected fetch (RFC 8484 wire format by
 * default, the JSON API on request). Adds a per-query timeout (injected timers), cancellation through
 * the caller's AbortSignal, in-flight de-duplication, a TTL cache (injected clock) and a query budget:
 * past `maxQueries` network queries every new question answers BUDGET (security goal G4, docs/security-goals.md: ≤ 30 per message).
 */
import type { DnsAnswer, DnsResolver, QueryOptions, RRType } from './types';
import type { FetchLike, TimerFns } from './fetch-types';
import type { DohFormat } from './types';
import type { DecodedAnswer } from './wire-response';
import { createDnsCache, cacheKey, type DnsCache } from './cache';
import { dohExchange, failedAnswer } from './doh-request';
import { isValidDnsName } from './dns-name';

export interface DohResolverOptions {
  fetch: FetchLike;
  endpoint: string;
  /** 'wire' (RFC 8484, default) or 'json' (application/dns-json). */
  format?: DohFormat;
  /** Wire format only: GET ?dns= (default, cache-friendly) or POST. */
  method?: 'GET' | 'POST';
  /** Per-query timeout; needs setTimer/clearTimer (default 3000 ms). */
  timeoutMs?: number;
  setTimer?: TimerFns['setTimer'];
  clearTimer?: TimerFns['clearTimer'];
  /** Network queries this resolver may send (default 30); cache hits and joined queries are free. */
  maxQueries?: number;
  /** A shared cache; when absent and `now` is given, a private one is made. */
  cache?: DnsCache;
  now?: () => number;
}

export interface DohResolver extends DnsResolver {
  /** Network queries sent so far. */
  readonly sent: number;
  readonly endpoint: string;
  readonly format: DohFormat;
}

interface InFlight {
  promise: Promise<DecodedAnswer>;
  controller: AbortController;
  waiters: number;
}

const ABORTED: DnsAnswer = { status: 'ABORTED', records: [], ad: false, detail: 'query cancelled' };

export function createDohResolver(options: DohResolverOptions): DohResolver {
  const format = options.format ?? 'wire';
  const method = options.method ?? 'GET';
  const timeoutMs = options.timeoutMs ?? 3000;
  const maxQueries = options.maxQueries ?? 30;
  const cache = options.cache ?? (options.now ? createDnsCache({ now: options.now }) : null);
  const inflight = new Map<string, InFlight>();
  let sent = 0;

  function start(name: string, type: RRType, key: string): InFlight {
    const controller = new AbortController();
    let timer: unknown = null;
    const timedOut = new Promise<DecodedAnswer>((resolve) => {
      if (options.setTimer && options.clearTimer && timeoutMs > 0) {
        timer = options.setTimer(() => {
          resolve(failedAnswer('TIMEOUT', `no answer from the DoH server within ${timeoutMs} ms`));
          controller.abort();
        }, timeoutMs);
      }
    });
    const exchange = dohExchange({ fetch: options.fetch, endpoint: options.endpoint, format, method, name, type, signal: controller.signal });
    const promise = Promise.race([exchange, timedOut]).then((result) => {
      if (timer !== null) options.clearTimer?.(timer);
      inflight.delete(key);
      if (cache) cache.set(name, type, result.answer, result.ttl);
      return result;
    });
    const entry = { promise, controller, waiters: 0 };
    inflight.set(key, entry);
    return entry;
  }

  async function query(name: string, type: RRType, queryOptions?: QueryOptions): Promise<DnsAnswer> {
    const signal = queryOptions?.signal;
    if (signal?.aborted === true) return ABORTED;
    if (!isValidDnsName(name)) return failedAnswer('FORMERR', `${name} is not a valid DNS name`).answer;
    const cached = cache?.get(name, type);
    if (cached) return cached;
    const key = cacheKey(name, type);
    let entry = inflight.get(key);
    if (!entry) {
      if (sent >= maxQueries) return { status: 'BUDGET', records: [], ad: false, detail: `DNS query budget of ${maxQueries} used up` };
      sent++;
      entry = start(name, type, key);
    }
    const joined = entry;
    joined.waiters++;
    if (!signal) return (await joined.promise).answer;
    let onAbort = (): void => undefined;
    const cancelled = new Promise<DnsAnswer>((resolve) => {
      onAbort = () => {
        joined.waiters--;
        // The last interested caller is gone: stop the request itself.
        if (joined.waiters === 0) joined.controller.abort();
        resolve(ABORTED);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([joined.promise.then((r) => r.answer), cancelled]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  return {
    query,
    get sent() {
      return sent;
    },
    endpoint: options.endpoint,
    format,
  };
}
