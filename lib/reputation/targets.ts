/**
 * What to look up for one message: every public IP at and below the trust boundary (the connecting IP first,
 * then older relays going down toward the sender), then the sender's domains (From, MAIL FROM, DKIM d=), then the
 * domains of links in the body. Stamps below the boundary were written by the sender's side and may be forged:
 * a listed IP there is a hint, the connecting IP is the evidence.
 */
import type { Boundary, Hop } from '../received/types';
import { ipScope, normalizeIp } from '../received/ip';
import { orgDomainOfHostText } from './host-name';
import { linkDomains } from './link-domains';
import type { ReputationTargets, TargetSource } from './types';
import type { MessageText } from '../mime/ascii-text';

export interface DomainInput {
  domain: string;
  /** "From domain", "MAIL FROM domain", "DKIM signing domain" ... */
  source: string;
}

export interface TargetsInput {
  /** Oldest first, as in Report.hops. */
  hops: readonly Hop[] | null | undefined;
  boundary: Boundary | null | undefined;
  domains?: readonly (string | DomainInput)[] | null;
  bodyText?: MessageText | null;
}

export function targetsFor(input: TargetsInput): ReputationTargets {
  const ips: string[] = [];
  const domains: string[] = [];
  const sources: TargetSource[] = [];
  const notes: string[] = [];
  const addIp = (raw: string | null, source: string, connecting: boolean): void => {
    if (raw === null) return;
    const ip = normalizeIp(raw);
    if (ip === null) return;
    const scope = ipScope(ip);
    if (scope !== 'public') {
      if (connecting || scope === 'documentation') notes.push(`${ip} (${source}) is a ${scope} address: blocklists do not list it, so it was not checked.`);
      return;
    }
    const mapped = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
    if (ips.includes(mapped)) return;
    ips.push(mapped);
    sources.push({ target: mapped, source });
  };
  const hops = input.hops ?? [];
  const boundary = input.boundary ?? null;
  if (boundary === null) {
    if (hops.length > 0) notes.push('The point where the message entered your provider was not found, so no sending IP is known and no IP was checked.');
  } else {
    addIp(boundary.ip, `connecting IP (hop ${String(boundary.hop)})`, true);
    const below = hops.filter((h) => h.index < boundary.hop).sort((a, b) => b.index - a.index);
    for (const h of below) addIp(h.from.ip, `earlier relay (hop ${String(h.index)}, stamped by the sender's side)`, false);
  }
  const addDomain = (raw: string, source: string): void => {
    const d = orgDomainOfHostText(raw.includes('@') ? raw.slice(raw.lastIndexOf('@') + 1) : raw);
    if (d === null) return;
    const known = sources.find((s) => s.target === d);
    if (known) {
      if (!known.source.split(', ').includes(source)) known.source = `${known.source}, ${source}`;
      return;
    }
    domains.push(d);
    sources.push({ target: d, source });
  };
  for (const d of input.domains ?? []) {
    if (typeof d === 'string') addDomain(d, 'sender domain');
    else addDomain(d.domain, d.source);
  }
  if (input.bodyText) for (const d of linkDomains(input.bodyText)) addDomain(d, 'link in the body');
  return { ips, domains, sources, notes };
}
