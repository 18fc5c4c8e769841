/** Blocklist (DNSxL, RFC 5782) catalogue entries, check results and the Report's `reputation` field. */
import type { DnsResolver } from '../dns/types';

export type ListKind = 'ip' | 'domain';
export type CheckStatus = 'listed' | 'clear' | 'unknown';

/** What one return code says: a listing, or an error of the query itself (never a listing, never "clear"). */
export type CodeKind = 'listed' | 'refused' | 'rate-limited' | 'key-error' | 'query-error';

export interface ReturnCode {
  code: string;
  kind: CodeKind;
  meaning: string;
}

/** One bit of a bitmask list (SURBL, URIBL): the last octet of 127.0.0.x sums the bits. */
export interface ReturnBit {
  bit: number;
  kind: CodeKind;
  meaning: string;
}

/** Whether the list answers queries that reach it through Cloudflare / Google / Quad9 DoH. */
export type PublicResolvers = 'yes' | 'no' | 'partly' | 'unknown';

export interface Blocklist {
  /** Stable id, e.g. `spamhaus-zen`. */
  id: string;
  name: string;
  kind: ListKind;
  zone: string;
  /** IP lists: whether IPv6 addresses are listed in the same zone (RFC 5782 §2.4 nibble names). */
  ipv6: boolean;
  publicResolvers: PublicResolvers;
  /** Why, with the evidence, in one or two sentences. */
  publicResolversNote: string;
  /** Exact return codes (A records). */
  codes: readonly ReturnCode[];
  /** Bitmask lists: meanings of the bits of the last octet of 127.0.0.x. */
  bits?: readonly ReturnBit[];
  /** Answers starting with this prefix are errors of the query (Spamhaus 127.255.255.0/24). */
  errorPrefix?: { prefix: string; kind: CodeKind; meaning: string };
  /**
   * RFC 5782 §5 test points (names relative to the zone): entries that must be listed (any one listed is
   * enough: the RFC's own and the operator's documented one), and one that must not be.
   */
  testListed: readonly string[];
  testClear: string;
  /** Where to look the target up by hand. */
  lookup: string;
  /** How to get off the list. */
  delist: string;
  /** What to do when the list refuses our queries. */
  whenRefused: string;
  /** A personal data-query key turns the zone into this one (Spamhaus DQS). */
  dqsZone?: (key: string) => string;
}

/** A list we know of but do not query, and why (shut down, needs a paid key). */
export interface RetiredList {
  id: string;
  name: string;
  zone: string;
  note: string;
}

/** contract: one target on one list. */
export interface ReputationCheck {
  target: string;
  kind: ListKind;
  /** The list's display name. */
  list: string;
  status: CheckStatus;
  /** The answer as returned (A records joined with ", "), or the DNS status of a failed lookup, or null. */
  code: string | null;
  /** What the answer means; for "unknown", why we could not tell and what to do. */
  meaning: string;
  /** Where to check by hand and how to get delisted. */
  delist: string;
  /** Added: stable list id. */
  listId: string;
  /** Added: where the target came from ("connecting IP (hop 3)", "From domain", "link in the body"). */
  source: string;
  /** Added: stable reason for "unknown" (`reputation.refused`, `reputation.dns.timeout`, ...), null otherwise. */
  reason: string | null;
}

/** contract. */
export interface Reputation {
  checks: ReputationCheck[];
  /** Lists not queried (shut down), targets left out by the limits, DQS key problems. */
  notes: string[];
  /** False when live checks were off (no resolver): nothing was queried. */
  live: boolean;
}

export interface TargetSource {
  target: string;
  source: string;
}

export interface ReputationTargets {
  /** Canonical public IPs, the connecting IP first. */
  ips: string[];
  /** Organizational domains, sender domains before link domains. */
  domains: string[];
  /** Where each target came from (optional; "sending IP" / "domain" when absent). */
  sources?: readonly TargetSource[];
  notes?: readonly string[];
}

/** Outcome of one list's RFC 5782 §5 health check through one resolver. */
export interface HealthResult {
  ok: boolean;
  /** Stable reason when not ok. */
  reason: string | null;
  /** Why, in words, when not ok. */
  detail: string | null;
  /** The answer that failed the check, if any. */
  code: string | null;
  /** A resolver failure (timeout, SERVFAIL, cancelled): not cached, retried next time. */
  transient: boolean;
}

/**
 * Health-check results per resolver, per list zone. The caller keeps one per session and passes it to every
 * checkReputation call; lib/ holds no state of its own.
 */
export interface HealthCache {
  readonly byResolver: WeakMap<DnsResolver, Map<string, Promise<HealthResult>>>;
  /** Keyed by ReputationDeps.resolverKey when the caller gives one. */
  readonly byKey: Map<string, Map<string, Promise<HealthResult>>>;
}

export function createHealthCache(): HealthCache {
  return { byResolver: new WeakMap(), byKey: new Map() };
}

export interface ReputationLimits {
  /** IP targets checked, the connecting IP first (default 4). */
  maxIps: number;
  /** Domain targets checked, sender domains first (default 6). */
  maxDomains: number;
  /** DNS queries in all, health checks included (default 80). */
  maxQueries: number;
}

export interface ReputationDeps {
  /** null = live checks off: nothing is queried and every check is "unknown". */
  dns: DnsResolver | null;
  signal?: AbortSignal;
  health: HealthCache;
  /**
   * A stable name for the resolver (its DoH URL, say). Give it when `dns` is a per-message wrapper (a query
   * budget) around a long-lived resolver, so health results are shared across messages; else `dns` itself is the key.
   */
  resolverKey?: string;
  /** Spamhaus Data Query Service key (free for non-commercial use). */
  dqsKey?: string | null;
  limits?: Partial<ReputationLimits>;
}
