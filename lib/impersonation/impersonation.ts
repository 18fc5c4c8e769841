/**
 * impersonationFindings: signs that the visible sender is not who it claims to be, each with its
 * evidence: address-domain mismatches (From / Return-Path / Reply-To / Sender), display names that
 * carry another address, domain or a brand, and IDN / mixed-script / look-alike From domains.
 */
import { organizationalDomain } from '../psl/org-domain';
import type { Finding } from '../findings';
import type { Mailbox, MessageAddresses } from '../mime/types';
import { finding } from '../findings';
import { brandsIn } from './brands';
import { lookalikeBrandDomain } from './brand-skeletons';
import { domainForms } from '../psl/idn';
import { isMixedScript } from './scripts';
import { allLettersLookLatin, skeleton } from './confusables';

export interface RecordedDmarc {
  result: string;
  headerFrom?: string | null;
}

function org(domain: string | null): string | null {
  if (domain === null) return null;
  return organizationalDomain(domain) ?? domain;
}

function first(list: readonly Mailbox[]): Mailbox | null {
  return list[0] ?? null;
}

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
    else if (at < 0 && t.includes('.') && organizationalDomain(t) !== null && /[a-z]/.test(t.slice(t.lastIndexOf('.') + 1))) domains.push(t);
  }
  return { addresses, domains };
}

function addressMismatches(a: MessageAddresses, from: Mailbox, fromOrg: string): Finding[] {
  const out: Finding[] = [];
  const check = (list: readonly Mailbox[], id: string, label: string, severity: 'info' | 'warn', why: string) => {
    const m = first(list);
    const o = org(m?.domain ?? null);
    if (m === null || o === null || o === fromOrg) return;
    out.push(finding(id, severity, `${label} domain differs from From`, `From: ${from.address} (${fromOrg}); ${label}: ${m.address} (${o}). ${why}`));
  };
  check(a.replyTo, 'impersonation.reply-to-differs', 'Reply-To', 'warn', 'Replies go to another organisation: a common trick in payment and CEO fraud, though also normal for some newsletters and help desks.');
  check(a.returnPath, 'impersonation.return-path-differs', 'Return-Path', 'info', 'Normal for mail sent through a service (bounces go to the service); it also means SPF checked that domain, not the From domain.');
  check(a.sender, 'impersonation.sender-differs', 'Sender', 'info', 'Sender names who actually sent the message on the author\'s behalf (mailing lists, assistants, services).');
  return out;
}

/**
 * Exchange and Exchange Online write their own notices (NDRs, recall and quota messages) as "Microsoft Outlook"
 * from the organisation's Microsoft Exchange Recipient, a system mailbox whose local part is the same in every
 * organisation. Its display name names Microsoft for good reason; whether the notice is genuine is the
 * authentication checks' business, not a brand look-alike.
 */
const EXCHANGE_RECIPIENT = 'microsoftexchange329e71ec88ae4615bbc36ab6ce41109e';

function isExchangeSystemSender(from: Mailbox, brand: string): boolean {
  const at = from.address.lastIndexOf('@');
  return brand === 'Microsoft' && at > 0 && from.address.slice(0, at).toLowerCase() === EXCHANGE_RECIPIENT;
}

function displayNameFindings(from: Mailbox, fromOrg: string, dmarcFailed: boolean): Finding[] {
  const out: Finding[] = [];
  const name = from.name;
  if (name === null || name.trim() === '') return out;
  const { addresses, domains } = addressLikeTokens(name);
  for (const addr of addresses) {
    const o = org(addr.slice(addr.lastIndexOf('@') + 1));
    if (o !== null && o !== fromOrg) {
      out.push(finding('impersonation.display-name-address', 'bad', 'Display name shows a different address', `The name "${name}" contains ${addr}, but the message is from ${from.address}. Mail programs that show only the name make it look like it came from ${addr}.`));
      break;
    }
  }
  for (const d of domains) {
    const o = org(d);
    if (o !== null && o !== fromOrg) {
      out.push(finding('impersonation.display-name-domain', 'warn', 'Display name names another domain', `The name "${name}" mentions ${d}, but the message is from ${from.address} (${fromOrg}).`));
      break;
    }
  }
  for (const brand of brandsIn(name)) {
    if (brand.domains.includes(fromOrg) || isExchangeSystemSender(from, brand.name)) continue;
    out.push(
      finding(
        'impersonation.brand-display-name',
        dmarcFailed ? 'bad' : 'warn',
        `Display name says ${brand.name}, address is not ${brand.name}'s`,
        `The name "${name}" names ${brand.name}, whose mail comes from ${brand.domains.slice(0, 3).join(', ')}; this message is from ${from.address} (${fromOrg})${dmarcFailed ? ', and that domain failed DMARC' : ''}.`,
      ),
    );
  }
  return out;
}

function domainFindings(domain: string): Finding[] {
  const out: Finding[] = [];
  const forms = domainForms(domain);
  if (forms.invalidLabels.length > 0) {
    out.push(finding('impersonation.bad-punycode', 'warn', 'From domain has an invalid international label', `${forms.invalidLabels.join(', ')} is not valid Punycode (RFC 3492); mail programs may show it differently.`));
  }
  if (forms.international) {
    out.push(finding('impersonation.idn', 'info', 'From domain is an international domain name', `Shown as ${forms.unicode}; in DNS it is ${forms.ascii}.`));
    const labels = forms.unicode.split('.');
    const mixed = labels.filter(isMixedScript);
    if (mixed.length > 0) {
      out.push(finding('impersonation.mixed-script', 'bad', 'From domain mixes alphabets', `${mixed.join(', ')} mixes scripts (for example Latin with Cyrillic) in one label, a classic look-alike trick. DNS form: ${forms.ascii}.`));
    } else if (labels.some(allLettersLookLatin)) {
      out.push(finding('impersonation.whole-script-lookalike', 'warn', 'From domain is written in letters that look Latin', `${forms.unicode} uses only non-Latin letters that look like Latin ones ("${skeleton(forms.unicode)}"). DNS form: ${forms.ascii}.`));
    }
  }
  const fromOrg = org(forms.ascii) ?? forms.ascii;
  const sk = skeleton(forms.unicode);
  const hit = lookalikeBrandDomain(sk, org(sk), fromOrg);
  if (hit !== undefined) {
    out.push(finding('impersonation.lookalike-domain', 'bad', `From domain looks like ${hit}`, `${forms.unicode} (${forms.ascii}) reads like ${hit} but is a different domain.`));
  }
  return out;
}

export function impersonationFindings(addresses: MessageAddresses, recordedDmarc: RecordedDmarc | null): Finding[] {
  const from = first(addresses.from);
  if (from === null || from.domain === null) return [];
  const fromOrg = org(from.domain) ?? from.domain;
  const dmarcFailed = recordedDmarc !== null && recordedDmarc.result === 'fail';
  return [...domainFindings(from.domain), ...displayNameFindings(from, fromOrg, dmarcFailed), ...addressMismatches(addresses, from, fromOrg)];
}
