/**
 * Numbered placeholders for the reader's tokens, counted from 1 in each export (never hashes, which could be
 * matched against a guess). Names under `.invalid` (RFC 6761 §6.4) and addresses from the documentation
 * ranges (RFC 5737 for IPv4, RFC 3849 for IPv6) can never be mistaken for real ones. A placeholder that
 * already occurs in the report (a documentation address in the message itself) is skipped.
 */
import type { ReaderTokens } from './reader-tokens';
import { occursAsToken, type TokenRule } from './replace-tokens';

export type TokenKind =
  'address' | 'name' | 'local-part' | 'domain' | 'host' | 'ip' | 'subject' | 'message-id' | 'tenant';

export interface Replacement {
  kind: TokenKind;
  original: string;
  placeholder: string;
}

/** RFC 5737 §3: TEST-NET-1, TEST-NET-2, TEST-NET-3. */
const IPV4_NETS = ['192.0.2.', '198.51.100.', '203.0.113.'];

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const isIPv6 = (s: string): boolean => s.includes(':') && /^[0-9a-f:.]+$/i.test(s);

class Numbering {
  private readonly counts = new Map<string, number>();
  constructor(private readonly taken: (candidate: string) => boolean) {}

  next(series: string, make: (n: number) => string): string {
    let n = this.counts.get(series) ?? 0;
    let candidate: string;
    do {
      n++;
      candidate = make(n);
    } while (this.taken(candidate));
    this.counts.set(series, n);
    return candidate;
  }
}

function ipv4Placeholder(n: number): string {
  const net = IPV4_NETS[Math.floor((n - 1) / 254)];
  return net === undefined ? `ip${String(n)}.recipient.invalid` : `${net}${String(((n - 1) % 254) + 1)}`;
}

/**
 * The rules to apply, and the list of what is replaced (shown to the user, never shared). `existing` is the
 * report's own text, lower-cased, so that no placeholder collides with a value the message really holds.
 */
export function placeholderRules(
  tokens: ReaderTokens,
  existing: string,
): { rules: TokenRule[]; replaced: Replacement[] } {
  const numbering = new Numbering((c) => occursAsToken(existing, c, 'word'));
  const rules: TokenRule[] = [];
  const replaced: Replacement[] = [];
  // Subjects, message ids, tenant ids and display names can be the sender's choice: they spare its evidence.
  const SPARE: ReadonlySet<TokenKind> = new Set(['subject', 'message-id', 'tenant', 'name']);
  const add = (kind: TokenKind, original: string, placeholder: string, edge: TokenRule['edge']) => {
    rules.push({ token: original, placeholder, edge, ...(SPARE.has(kind) ? { spare: true } : {}) });
    replaced.push({ kind, original, placeholder });
  };
  for (const m of tokens.mailboxes) {
    const address = numbering.next('user', (n) => `user${String(n)}@recipient.invalid`);
    const label = address.slice(0, address.indexOf('@'));
    add('address', m.address, address, 'word');
    const local = m.address.slice(0, m.address.lastIndexOf('@'));
    if (local.length >= 3) add('local-part', local, label, 'local');
    // The address inside a VERP envelope sender, "list-bounces+local=domain@..." (Postfix VERP_README; Mailman's
    // VERP_FORMAT), and Gmail's forwarding envelope "+caf_=local=domain@...". The same address as listed above:
    // a rule, not a second entry in the list shown to the user.
    if (local.length >= 3)
      rules.push({ token: `${local}=${m.address.slice(local.length + 1)}`, placeholder: `${label}=recipient.invalid`, edge: 'word' });
    if (m.name !== null && m.name.length >= 3) add('name', m.name, `User ${label.slice(4)}`, 'word');
  }
  for (const d of tokens.domains)
    add(
      'domain',
      d,
      numbering.next('domain', (n) => `domain${String(n)}.recipient.invalid`),
      'word',
    );
  for (const h of tokens.hosts) {
    if (IPV4.test(h)) add('ip', h, numbering.next('ipv4', ipv4Placeholder), 'word');
    else if (isIPv6(h))
      add(
        'ip',
        h,
        numbering.next('ipv6', (n) => `2001:db8::${n.toString(16)}`),
        'word',
      );
    else
      add(
        'host',
        h,
        numbering.next('host', (n) => `host${String(n)}.recipient.invalid`),
        'word',
      );
  }
  for (const s of tokens.subjects)
    add(
      'subject',
      s,
      numbering.next('subject', (n) => `(subject ${String(n)} redacted)`),
      'none',
    );
  for (const id of tokens.messageIds)
    add(
      'message-id',
      id,
      numbering.next('msgid', (n) => `msg${String(n)}@redacted.invalid`),
      'none',
    );
  for (const t of tokens.tenants)
    add(
      'tenant',
      t,
      numbering.next('tenant', (n) => `00000000-0000-0000-0000-${n.toString(16).padStart(12, '0')}`),
      'none',
    );
  return { rules, replaced };
}
