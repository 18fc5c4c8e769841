/**
 * host/: effects shared by the two hosts of the core (the CLI on Node, the extension's worker), written
 * against the globals both have (fetch, timers). lib/ stays pure: it receives these as arguments.
 */
import { createDohResolver, type DnsCache, type DohFormat } from '../lib/dns';
import type { DnsResolver } from '../lib/dns/types';

export interface GlobalDohOptions {
  endpoint: string;
  format: DohFormat;
  /** Most questions one analysis may ask. */
  maxQueries: number;
  cache?: DnsCache;
}

/** A DoH resolver on the host's own fetch and timers (3 s per question). */
export function globalDohResolver(opts: GlobalDohOptions): DnsResolver {
  return createDohResolver({
    fetch: (url, init) => fetch(url, init),
    endpoint: opts.endpoint,
    format: opts.format,
    timeoutMs: 3000,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => {
      clearTimeout(t as ReturnType<typeof setTimeout>);
    },
    maxQueries: opts.maxQueries,
    now: () => Date.now(),
    ...(opts.cache === undefined ? {} : { cache: opts.cache }),
  });
}
