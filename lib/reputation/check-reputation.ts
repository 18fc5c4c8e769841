/**
 * Blocklist checks for one message: every (target, list) pair runs in parallel behind its list's health check (the
 * always-listed entry before any answer is used, the never-listed one before a listing is believed),
 * within a fixed budget (targets, queries) and the caller's AbortSignal. Per-query timeouts are the resolver's.
 * No resolver = live checks off: zero queries, every check "unknown".
 */
import { normalizeIp } from '../received/ip';
import { activeLists, RETIRED_LISTS, type ActiveList } from './catalogue';
import { decodeAnswer } from './decode-answer';
import { healthFor } from './health-check';
import { asciiHost } from './host-name';
import { domainQueryName, isIpv6, reversedName } from './query-name';
import { safeQuery } from './safe-query';
import type { HealthResult, ListKind, Reputation, ReputationCheck, ReputationDeps, ReputationLimits, ReputationTargets } from './types';

export const DEFAULT_REPUTATION_LIMITS: ReputationLimits = { maxIps: 4, maxDomains: 6, maxQueries: 80 };

interface Pair {
  target: string;
  kind: ListKind;
  source: string;
  active: ActiveList;
  /** The DNSxL query name (RFC 5782 §2.1, §2.2, §2.4). */
  name: string;
}

function capped(values: readonly string[], max: number, what: string, notes: string[]): string[] {
  if (values.length <= max) return [...values];
  const rest = values.slice(max);
  notes.push(`${String(rest.length)} more ${what} not checked (limit ${String(max)}): ${rest.join(', ')}.`);
  return values.slice(0, max);
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

function plan(targets: ReputationTargets, lists: readonly ActiveList[], limits: ReputationLimits, notes: string[]): Pair[] {
  const sourceOf = (target: string, fallback: string): string => targets.sources?.find((s) => s.target === target)?.source ?? fallback;
  const ips = capped(unique(targets.ips.map(normalizeIp)), limits.maxIps, 'IP addresses', notes);
  const domains = capped(unique(targets.domains.map(asciiHost)), limits.maxDomains, 'domains', notes);
  const pairs: Pair[] = [];
  for (const ip of ips) {
    const v6 = isIpv6(ip);
    const ipLists = lists.filter((a) => a.list.kind === 'ip');
    const usable = ipLists.filter((a) => !v6 || a.list.ipv6);
    if (usable.length < ipLists.length) {
      notes.push(`${ip} is an IPv6 address: only the lists that cover IPv6 were asked (${usable.map((a) => a.name).join(', ') || 'none'}).`);
    }
    for (const active of usable) {
      const name = reversedName(ip, active.zone);
      if (name !== null) pairs.push({ target: ip, kind: 'ip', source: sourceOf(ip, 'sending IP'), active, name });
    }
  }
  for (const domain of domains) {
    for (const active of lists.filter((a) => a.list.kind === 'domain')) {
      pairs.push({ target: domain, kind: 'domain', source: sourceOf(domain, 'domain'), active, name: domainQueryName(domain, active.zone) });
    }
  }
  return pairs;
}

function check(p: Pair, status: ReputationCheck['status'], code: string | null, meaning: string, reason: string | null): ReputationCheck {
  return { target: p.target, kind: p.kind, list: p.active.name, status, code, meaning, delist: p.active.list.delist, listId: p.active.list.id, source: p.source, reason };
}

/**
 * Split the pairs into those the query budget covers and the rest. A list's health check is counted once, at its
 * most (every always-listed entry, and the never-listed one asked before a listing is believed).
 */
function withinBudget(pairs: readonly Pair[], maxQueries: number): Set<Pair> {
  const accepted = new Set<Pair>();
  const listsCounted = new Set<ActiveList>();
  let used = 0;
  for (const p of pairs) {
    const cost = 1 + (listsCounted.has(p.active) ? 0 : p.active.list.testListed.length + 1);
    if (used + cost > maxQueries) continue;
    used += cost;
    listsCounted.add(p.active);
    accepted.add(p);
  }
  return accepted;
}

function fromHealth(p: Pair, h: HealthResult): ReputationCheck {
  return check(p, 'unknown', h.code, h.detail ?? 'Could not check: the list failed its health check.', h.reason ?? 'reputation.health.failed');
}

export async function checkReputation(targets: ReputationTargets, deps: ReputationDeps): Promise<Reputation> {
  const limits: ReputationLimits = { ...DEFAULT_REPUTATION_LIMITS, ...deps.limits };
  const { lists, notes } = activeLists(deps.dqsKey);
  notes.push(...(targets.notes ?? []));
  const pairs = plan(targets, lists, limits, notes);
  notes.push(...RETIRED_LISTS.map((r) => r.note));
  const { dns } = deps;
  if (dns === null) {
    const checks = pairs.map((p) =>
      check(p, 'unknown', null, `Could not check: live checks are off, so no blocklist was asked. Turn live checks on (the DNS resolver then sees this ${p.kind === 'ip' ? 'IP' : 'domain'}), or look it up by hand at ${p.active.list.lookup}.`, 'reputation.live-off'),
    );
    return { checks, notes, live: false };
  }
  const { signal } = deps;
  const budget = withinBudget(pairs, limits.maxQueries);
  const checks = await Promise.all(
    pairs.map(async (p): Promise<ReputationCheck> => {
      if (!budget.has(p)) return check(p, 'unknown', null, `Could not check: the limit of ${String(limits.maxQueries)} blocklist queries per message was reached. Look it up by hand at ${p.active.list.lookup}.`, 'reputation.budget');
      const health = await healthFor(deps.health, dns, p.active, 'listed', signal, deps.resolverKey);
      if (!health.ok) return fromHealth(p, health);
      const d = decodeAnswer(p.active.list, await safeQuery(dns, p.name, 'A', signal));
      if (d.status === 'listed') {
        // RFC 5782 §5: a listing counts only from a list that does not list its never-listed entry too.
        const clear = await healthFor(deps.health, dns, p.active, 'clear', signal, deps.resolverKey);
        if (!clear.ok) return fromHealth(p, clear);
      }
      return check(p, d.status, d.code, d.meaning, d.reason);
    }),
  );
  return { checks, notes, live: true };
}
