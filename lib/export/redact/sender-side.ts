/**
 * Telling a recipient domain of the sender's own apart from the reader's: a mailing list addresses its mail To
 * the list (To: list@lists.example), whose domain is the sender's evidence (the envelope sender, the DKIM
 * domain), not the reader's organisation.
 */
import type { Report } from '../../report';
import { parseAddressList } from '../../mime/address';
import { addressesIn } from './addresses-in';
import { boundaryField } from './receiving-hosts';

// Where a message names the mailbox it was delivered to (RFC 9228 Delivered-To; Postfix X-Original-To; Exim
// Envelope-to; Gmail X-Forwarded-To/-For; Exchange Online X-MS-Exchange-Organization-OriginalEnvelopeRecipients).
export const DELIVERY_HEADERS: ReadonlySet<string> = new Set([
  'delivered-to',
  'x-delivered-to',
  'x-original-to',
  'envelope-to',
  'x-envelope-to',
  'x-forwarded-to',
  'x-forwarded-for',
  'x-rcpt-to',
  'x-ms-exchange-organization-originalenveloperecipients',
]);

const domainOf = (address: string): string => (address.split('@').pop() ?? '').toLowerCase();

/**
 * Domains the message was delivered to, on the receiving side's word: delivery headers above the boundary's
 * Received field and the "for" clauses (RFC 5321 §4.4) of the receiving side's stamps. Below the entry the sender
 * writes what it likes, e.g. an X-Original-To for its own domain to pass that domain off as the reader's.
 */
export function deliveredDomains(report: Report): Set<string> {
  const out = new Set<string>();
  const end = boundaryField(report);
  report.headers.forEach((h, i) => {
    if (i < end && DELIVERY_HEADERS.has(h.name.toLowerCase())) for (const a of addressesIn(h.value)) out.add(domainOf(a));
  });
  const b = report.boundary;
  for (const h of report.hops)
    if (b === null || h.side === 'provider') for (const a of addressesIn(h.for ?? '')) out.add(domainOf(a));
  return out;
}

/** Domains of the author and the envelope sender (RFC 5322 §3.6.2 From, Sender; RFC 5321 §4.4 Return-Path). */
export function senderDomains(report: Report): Set<string> {
  const out = new Set<string>();
  for (const h of report.headers) {
    const name = h.name.toLowerCase();
    if (name === 'from' || name === 'sender' || name === 'return-path')
      for (const m of parseAddressList(h.value))
        // Gmail's automatic forwarding sends from the forwarding mailbox itself ("local+caf_=to=domain@..."): that
        // envelope is the reader's own, not a sender's.
        if (m.domain !== null && !(name === 'return-path' && m.address.includes('+caf_='))) out.add(m.domain.toLowerCase());
  }
  return out;
}

/**
 * Whether a recipient's domain is the reader's: not when it is the sender's own and the message names other
 * domains it was delivered to (a list's address in To); with no delivery record, every recipient's domain is.
 */
export function readersDomain(domain: string, delivered: ReadonlySet<string>, senders: ReadonlySet<string>): boolean {
  const d = domain.toLowerCase();
  return delivered.size === 0 || delivered.has(d) || !senders.has(d);
}

/**
 * What the sender's side is judged by, lower case, as the receiving side recorded it: the boundary client's IP and
 * checked reverse DNS (not its HELO, nor the hops below it: the sender writes those), the author's and envelope sender's domains (RFC 5322 §3.6.2, RFC 5321 §4.4) unless the receiving
 * side delivered to that domain (mail between colleagues), and the domains the authentication results name (RFC 8601
 * §2.7.1 smtp.mailfrom, header.d). Domains and host names only, never a whole address: a quoted local part is free
 * text. A token the sender could have chosen (placeholders.ts `spare`) is not replaced inside these, so a sender
 * cannot erase them from a share by writing them as a References id or a Subject. None for a bounce or a report
 * about mail the reader sent: the reporting servers are the reader's own side, not a sender's.
 */
export function senderEvidence(report: Report): string[] {
  if (report.bounce !== null) return [];
  const out = new Set<string>();
  const add = (v: string | null | undefined) => {
    const t = v?.trim().toLowerCase() ?? '';
    if (t.length >= 3 && t !== 'unknown') out.add(t);
  };
  const b = report.boundary;
  const entry = b === null ? undefined : report.hops.find((h) => h.index === b.hop);
  if (b !== null) [b.ip, entry?.from.rdnsUnverified === true ? null : b.rdns].forEach(add);
  const delivered = deliveredDomains(report);
  const { from, sender, returnPath } = report.addresses;
  for (const m of [...from, ...sender, ...returnPath]) if (m.domain !== null && !delivered.has(m.domain.toLowerCase())) add(m.domain);
  const rec = report.auth?.recorded ?? null;
  if (rec !== null) {
    add(domainOf(rec.spf?.mailFrom ?? ''));
    for (const d of rec.dkim) add(d.domain);
  }
  for (const d of report.live?.dkim ?? []) add(d.domain);
  return [...out];
}
