/**
 * What identifies the reader in a report: the words a redacted share replaces. The reader is the recipient of
 * inbound mail; for a bounce the reader is the one who sent the returned message. Collected from every report
 * inside the report (attached messages, the returned original), in the order they are met.
 */
import type { Report } from '../../report';
import { parseAddressList } from '../../mime/address';
import { isProviderFamilyDomain } from '../../received/providers';
import { addressesIn } from './addresses-in';
import { DELIVERY_HEADERS, deliveredDomains, readersDomain, senderDomains } from './sender-side';
import { colleaguePath, ownDomain, readerForwarder, receivingHosts } from './receiving-hosts';

export interface ReaderMailbox {
  address: string;
  name: string | null;
}

export interface ReaderTokens {
  mailboxes: ReaderMailbox[];
  /** The reader's own organisation's domains (never a public provider's such as gmail.com). */
  domains: string[];
  /** The receiving side's host names and IP addresses (hops after the boundary). */
  hosts: string[];
  subjects: string[];
  messageIds: string[];
  /** Microsoft 365 tenant ids of the receiving organisation. */
  tenants: string[];
}

// Where a message names its recipients (RFC 5322 §3.6.3, §3.6.6; Yahoo's X-Apparently-To), and the delivery
// records of sender-side.ts (Delivered-To, X-Original-To, Envelope-To, X-Forwarded-To/-For ...).
const RECIPIENT_HEADERS = new Set([
  'to',
  'cc',
  'bcc',
  'resent-to',
  'resent-cc',
  'resent-bcc',
  'x-apparently-to',
  ...DELIVERY_HEADERS,
]);
// Where a message names its author and sender (RFC 5322 §3.6.2, §3.6.6; RFC 5321 §4.4 Return-Path).
const AUTHOR_HEADERS = new Set([
  'from',
  'sender',
  'reply-to',
  'return-path',
  'resent-from',
  'resent-sender',
  'x-sender',
  'x-original-sender',
]);
// Message identifiers (RFC 5322 §3.6.4, §3.6.6; RFC 3464 §2.2.1 Original-Message-ID; Microsoft's and Google's copies).
const MESSAGE_ID_HEADERS = new Set([
  'message-id',
  'in-reply-to',
  'references',
  'resent-message-id',
  'original-message-id',
  'x-original-message-id',
  'x-microsoft-original-message-id',
  'x-google-original-message-id',
  'x-ms-exchange-organization-network-message-id',
  'x-ms-exchange-crosstenant-network-message-id',
  'thread-index',
]);
// Microsoft 365 writes the receiving tenant's id in these (Exchange Online message headers).
const TENANT_HEADERS = new Set(['x-ms-exchange-crosstenant-id', 'x-ms-exchange-organization-crosstenant-id']);
const SUBJECT_HEADERS = new Set(['subject', 'thread-topic']);
// Reply and forward prefixes as mail programs write them (English, German, Scandinavian, French).
const REPLY_PREFIX = /^\s*(?:re|fwd?|aw|wg|sv|tr):/i;

// The loopback names every host gives itself (RFC 6761 §6.3 localhost; RFC 5735 §3 127.0.0.1; RFC 4291 §2.5.3 ::1).
const LOOPBACK = /^(?:localhost(?:\.localdomain)?|127\.0\.0\.1|::1)$/i;

type Role = 'recipient' | 'author';

class Collector {
  readonly tokens: ReaderTokens = { mailboxes: [], domains: [], hosts: [], subjects: [], messageIds: [], tenants: [] };
  private readonly seen = new Set<string>();

  private add(list: string[], kind: string, value: string | null | undefined, min = 3): void {
    const v = value?.trim() ?? '';
    const key = `${kind}:${v.toLowerCase()}`;
    if (v.length < min || this.seen.has(key)) return;
    this.seen.add(key);
    list.push(v);
  }

  mailbox(address: string, name: string | null): void {
    const key = `mailbox:${address.toLowerCase()}`;
    if (!address.includes('@')) return;
    if (this.seen.has(key)) {
      const known = this.tokens.mailboxes.find((m) => m.address.toLowerCase() === address.toLowerCase());
      if (known && known.name === null && name) known.name = name;
      return;
    }
    this.seen.add(key);
    this.tokens.mailboxes.push({ address, name: name?.trim() ? name.trim() : null });
  }

  domain(d: string): void {
    if (!isProviderFamilyDomain(d)) this.add(this.tokens.domains, 'domain', d.toLowerCase(), 4);
  }

