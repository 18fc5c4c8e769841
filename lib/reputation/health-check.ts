/**
 * RFC 5782 §5 health check: before a list's "not listed" is believed, its always-listed test entry must answer
 * "listed" and its never-listed entry must answer NXDOMAIN through the same resolver. One check per list zone per
 * resolver per session (the caller's HealthCache); resolver failures are not cached.
 */
import type { DnsResolver } from '../dns/types';
import type { ActiveList } from './catalogue';
import { decodeAnswer, type Decoded } from './decode-answer';
import { domainQueryName, reversedName } from './query-name';
import { safeQuery } from './safe-query';
import type { HealthCache, HealthResult } from './types';

export function testPointName(active: ActiveList, point: string): string {
  return active.list.kind === 'ip' ? (reversedName(point, active.zone) ?? `${point}.${active.zone}`) : domainQueryName(point, active.zone);
}

export async function checkHealth(active: ActiveList, dns: DnsResolver, signal?: AbortSignal): Promise<HealthResult> {
  const { list } = active;
  const names = [...list.testListed, list.testClear].map((point) => testPointName(active, point));
  const decoded = (await Promise.all(names.map((n) => safeQuery(dns, n, 'A', signal)))).map((answer) => decodeAnswer(list, answer));
  const clear = decoded[decoded.length - 1];
  const listed = decoded.slice(0, -1);
  const transient = (d: Decoded): boolean => d.status === 'unknown' && (d.errorKind === null || d.errorKind === 'rate-limited');
  // A refusal, key error or rewritten answer anywhere is definitive: the list cannot be used through this resolver.
  const definitive = decoded.find((d) => d.status === 'unknown' && !transient(d));
  if (definitive) return { ok: false, reason: definitive.reason, detail: definitive.meaning, code: definitive.code, transient: false };
  const failed = clear && transient(clear) ? clear : listed.some((d) => d.status === 'listed') ? undefined : listed.find(transient);
  if (failed) return { ok: false, reason: failed.reason, detail: `${failed.meaning} (This happened while checking the list's test entries.)`, code: failed.code, transient: true };
  if (!listed.some((d) => d.status === 'listed')) {
    return {
      ok: false,
      reason: 'reputation.health.test-not-listed',
      detail: `Could not check: the list did not list its own always-listed test entry (${list.testListed.join(' or ')}) through this resolver, so its "not listed" answers mean nothing here. It may quietly refuse this resolver or may have shut down. ${list.whenRefused}`,
      code: listed.map((d) => d.code).find((c) => c !== null) ?? null,
      transient: false,
    };
  }
  if (clear?.status !== 'clear') {
    return {
      ok: false,
      reason: 'reputation.health.lists-everything',
      detail: `Could not check: the list says its never-listed test entry (${list.testClear}) is listed (${clear?.code ?? ''}). It answers everything (a wildcard, a lapsed domain, or a resolver that rewrites answers), so its "listed" answers cannot be trusted.`,
      code: clear?.code ?? null,
      transient: false,
    };
  }
  return { ok: true, reason: null, detail: null, code: null, transient: false };
}

/** The health of one list through one resolver, checked once and shared by concurrent callers. */
export function healthFor(cache: HealthCache, dns: DnsResolver, active: ActiveList, signal?: AbortSignal, resolverKey?: string): Promise<HealthResult> {
  let perResolver = resolverKey === undefined ? cache.byResolver.get(dns) : cache.byKey.get(resolverKey);
  if (!perResolver) {
    perResolver = new Map();
    if (resolverKey === undefined) cache.byResolver.set(dns, perResolver);
    else cache.byKey.set(resolverKey, perResolver);
  }
  const map = perResolver;
  const key = `${active.list.id} ${active.zone}`;
  const cached = map.get(key);
  if (cached) return cached;
  const pending: Promise<HealthResult> = checkHealth(active, dns, signal).then((r) => {
    if (r.transient && map.get(key) === pending) map.delete(key);
    return r;
  });
  map.set(key, pending);
  return pending;
}
