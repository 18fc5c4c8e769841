/** SPF results and evaluation state (RFC 7208 §2.6 result vocabulary). */
import type { DnsResolver } from '../dns/types';
import type { SpfCode } from './codes';

export type SpfResultCode = 'none' | 'neutral' | 'pass' | 'fail' | 'softfail' | 'temperror' | 'permerror';

export interface SpfResult {
  result: SpfResultCode;
  /** The domain check_host() started with. */
  domain: string;
  /** The connecting IP (canonical text), or the input when it was not an address. */
  ip: string;
  sender: string;
  /** Explanation (exp=) for a fail, or null. */
  explanation: string | null;
  /** DNS-querying mechanisms and modifiers evaluated (RFC 7208 §4.6.4 counts to 10). */
  lookups: number;
  voidLookups: number;
  /** The terms that decided, outermost first: ["include:_spf.google.com", "ip4:209.85.128.0/17"]. */
  path: string[];
  /** Plain words: "matched include:_spf.google.com -> ip4:209.85.128.0/17". */
  reason: string;
  /** Stable code: `spf.match`, `spf.default`, `spf.none.no-record`, `spf.limit.lookups`, `spf.dns.timeout` ... */
  code: SpfCode;
  /** The top-level record, or null when none was found. */
  record: string | null;
}

export interface SpfDeps {
  dns: DnsResolver;
  /** Clock for %{t} (epoch ms); 0 when absent. */
  now?: () => number;
  /** %{r}: the receiving host's name (default "unknown"). */
  receiver?: string;
  signal?: AbortSignal;
  /** Start independent lookups of later terms early (default true); counting stays as the RFC says. */
  prefetch?: boolean;
  /** §4.6.4 limits (defaults 10 and 2). */
  maxLookups?: number;
  maxVoidLookups?: number;
}

export interface CheckHostParams {
  ip: string;
  domain: string;
  sender: string;
  helo: string;
}
