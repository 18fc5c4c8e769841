import type { Finding } from '../findings';
import { finding } from '../findings';
import type { Boundary, Hop } from './types';
import { belongsTo, providerOf, type Provider } from './providers';
import { organizationalDomain } from '../psl/org-domain';
import { ipScope, isExternal } from './ip';
import { mapList } from '../list/map-list';

export interface BoundaryResult {
  boundary: Boundary | null;
  provider: Provider | null;
  /** Side of each hop, same order as the input (newest first). */
  sides: Hop['side'][];
  /** Hops below the entry that claim to be written by the provider and are not (received.forged-provider-hop), newest first. */
  forgedHops: number[];
  findings: Finding[];
}

type Draft = Pick<Hop, 'index' | 'from' | 'by' | 'header'>;

function fromHost(h: Draft): string | null {
  return h.from.rdns ?? h.from.helo ?? h.from.name;
}

/** Private-use names: RFC 6762 .local, RFC 8375 home.arpa, ICANN's .internal, and the de-facto ones on LANs. */
const INTERNAL_SUFFIXES: ReadonlySet<string> = new Set(['local', 'localdomain', 'localhost', 'lan', 'internal', 'intranet', 'corp', 'home', 'private', 'arpa']);

/** A name that only means something inside one network ("EXCH01", "mail.corp.local", "localhost"). */
function internalName(host: string): boolean {
  const dot = host.lastIndexOf('.');
  return dot < 0 || INTERNAL_SUFFIXES.has(host.slice(dot + 1).toLowerCase()) || organizationalDomain(host) === null;
}

/**
 * The client is named as one of the provider's hosts. For a public client whose name the server could not check
 * ("unknown", or sendmail's "(may be forged)"), only its HELO names it, and not when it greets with the receiving
 * host's own name or the provider's bare domain: the HELO is the client's choice and unverified (RFC 5321 §4.1.4),
 * and a client claiming one of the server's own names is the bad HELO that sendmail's FEATURE(block_bad_helo)
 * rejects (sendmail cf/README, V8.14). Provider relays with no reverse DNS greet with names of their own
 * (r22.example.com (unknown [...]) by s151v.example.com) and stay the provider's.
 */
function namedOwn(h: Draft, provider: Provider): boolean {
  const { ip, helo } = h.from;
  if (h.from.rdnsUnverified && ip !== null && isExternal(ip)) {
    const greeting = helo?.toLowerCase().replace(/\.$/, '') ?? null;
    if (greeting !== null && (greeting === h.by.host?.toLowerCase() || provider.domains.includes(greeting))) return false;
    return belongsTo(helo ?? h.from.name, provider);
  }
  return belongsTo(fromHost(h), provider);
}

/**
 * A hop whose client is outside the provider: a public IP and a name that is not the provider's, or a
 * private (RFC 1918 / RFC 4193) or other non-global (RFC 6890: benchmarking 198.18.0.0/15, reserved) IP with a
 * public name of another organisation (a NAT, a load balancer or a test network hid the real address). Loopback
 * and link-local clients, and non-public ones with internal names, are the provider's own.
 */
function fromOutside(h: Draft, provider: Provider): boolean {
  const { ip } = h.from;
  const host = fromHost(h);
  if (ip !== null && isExternal(ip)) return !namedOwn(h, provider);
  if (host === null || internalName(host) || belongsTo(host, provider)) return false;
  if (ip === null) return true;
  const scope = ipScope(ip);
  return scope === 'private' || scope === 'reserved';
}

/**
 * Find where the message entered the recipient's provider: walk down from the newest stamp
 * through the provider's own hops (its hosts, or internal hops with no host name) to the first one whose
 * client is outside it. Stamps above that were written by the provider; below, by the sender's side, who
 * could have written anything.
 */
