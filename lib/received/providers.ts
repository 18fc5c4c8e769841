import { organizationalDomain } from '../psl/org-domain';

export interface Provider {
  name: string;
  /** Organizational domains that belong to the provider. */
  domains: readonly string[];
}

/** Mail providers that run their mail under several organizational domains. */
const FAMILIES: readonly Provider[] = [
  { name: 'Gmail / Google Workspace', domains: ['google.com', 'gmail.com', 'googlemail.com'] },
  { name: 'Microsoft 365 / Outlook.com', domains: ['outlook.com', 'office365.com', 'microsoft.com', 'hotmail.com', 'live.com', 'msn.com'] },
  { name: 'Yahoo / AOL', domains: ['yahoo.com', 'yahoodns.net', 'yahoo.net', 'aol.com'] },
  { name: 'iCloud', domains: ['icloud.com', 'me.com', 'mac.com', 'apple.com'] },
  { name: 'Fastmail', domains: ['messagingengine.com', 'fastmail.com'] },
  { name: 'Proton Mail', domains: ['protonmail.ch', 'proton.me', 'protonmail.com'] },
  { name: 'Zoho Mail', domains: ['zoho.com', 'zohomail.com', 'zoho.eu'] },
  { name: 'Yandex', domains: ['yandex.net', 'yandex.ru'] },
  { name: 'Mail.ru', domains: ['mail.ru'] },
];

/** The provider a receiving host belongs to: a known family, or its own organizational domain. */
export function providerOf(host: string): Provider | null {
  const org = organizationalDomain(host);
  if (org === null) return null;
  return FAMILIES.find((f) => f.domains.includes(org)) ?? { name: org, domains: [org] };
}

/**
 * A domain of a known mail provider family (gmail.com, outlook.com ...), by name alone (no Public Suffix List):
 * a mailbox there says nothing about the person's organisation.
 */
export function isProviderFamilyDomain(domain: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return FAMILIES.some((f) => f.domains.some((p) => d === p || d.endsWith(`.${p}`)));
}

/**
 * Does `host` belong to the provider a report names (Report.boundary.provider: a family's name, or an
 * organisational domain the analysis found)? By name suffix alone, with no Public Suffix List lookup: the popup's
 * export runs on a finished report without the list.
 */
export function hostOfProvider(host: string | null, name: string): boolean {
  if (host === null) return false;
  const h = host.toLowerCase().replace(/\.$/, '');
  const domains = FAMILIES.find((f) => f.name === name)?.domains ?? [name.toLowerCase()];
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

export function belongsTo(host: string | null, provider: Provider): boolean {
  if (host === null) return false;
  const org = organizationalDomain(host);
  return org !== null && provider.domains.includes(org);
}
