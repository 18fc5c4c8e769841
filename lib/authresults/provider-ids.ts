/**
 * The authserv-ids each big provider writes in its own Authentication-Results (RFC 8601 §2.5: the id names
 * the ADMD, usually a host of it). Only these exact ids, or the boundary's own `by` host, name the provider:
 * an organisational-domain match ("google.com", "evil.google.com") or a trailing-dot variant ("mx.google.com.")
 * is anybody's header. One public source per provider, where its header can be seen as written.
 */
import { providerOf } from '../received/providers';

interface ProviderIds {
  /** Provider family name as lib/received/providers.ts names it. */
  provider: string;
  /** Exact ids, lower case. */
  ids: readonly string[];
  /** Host-named ids (a different host per server) that only this provider writes. */
  matches?: (id: string) => boolean;
  /** The provider writes its header with no authserv-id at all. */
  writesNoId?: boolean;
}

/** Yahoo and AOL name the receiving "atlas" host: atlas312.free.mail.ne1.yahoo.com, atlas207.aol.mail.bf1.yahoo.com. */
function yahooAtlas(id: string): boolean {
  const labels = id.split('.');
  return (
    labels.length >= 4 &&
    labels[0]?.startsWith('atlas') === true &&
    labels.includes('mail') &&
    labels.at(-2) === 'yahoo' &&
    labels.at(-1) === 'com' &&
    labels.every((l) => /^[a-z0-9-]+$/.test(l))
  );
}

/** Fastmail names its inbound MX host: mx1.messagingengine.com ... mx6.messagingengine.com. */
function fastmailMx(id: string): boolean {
  return /^mx\d{1,3}\.messagingengine\.com$/.test(id);
}

const TABLE: readonly ProviderIds[] = [
  // Gmail "Show original": "Authentication-Results: mx.google.com; ..." (https://support.google.com/mail/answer/29436).
  { provider: 'Gmail / Google Workspace', ids: ['mx.google.com'] },
  // Microsoft 365 / Outlook.com write "Authentication-Results: spf=... ; compauth=..." with no authserv-id
  // (https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo, "Authentication-results message header").
  { provider: 'Microsoft 365 / Outlook.com', ids: [], writesNoId: true },
  // Yahoo Mail "View raw message" (https://help.yahoo.com/kb/SLN22026.html): the atlas host that received it.
  { provider: 'Yahoo / AOL', ids: [], matches: yahooAtlas },
  // Fastmail "The email delivery process" (https://www.fastmail.help/hc/en-us/articles/1500000278262): its MX host.
  { provider: 'Fastmail', ids: [], matches: fastmailMx },
  // iCloud Mail writes one header per method (https://support.apple.com/en-us/102322, iCloud Mail postmaster information).
  {
    provider: 'iCloud',
    ids: ['spf.icloud.com', 'dkim-verifier.icloud.com', 'dmarc.icloud.com', 'bimi.icloud.com', 'arc.icloud.com'],
  },
  // Proton Mail "How to view message headers" (https://proton.me/support/view-message-headers).
  { provider: 'Proton Mail', ids: ['mail.protonmail.ch'] },
  // Zoho Mail "View email headers" (https://www.zoho.com/mail/help/email-headers.html).
  { provider: 'Zoho Mail', ids: ['mx.zohomail.com'] },
  // Mail.ru "Служебные заголовки" (https://help.mail.ru/mail/letters/headers).
  { provider: 'Mail.ru', ids: ['mxs.mail.ru'] },
];

export interface ProviderIdentity {
  /** The boundary Received's `by` host, e.g. 'mx.google.com', or null. */
  host: string | null;
  /** The provider family named by the boundary (lib/received/providers.ts), or null. */
  provider: string | null;
}

function entryFor(p: ProviderIdentity): ProviderIds | null {
  const name = p.provider ?? (p.host === null ? null : (providerOf(p.host)?.name ?? null));
  return TABLE.find((t) => t.provider === name) ?? null;
}

/** Is `authservId` (as written) the provider's own id? Exact comparison, case-insensitive (RFC 8601 §2.5: a domain name). */
export function isProviderId(authservId: string, p: ProviderIdentity): boolean {
  if (authservId === '') return false;
  const id = authservId.toLowerCase();
  if (p.host !== null && id === p.host.toLowerCase()) return true;
  const entry = entryFor(p);
  return entry !== null && (entry.ids.includes(id) || entry.matches?.(id) === true);
}

/** The provider writes its Authentication-Results without an authserv-id (Microsoft 365). */
export function writesNoAuthservId(p: ProviderIdentity): boolean {
  return entryFor(p)?.writesNoId === true;
}

/**
 * The other exact ids of the provider that writes `authservId`, when it writes several (iCloud: one header per
 * method); empty for a single-id provider or an unknown id.
 */
export function siblingIds(authservId: string): readonly string[] {
  const id = authservId.toLowerCase();
  const entry = TABLE.find((t) => t.ids.length > 1 && t.ids.includes(id));
  return entry ? entry.ids.filter((x) => x !== id) : [];
}