export function findBoundary(newestFirst: readonly Draft[]): BoundaryResult {
  const findings: Finding[] = [];
  const top = newestFirst.find((h) => h.by.host !== null && !internalName(h.by.host));
  const provider = top?.by.host ? providerOf(top.by.host) : null;
  if (!provider) return { boundary: null, provider: null, sides: mapList(newestFirst, () => 'unknown'), forgedHops: [], findings };
  let at = -1;
  let lastPublicEntry = -1;
  for (let i = 0; i < newestFirst.length; i++) {
    const h = newestFirst[i];
    if (h === undefined) break;
    // Stamps with no public "by" name (Gmail's "by 2002:...", Exchange's "EXCH01.corp.local") are internal hops.
    const ours = h.by.host === null || internalName(h.by.host) || belongsTo(h.by.host, provider);
    if (!ours) break;
    if (h.from.ip !== null && isExternal(h.from.ip)) lastPublicEntry = i;
    if (fromOutside(h, provider)) {
      at = i;
      break;
    }
  }
  if (at < 0) at = lastPublicEntry;
  if (at < 0) return { boundary: null, provider, sides: mapList(newestFirst, () => 'unknown'), forgedHops: [], findings };
  const b = newestFirst[at];
  if (!b) return { boundary: null, provider, sides: mapList(newestFirst, () => 'unknown'), forgedHops: [], findings };
  const sides = mapList(newestFirst, (_h, i): Hop['side'] => (i <= at ? 'provider' : 'sender'));
  const boundary: Boundary = { hop: b.index, ip: b.from.ip, helo: b.from.helo, rdns: b.from.rdns, by: b.by.host, provider: provider.name };

  if (b.from.ip !== null && !isExternal(b.from.ip)) {
    findings.push(finding('received.boundary-private-ip', 'warn', 'Message entered your provider from a non-public address', `Hop ${String(b.index)} received it from ${b.from.ip} (${ipScope(b.from.ip)}); the real sending address is not visible, so SPF and blocklist checks have nothing reliable to test.`));
  }
  const heloOrg = b.from.helo ? organizationalDomain(b.from.helo) : null;
  const rdnsOrg = b.from.rdns ? organizationalDomain(b.from.rdns) : null;
  if (b.from.helo !== null && (heloOrg === null || /^localhost/i.test(b.from.helo) || internalName(b.from.helo)) && !b.from.helo.startsWith('[')) {
    findings.push(finding('received.helo-not-a-name', 'info', 'Sending server greeted with a name that is not a public host name', `HELO "${b.from.helo}" at hop ${String(b.index)}. Receivers score a bad HELO as spam-like; the sender should use its public host name.`));
  } else if (heloOrg !== null && rdnsOrg !== null && heloOrg !== rdnsOrg) {
    findings.push(finding('received.helo-mismatch', 'info', 'HELO name does not match the reverse DNS of the sending IP', `HELO "${b.from.helo ?? ''}" but ${b.from.ip ?? 'the IP'} reverse-resolves to "${b.from.rdns ?? ''}" (hop ${String(b.index)}). Common for shared senders; a mismatch together with other signs points to spoofing.`));
  }
  // A stamp by the provider below the entry is forged unless the stamp above its run records the provider as
  // its client: then the message left the provider and came back (a forward, a list, tenant to tenant). Another
  // organisation's server records its client's greeting too, and a self-hosted server behind a hosting company's
  // generic reverse DNS names itself only there (RFC 5321 §4.1.1.1: the EHLO argument is the client's own name):
  // "from mail.b.example (static-198-51-100-7.hoster.net [...]) by lists.x.org" came from b.example.
  let genuine = namedOwn(b, provider);
  const forgedHops: number[] = [];
  for (const h of newestFirst.slice(at + 1)) {
    const host = h.by.host;
    if (host === null || internalName(host)) continue;
    if (!belongsTo(host, provider)) {
      genuine = namedOwn(h, provider) || belongsTo(h.from.helo, provider);
    } else if (!genuine) {
      forgedHops.push(h.index);
      findings.push(finding('received.forged-provider-hop', 'bad', `Hop ${String(h.index)} claims to be written by ${provider.name}, below where the message entered it`, `"by ${host}" sits below the real entry point (hop ${String(b.index)}). Your provider did not write it: the sender did, to look legitimate.`));
    }
  }
  return { boundary, provider, sides, forgedHops, findings };
}
