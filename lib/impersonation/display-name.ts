/** Display-name signs: a name that carries another organisation's address or domain, or names a brand the address does not belong to. */
import type { Finding } from '../findings';
import type { Mailbox } from '../mime/types';
import { finding } from '../findings';
import { brandsIn, isBrandDomain } from './brands';
import { organizationalDomain } from '../psl/org-domain';
import type { ImpersonationSign } from './types';

/** Strip leading and trailing '.' and ':' without a regex. */
function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  const p = (c: string) => c === '.' || c === ':';
  while (a < b && p(s.charAt(a))) a++;
  while (b > a && p(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Tokens in a display name that look like addresses or domains (split on spaces and brackets). */
function addressLikeTokens(name: string): { addresses: string[]; domains: string[] } {
  const addresses: string[] = [];
  const domains: string[] = [];
  for (const raw of name.slice(0, 1000).split(/[\s<>()[\]"',;]+/)) {
    const t = trimPunctuation(raw).toLowerCase();
    if (t === '') continue;
    const at = t.lastIndexOf('@');
    if (at > 0 && at < t.length - 1 && organizationalDomain(t.slice(at + 1)) !== null) addresses.push(t);
    else if (
      at < 0 &&
      t.includes('.') &&
      organizationalDomain(t) !== null &&
      /[a-z]/.test(t.slice(t.lastIndexOf('.') + 1))
    )
      domains.push(t);
  }
  return { addresses, domains };
}

/**
 * Exchange and Exchange Online write their own notices (NDRs, recall and quota messages) as "Microsoft Outlook":
 * Exchange Server from the organisation's Microsoft Exchange Recipient, a system mailbox whose local part is the
 * same in every organisation; Exchange Online and Outlook.com from postmaster@ the organisation's own domain
 * (as their NDRs show: "From: Microsoft Outlook <postmaster@contoso.com>"). Its display name names Microsoft for
 * good reason; whether the notice is genuine is the authentication checks' business, not a brand look-alike.
 * A postmaster address counts only at the reader's own organisation (a recipient's domain) or at Microsoft's
 * own mail service: "Microsoft Outlook <postmaster@elsewhere.example>" is still a brand in another's name.
 */
const EXCHANGE_RECIPIENT = 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e';
/** Outlook.com's consumer mail domains, whose postmaster is Microsoft's own service. */
const MICROSOFT_MAIL = new Set(['outlook.com', 'hotmail.com', 'live.com', 'msn.com']);

function isExchangeSystemSender(
  from: Mailbox,
  brand: string,
  fromOrg: string,
  recipientOrgs: ReadonlySet<string>,
): boolean {
  const at = from.address.lastIndexOf('@');
  if (brand !== 'Microsoft' || at <= 0) return false;
  const local = from.address.slice(0, at).toLowerCase();
  if (local === EXCHANGE_RECIPIENT) return true;
  return local === 'postmaster' && (recipientOrgs.has(fromOrg) || MICROSOFT_MAIL.has(fromOrg));
}

export function displayNameSigns(
  from: Mailbox,
  fromOrg: string,
  dmarcFailed: boolean,
  recipientOrgs: ReadonlySet<string> = new Set(),
): { signs: ImpersonationSign[]; findings: Finding[] } {
  const signs: ImpersonationSign[] = [];
  const findings: Finding[] = [];
  const name = from.name;
  if (name === null || name.trim() === '') return { signs, findings };
  const { addresses, domains } = addressLikeTokens(name);
  for (const addr of addresses) {
    const o = organizationalDomain(addr.slice(addr.lastIndexOf('@') + 1));
    if (o !== null && o !== fromOrg) {
      findings.push(
        finding(
          'impersonation.display-name-address',
          'bad',
          'Display name shows a different address',
          `The name "${name}" contains ${addr}, but the message is from ${from.address}. Mail programs that show only the name make it look like it came from ${addr}.`,
        ),
      );
      signs.push({
        kind: 'display-name-address',
        brand: null,
        evidence: addr,
        findingId: 'impersonation.display-name-address',
      });
      break;
    }
  }
  for (const d of domains) {
    const o = organizationalDomain(d);
    if (o !== null && o !== fromOrg) {
      findings.push(
        finding(
          'impersonation.display-name-domain',
          'warn',
          'Display name names another domain',
          `The name "${name}" mentions ${d}, but the message is from ${from.address} (${fromOrg}).`,
        ),
      );
      break;
    }
  }
  for (const brand of brandsIn(name)) {
    if (isBrandDomain(brand, fromOrg) || isExchangeSystemSender(from, brand.name, fromOrg, recipientOrgs)) continue;
    findings.push(
      finding(
        'impersonation.brand-display-name',
        dmarcFailed ? 'bad' : 'warn',
        `Display name says ${brand.name}, address is not ${brand.name}'s`,
        `The name "${name}" names ${brand.name}, whose mail comes from ${brand.domains.slice(0, 3).join(', ')}; this message is from ${from.address} (${fromOrg})${dmarcFailed ? ', and that domain failed DMARC' : ''}.`,
      ),
    );
    signs.push({
      kind: 'brand-display-name',
      brand: brand.name,
      evidence: brand.domains[0] ?? '',
      findingId: 'impersonation.brand-display-name',
    });
  }
  return { signs, findings };
}
