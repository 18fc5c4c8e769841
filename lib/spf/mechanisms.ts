/**
 * Evaluating the DNS-free and address mechanisms (RFC 7208 §5.1-§5.7): all, a, mx, ptr, ip4, ip6, exists.
 * include is in check-host.ts (it recurses). Every DNS-querying term is counted before its query
 * (§4.6.4); NXDOMAIN or empty answers count as void lookups; DNS failures are temperror (§5).
 */
import type { Mechanism } from './parse-record';
import type { DnsAnswer } from '../dns/types';
import { dnsError, type Outcome, type SpfEnv } from './env';
import { anyAddressMatches, inNetwork } from './ip-address';
import { validatedNames } from './validated-name';
import { isSubdomainOf } from '../dns/dns-name';
import { isAnswer } from '../dns/types';

const NO_MATCH: Outcome = { kind: 'nomatch' };
const MAX_MX = 10;

function limitError(): Outcome {
  return { kind: 'error', result: 'permerror', code: 'spf.limit.lookups', detail: 'more than 10 DNS-querying mechanisms and modifiers (RFC 7208 §4.6.4)' };
}

/** §4.6.4: a void lookup past the limit is a permerror; otherwise the term just does not match. */
function voidOutcome(env: SpfEnv, name: string): Outcome {
  if (env.state.countVoid()) return NO_MATCH;
  return { kind: 'error', result: 'permerror', code: 'spf.limit.void', detail: `more than 2 void DNS lookups (the last for ${name}) (RFC 7208 §4.6.4)` };
}

function isVoid(a: DnsAnswer): boolean {
  return a.status === 'NXDOMAIN' || a.records.length === 0;
}

export function countOrLimit(env: SpfEnv): Outcome | null {
  return env.state.countLookup() ? null : limitError();
}

/** Evaluate a non-include mechanism against `target` (the expanded domain-spec or the current domain). */
export async function evaluateMechanism(env: SpfEnv, mech: Exclude<Mechanism, { kind: 'include' }>, target: string): Promise<Outcome> {
  const match: Outcome = { kind: 'match', path: [] };
  switch (mech.kind) {
    case 'all':
      return match;
    case 'ip4':
    case 'ip6':
      if (env.ip.v6 !== (mech.kind === 'ip6')) return NO_MATCH;
      return inNetwork(env.ip.bytes, mech.network, mech.prefix) ? match : NO_MATCH;
    case 'a': {
      const limited = countOrLimit(env);
      if (limited) return limited;
      const a = await env.state.query(target, env.ip.v6 ? 'AAAA' : 'A');
      if (!isAnswer(a)) return dnsError(a.status, target, a.detail);
      if (isVoid(a)) return voidOutcome(env, target);
      return anyAddressMatches(a.records, env.ip, env.ip.v6 ? mech.cidr6 : mech.cidr4) ? match : NO_MATCH;
    }
    case 'mx':
      return evaluateMx(env, mech, target);
    case 'ptr': {
      const limited = countOrLimit(env);
      if (limited) return limited;
      const names = await validatedNames(env);
      return names.some((n) => isSubdomainOf(n, target)) ? match : NO_MATCH;
    }
    case 'exists': {
      const limited = countOrLimit(env);
      if (limited) return limited;
      // §5.7: always an A query, whatever the connection's family.
      const a = await env.state.query(target, 'A');
      if (!isAnswer(a)) return dnsError(a.status, target, a.detail);
      if (isVoid(a)) return voidOutcome(env, target);
      return match;
    }
  }
}

/** §5.4: MX lookup, then an address lookup per exchange; more than 10 MX records is a permerror (§4.6.4). */
async function evaluateMx(env: SpfEnv, mech: Extract<Mechanism, { kind: 'a' | 'mx' }>, target: string): Promise<Outcome> {
  const limited = countOrLimit(env);
  if (limited) return limited;
  const mx = await env.state.query(target, 'MX');
  if (!isAnswer(mx)) return dnsError(mx.status, target, mx.detail);
  if (isVoid(mx)) return voidOutcome(env, target);
  const hosts = mx.records.flatMap((r) => (r.type === 'MX' ? [r.exchange] : []));
  if (hosts.length > MAX_MX) return { kind: 'error', result: 'permerror', code: 'spf.limit.mx', detail: `${target} has ${hosts.length} MX records; at most 10 may be looked up (RFC 7208 §4.6.4)` };
  const type = env.ip.v6 ? 'AAAA' : 'A';
  // Ask for all exchanges at once; read the answers in order.
  const answers = hosts.map((h) => (h === '' || h === '.' ? null : env.state.query(h, type)));
  for (let i = 0; i < answers.length; i++) {
    const pending = answers[i];
    if (!pending) continue;
    const a = await pending;
    if (!isAnswer(a)) return dnsError(a.status, hosts[i] ?? '', a.detail);
    if (anyAddressMatches(a.records, env.ip, env.ip.v6 ? mech.cidr6 : mech.cidr4)) return { kind: 'match', path: [] };
  }
  return NO_MATCH;
}