  host(h: string | null): void {
    // Loopback names a machine to itself, never the reader.
    if (h !== null && LOOPBACK.test(h)) return;
    this.add(this.tokens.hosts, 'host', h);
    // A machine name's first label stands alone in some stamps (Microsoft 365's AM6PR05MB1234 in
    // X-MS-Exchange-Transport-CrossTenantHeadersStamped): long labels with letters and digits.
    const first = h?.split('.')[0] ?? '';
    if (first !== h && first.length >= 8 && /\d/.test(first) && /[a-z]/i.test(first))
      this.add(this.tokens.hosts, 'host', first);
  }

  subject(s: string | null): void {
    this.add(this.tokens.subjects, 'subject', s, 4);
    // "Re: Fwd: Invoice": the subject without reply and forward prefixes occurs on its own too.
    let core = s ?? '';
    for (let m = REPLY_PREFIX.exec(core); m !== null; m = REPLY_PREFIX.exec(core))
      core = core.slice(m[0].length).trimStart();
    if (core !== s) this.add(this.tokens.subjects, 'subject', core, 4);
  }

  messageIds(value: string): void {
    const inner = [...value.matchAll(/<([^<>\s]{3,})>/g)].map((m) => m[1] ?? '');
    const ids = inner.length > 0 ? inner : value.trim().includes(' ') ? [] : [value.trim()];
    for (const id of ids) this.add(this.tokens.messageIds, 'msgid', id, 6);
  }

  tenant(value: string): void {
    this.add(this.tokens.tenants, 'tenant', value.trim(), 8);
  }
}

function mailboxesOf(name: string, value: string): ReaderMailbox[] {
  const parsed = parseAddressList(value).filter((m) => m.address.includes('@'));
  const named = new Set(parsed.map((m) => m.address.toLowerCase()));
  const loose = addressesIn(value).filter((a) => !named.has(a.toLowerCase()));
  return [
    ...parsed.map((m) => ({ address: m.address, name: name === 'return-path' ? null : m.name })),
    ...loose.map((address) => ({ address, name: null })),
  ];
}

function visit(report: Report, role: Role, c: Collector): void {
  for (const h of report.headers) {
    const name = h.name.toLowerCase();
    const value = h.decoded ?? h.value;
    if ((role === 'recipient' && RECIPIENT_HEADERS.has(name)) || (role === 'author' && AUTHOR_HEADERS.has(name))) {
      // The field as written first: the address parser decodes RFC 2047 names inside their own words (RFC 2047
      // §5(3)), so an encoded "Last=2C First" stays one name; the decoded text would split at its comma.
      for (const m of mailboxesOf(name, h.value)) c.mailbox(m.address, m.name);
      if (h.decoded !== null) for (const m of mailboxesOf(name, h.decoded)) c.mailbox(m.address, m.name);
    }
    if (MESSAGE_ID_HEADERS.has(name)) c.messageIds(h.value);
    if (TENANT_HEADERS.has(name)) c.tenant(h.value);
    // An encoded subject is shared decoded (redact-report.ts), so the decoded text is the token.
    if (SUBJECT_HEADERS.has(name)) c.subject(value);
  }
  c.subject(report.message.subject);
  if (report.message.messageId !== null) c.messageIds(report.message.messageId);
  if (role === 'recipient') {
    for (const h of report.hops) for (const a of addressesIn(h.for ?? '')) c.mailbox(a, null);
    receivingHosts(report, c);
  }
  for (const a of report.attachedMessages) visit(a.report, 'recipient', c);
  if (report.bounce?.original) visit(report.bounce.original, 'author', c);
}

/** Mail between colleagues: an author at the reader's own domain is on the reader's side too. */
function colleagues(report: Report, c: Collector, domains: ReadonlySet<string>): void {
  const all = [
    report.addresses.from,
    report.addresses.sender,
    report.addresses.replyTo,
    report.addresses.returnPath,
  ].flat();
  for (const m of all) if (m.domain !== null && domains.has(m.domain.toLowerCase())) c.mailbox(m.address, m.name);
  for (const a of report.attachedMessages) colleagues(a.report, c, domains);
}

export function readerTokens(report: Report): ReaderTokens {
  const c = new Collector();
  visit(report, 'recipient', c);
  // A bounce is about mail the reader sent: their domain is the sending domain, which is the evidence.
  if (report.bounce === null) {
    const delivered = deliveredDomains(report);
    const senders = senderDomains(report);
    for (const m of c.tokens.mailboxes) {
      const d = m.address.split('@').pop() ?? '';
      if (d.includes('.') && readersDomain(d, delivered, senders)) c.domain(d);
    }
    // A mail host of the reader's own organisation names it, even under another of its domains.
    const own = ownDomain(report);
    if (own !== null) c.domain(own);
    // A forwarder is the reader's only by a domain the receiving side delivered to (or its own organisation's).
    readerForwarder(report, [...delivered, ...(own === null ? [] : [own])], c);
    colleaguePath(report, c.tokens.domains, c);
    colleagues(report, c, new Set(c.tokens.domains));
  }
  return c.tokens;
}
