/**
 * A TTL cache for DNS answers with an injected clock (GUIDE rule 1). Only answers are cached (NOERROR,
 * NXDOMAIN); failures are retried next time. Bounded: the oldest entry goes first when full.
 */
import type { DnsAnswer, RRType } from './types';
import { normalizeName } from './dns-name';

export interface DnsCacheOptions {
  now: () => number;
  maxEntries?: number;
  /** Upper bound on any TTL, seconds (default 3600). */
  maxTtl?: number;
}

export interface DnsCache {
  get(name: string, type: RRType): DnsAnswer | null;
  set(name: string, type: RRType, answer: DnsAnswer, ttlSeconds: number): void;
  readonly size: number;
}

export function cacheKey(name: string, type: RRType): string {
  return `${type} ${normalizeName(name)}`;
}

export function createDnsCache(options: DnsCacheOptions): DnsCache {
  const entries = new Map<string, { answer: DnsAnswer; expires: number }>();
  const max = options.maxEntries ?? 1000;
  const maxTtl = options.maxTtl ?? 3600;
  return {
    get(name, type) {
      const key = cacheKey(name, type);
      const hit = entries.get(key);
      if (!hit) return null;
      if (options.now() >= hit.expires) {
        entries.delete(key);
        return null;
      }
      return hit.answer;
    },
    set(name, type, answer, ttlSeconds) {
      if (answer.status !== 'NOERROR' && answer.status !== 'NXDOMAIN') return;
      const ttl = Math.min(Math.max(0, ttlSeconds), maxTtl);
      if (ttl === 0) return;
      const key = cacheKey(name, type);
      entries.delete(key);
      entries.set(key, { answer, expires: options.now() + ttl * 1000 });
      while (entries.size > max) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
