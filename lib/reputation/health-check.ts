/**
 * RFC 5782 §5 health check: a list's answers are believed only if its always-listed test entry answers "listed"
 * through the same resolver, and its "listed" answers only if its never-listed entry answers NXDOMAIN. The first is
 * asked before the list's answers are used; the second only when a target is listed (a list that answers everything
 * cannot give NXDOMAIN for a target, so a "not listed" answer needs no second question). One check of each per list
 * zone per resolver per session (the caller's HealthCache); resolver failures are not cached.
 */
import type { DnsResolver } from '../dns/types';
import type { ActiveList } from './catalogue';
import { decodeAnswer, type Decoded } from './decode-answer';
import { domainQueryName, reversedName } from './query-name';
import { safeQuery } from './safe-query';
import type { HealthCache, HealthResult } from './types';

export function testPointName(active: ActiveList, point: string): string {
  return active.list.kind === 'ip'
    ? (reversedName(point, active.zone) ?? `${point}.${active.zone}`)
    : domainQueryName(point, active.zone);
}

const OK: HealthResult = { ok: true, reason: null, detail: null, code: null, transient: false };

const transient = (d: Decoded): boolean =>
  d.status === 'unknown' && (d.errorKind === null || d.errorKind === 'rate-limited');

/** A refusal, key error or rewritten answer is definitive: the list cannot be used through this resolver. */
function definitive(d: Decoded): HealthResult {
  return { ok: false, reason: d.reason, detail: d.meaning, code: d.code, transient: false };
}

function failed(d: Decoded): HealthResult {
  const detail = `${d.meaning} (This happened while checking the list's test entries.)`;
  return { ok: false, reason: d.reason, detail, code: d.code, transient: true };
}

/** The always-listed entries, one at a time until one answers "listed" (the first, when the list is healthy). */
export async function checkTestListed(
  active: ActiveList,
  dns: DnsResolver,
  signal?: AbortSignal,
): Promise<HealthResult> {
  const { list } = active;
  let firstTransient: Decoded | null = null;
  const codes: (string | null)[] = [];
  for (const point of list.testListed) {
    const d = decodeAnswer(list, await safeQuery(dns, testPointName(active, point), 'A', signal));
    if (d.status === 'listed') return OK;
    if (d.status === 'unknown' && !transient(d)) return definitive(d);
    if (transient(d)) firstTransient ??= d;
    codes.push(d.code);
  }
  if (firstTransient) return failed(firstTransient);
  return {
    ok: false,
    reason: 'reputation.health.test-not-listed',
    detail: `Could not check: the list did not list its own always-listed test entry (${list.testListed.join(' or ')}) through this resolver, so its "not listed" answers mean nothing here. It may quietly refuse this resolver or may have shut down. ${list.whenRefused}`,
    code: codes.find((c) => c !== null) ?? null,
    transient: false,
  };
}

/** The never-listed entry: NXDOMAIN, or the list (or the resolver) answers everything. */
export async function checkTestClear(
  active: ActiveList,
  dns: DnsResolver,
  signal?: AbortSignal,
): Promise<HealthResult> {
  const { list } = active;
  const d = decodeAnswer(list, await safeQuery(dns, testPointName(active, list.testClear), 'A', signal));
  if (d.status === 'clear') return OK;
  if (d.status === 'unknown') return transient(d) ? failed(d) : definitive(d);
  return {
    ok: false,
    reason: 'reputation.health.lists-everything',
    detail: `Could not check: the list says its never-listed test entry (${list.testClear}) is listed (${d.code ?? ''}). It answers everything (a wildcard, a lapsed domain, or a resolver that rewrites answers), so its "listed" answers cannot be trusted.`,
    code: d.code,
    transient: false,
  };
}

/** Both halves of the check, in order (what a caller that needs the whole verdict on a list asks). */
export async function checkHealth(active: ActiveList, dns: DnsResolver, signal?: AbortSignal): Promise<HealthResult> {
  const listed = await checkTestListed(active, dns, signal);
  return listed.ok ? checkTestClear(active, dns, signal) : listed;
}

export type HealthPart = 'listed' | 'clear';

/** One half of one list's health through one resolver, checked once and shared by concurrent callers. */
export function healthFor(
  cache: HealthCache,
  dns: DnsResolver,
  active: ActiveList,
  part: HealthPart,
  signal?: AbortSignal,
  resolverKey?: string,
): Promise<HealthResult> {
  let perResolver = resolverKey === undefined ? cache.byResolver.get(dns) : cache.byKey.get(resolverKey);
  if (!perResolver) {
    perResolver = new Map();
    if (resolverKey === undefined) cache.byResolver.set(dns, perResolver);
    else cache.byKey.set(resolverKey, perResolver);
  }
  const map = perResolver;
  const key = `${active.list.id} ${active.zone} ${part}`;
  const cached = map.get(key);
  if (cached) return cached;
  const check = part === 'listed' ? checkTestListed : checkTestClear;
  const pending: Promise<HealthResult> = check(active, dns, signal).then((r) => {
    if (r.transient && map.get(key) === pending) map.delete(key);
    return r;
  });
  map.set(key, pending);
  return pending;
}
