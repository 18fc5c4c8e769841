/**
 * The receiving side's hosts and addresses, for the redacted share: the hops after the trust boundary, the
 * boundary hop's own receiving host, the provider's internal stamps above it, and what else of the reader's own
 * infrastructure the stamps name (their mail host's organisation, a forwarder of theirs).
 */
import type { Hop, Report } from '../../report';
import { hostOfProvider, isProviderFamilyDomain } from '../../received/providers';
import { isInternalStamp } from '../../received/internal-stamps';

export interface HostSink {
  host(h: string | null): void;
}

/** The hosts a Received-shaped provider stamp (X-Received) names after "by" and "from". */
const STAMP_HOST = /\b(?:by|from)\s+([^\s;()[\]]+)/gi;

/**
 * The first word of a "by" or "from" clause: the host as written even when the stamp parser left it unread
 * (RFC 5321 §4.4: By-domain / Extended-Domain first; Gmail writes a bare IPv6 address, "by 2002:a05:...").
 */
function clauseHost(clause: string | undefined): string | null {
  return /^[^\s;()[\]]+/.exec(clause ?? '')?.[0] ?? null;
}

/**
 * The receiving organisation's domain when it runs its own mail host: the organisational domain the analysis found
 * for the boundary's receiving host (Report.boundary.provider), unless that is a public provider family (whose
 * hosts say nothing of the reader). Read from the report, not looked up again: the popup has no Public Suffix List.
 */
export function ownDomain(report: Report): string | null {
  const p = report.boundary?.provider ?? null;
  // A family's name ("Microsoft 365 / Outlook.com") is not a domain: letters, digits, hyphens and dots only.
  return p !== null && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(p) && !isProviderFamilyDomain(p) ? p.toLowerCase() : null;
}

/**
 * The receiving side's hops: after the boundary, and the boundary hop's own receiving host; and the provider's
 * internal stamps (X-Received) above the boundary's Received field, which only the receiving side writes.
 */
export function receivingHosts(report: Report, c: HostSink): void {
  const b = report.boundary;
  const newest = report.hops[report.hops.length - 1];
  report.headers.slice(0, Math.max(0, boundaryField(report))).forEach((h) => {
    if (isInternalStamp(h.name.toLowerCase())) for (const m of h.value.matchAll(STAMP_HOST)) c.host(m[1] ?? null);
  });
  const own = ownDomain(report);
  for (const h of report.hops) {
    // The boundary fell back to a relay of the organisation (no client outside was seen) when its client's reverse-DNS
    // name, which the receiving server looked up, is the organisation's; a HELO is the client's own claim.
    const ownClient = own !== null && h.index === b?.hop && !h.from.rdnsUnverified && hostOfProvider(h.from.rdns, own);
    const after = h.side === 'provider' && (b === null || h.index > b.hop || ownClient);
    if (after) client(h, c);
    // A server of the organisation below the boundary (an MX seen from the sender's side) is the reader's too, but
    // never at the boundary's client address: a stamp down there could name it to hide the sender's evidence.
    const ownServer = own !== null && hostOfProvider(h.by.host, own) && (ownClient || h.by.ip !== b?.ip);
    if (after || h.index === b?.hop || (b === null && h === newest) || ownServer) {
      c.host(h.by.host ?? h.by.ip ?? clauseHost(h.clauses.by));
      c.host(h.by.ip);
    }
  }
}

function client(h: Hop, c: HostSink): void {
  [h.from.helo, h.from.rdns, h.from.name, h.from.ip].forEach((x) => {
    c.host(x);
  });
  if (h.from.name === null && h.from.ip === null) c.host(clauseHost(h.clauses.from));
}

/** Index of the boundary's Received field, or the end of the header block when there is no boundary. */
export function boundaryField(report: Report): number {
  const b = report.boundary;
  if (b === null) return report.headers.length;
  return report.hops.find((h) => h.index === b.hop)?.headerIndex ?? -1;
}

/**
 * Exchange marked the mail as sent from inside the organisation (X-MS-Exchange-Organization-AuthAs: Internal;
 * Microsoft Learn, "Message headers: X-MS-Exchange-Organization-AuthAs"): believed above the boundary's Received
 * field, or anywhere when Microsoft 365 received it, whose header firewall removes X-MS-Exchange-Organization-*
 * fields from mail arriving from outside (Microsoft Learn, "Header firewall"). Exchange writes them below its
 * Received fields.
 */
function internalByExchange(report: Report): boolean {
  const at = report.headers.findIndex(
    (h) => h.name.toLowerCase() === 'x-ms-exchange-organization-authas' && h.value.trim().toLowerCase() === 'internal',
  );
  if (at < 0) return false;
  return at < boundaryField(report) || (report.boundary?.provider.startsWith('Microsoft') ?? false);
}

/**
 * A forward by the reader's own host (their alias domain relays to their mailbox elsewhere): the boundary's
 * client has a reverse-DNS name under one of the reader's domains. Only the name the receiver looked up counts
 * (RFC 5321 §4.4: the TCP-info the receiving server records); a HELO is the client's own claim and could be
 * forged to hide a sender's address.
 */
export function readerForwarder(report: Report, domains: readonly string[], c: HostSink): void {
  const b = report.boundary;
  const hop = report.hops.find((h) => h.index === b?.hop);
  const rdns = hop?.from.rdnsUnverified === true ? undefined : hop?.from.rdns?.toLowerCase().replace(/\.$/, '');
  if (hop !== undefined && rdns !== undefined && domains.some((d) => rdns === d || rdns.endsWith(`.${d}`))) client(hop, c);
}

/**
 * Mail that never left the reader's organisation, from an author at one of the reader's domains: no client
 * outside was seen (no boundary, or the boundary fell back to a hop whose client is the receiving provider's
 * own), so every hop, client and server, is the organisation's (Microsoft 365 writes a colleague's MAPI
 * submission and the mailbox servers as Received fields; Microsoft Learn, "Message headers added by Exchange
 * Online").
 */
export function colleaguePath(report: Report, domains: readonly string[], c: HostSink): void {
  const b = report.boundary;
  const fromOwn = report.addresses.from.some((m) => m.domain !== null && domains.includes(m.domain.toLowerCase()));
  // Inside only on the receiving side's word: the boundary client's reverse-DNS name (looked up by the server) is
  // the organisation's, or Exchange marked the mail as sent from inside the organisation. Never a HELO: Exim and
  // Exchange write no reverse-DNS name, and a stranger greeting with the organisation's name under a forged
  // colleague's From must keep its evidence.
  const checked = report.hops.find((h) => h.index === b?.hop)?.from.rdnsUnverified === false;
  const inside = (b !== null && checked && hostOfProvider(b.rdns, b.provider)) || internalByExchange(report);
  if (!fromOwn || !inside) return;
  for (const h of report.hops) {
    client(h, c);
    c.host(h.by.host ?? h.by.ip ?? clauseHost(h.clauses.by));
    c.host(h.by.ip);
  }
}
