import { globalDohResolver } from '../host/global-doh';
import { dohProvider, DOH_PROVIDERS, type DohFormat } from '../lib/settings';
import type { DnsResolver } from '../lib/dns/types';

export interface ResolverChoice {
  dns: DnsResolver | null;
  label: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An endpoint the user typed: https anywhere, plain http only on this machine (a local test or stub server). */
function checkEndpoint(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `not a URL: ${url}`;
  }
  if (u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname))) return null;
  return `DoH endpoint must be https (or http on 127.0.0.1): ${url}`;
}

/** What the command line says about DNS (plain data: each worker thread builds its own resolver from it). */
export interface ResolverOptions {
  offline: boolean;
  resolver: string | null;
  dns: string | null;
  dnsJson: string | null;
  /** Deadline of the live checks of one message, in seconds (security goal G4, docs/security-goals.md); 8 when absent. */
  timeoutSeconds?: number;
}

/**
 * The CLI's resolver: none unless the user chose one (--resolver NAME, --dns URL, --dns-json URL);
 * --offline wins over everything and guarantees no network at all.
 */
export function chooseResolver(opts: ResolverOptions): ResolverChoice | string {
  if (opts.offline) return { dns: null, label: 'off' };
  let endpoint: string;
  let format: DohFormat = 'wire';
  let label: string;
  if (opts.dns !== null || opts.dnsJson !== null) {
    endpoint = opts.dns ?? opts.dnsJson ?? '';
    format = opts.dns !== null ? 'wire' : 'json';
    const bad = checkEndpoint(endpoint);
    if (bad) return bad;
    label = `${new URL(endpoint).host} (${format === 'wire' ? 'RFC 8484' : 'JSON'})`;
  } else if (opts.resolver !== null) {
    const p = dohProvider(opts.resolver);
    if (!p) return `unknown resolver ${opts.resolver} (choose ${DOH_PROVIDERS.map((d) => d.id).join(', ')})`;
    endpoint = p.wire;
    label = p.label;
  } else {
    return { dns: null, label: 'off' };
  }
  // A new resolver (and cache) per run; analyze() spends at most LIVE_QUERY_BUDGET questions per message.
  const dns = globalDohResolver({ endpoint, format, maxQueries: Number.MAX_SAFE_INTEGER });
  return { dns, label };
}
