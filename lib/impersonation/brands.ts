import { mapList } from '../list/map-list';
/**
 * Brands phishing mail pretends to be, with the domains each brand says its mail comes from. One row per
 * brand, each citing the brand's (or its help forum's) published statement of its sending domains; a brand
 * without such a statement is not listed. Free mailbox domains a brand also runs (outlook.com, gmail.com,
 * icloud.com) are left out on purpose: anyone can send from them, so they prove nothing about the brand.
 * Matched against display names (whole words) and, through confusable skeletons, against From domains.
 */
export interface Brand {
  name: string;
  /** Lower-case words or phrases that name the brand in a display name (whole words). */
  words: readonly string[];
  /** Acronyms that name the brand only when written in capitals (UPS, DHL): "ups" is also an English word. */
  acronyms?: readonly string[];
  /** Registrable domains the brand sends from. */
  domains: readonly string[];
  /** The brand's country sites send too: `<label>.<country code>` (dhl.de, amazon.co.uk). */
  countryLabel?: string;
}

export const BRANDS: readonly Brand[] = [
  // https://paypal.com/my/webapps/mpp/phishing ("forward it to us at phishing@paypal.com"; PayPal's country sites: paypal.co.uk ...)
  { name: 'PayPal', words: ['paypal'], domains: ['paypal.com'], countryLabel: 'paypal' },
  // https://learn.microsoft.com/en-us/answers/questions/5788289 (security mail "should come from ... @accountprotection.microsoft.com");
  // Microsoft 365 service mail: office365.com, microsoftonline.com; SharePoint/OneDrive sharing: sharepointonline.com
  { name: 'Microsoft', words: ['microsoft', 'office 365', 'office365', 'microsoft 365', 'onedrive', 'sharepoint', 'microsoft account team'], domains: ['microsoft.com', 'office.com', 'office365.com', 'microsoftonline.com', 'sharepointonline.com', 'microsoft365.com'] },
  // https://discussions.apple.com/thread/255667554 ("Apple e-mails originate from @apple.com or @itunes.com"; Apple ID mail from appleid@id.apple.com)
  { name: 'Apple', words: ['apple id', 'apple support', 'apple store', 'app store', 'icloud', 'itunes'], domains: ['apple.com', 'itunes.com'] },
  // https://www.amazon.com/gp/help/customer/display.html?nodeId=15362281 ("Genuine e-mails from Amazon always come from an address ending in amazon.com");
  // https://www.amazon.in/gp/help/customer/display.html?nodeId=201909120 (each country site's own domain, e.g. amazon.in)
  { name: 'Amazon', words: ['amazon', 'prime video'], domains: ['amazon.com'], countryLabel: 'amazon' },
  // https://scamadviser.com/articles/google-critical-security-alert-scam-or-not (Trend Micro: security alerts come from no-reply@accounts.google.com)
  { name: 'Google', words: ['google', 'gmail team', 'google account'], domains: ['google.com'] },
  // https://help.netflix.com/en/node/65674 (Netflix's own address for reports: phishing@netflix.com)
  { name: 'Netflix', words: ['netflix'], domains: ['netflix.com'] },
  // https://dhl.com/lt-en/home/footer/fraud-awareness.html ("always sent from @dhl.com, @dpdhl.com, @dhl.de, @dhl.fr, @dhl-news.com or another country domain after @dhl")
  { name: 'DHL', words: [], acronyms: ['DHL'], domains: ['dhl.com', 'dpdhl.com', 'dhl-news.com'], countryLabel: 'dhl' },
  // https://support.docusign.com/en/articles/Why-aren-t-my-signers-receiving-DocuSign-Notification-emails (dse@docusign.net ...; "the domains @docusign.net & @docusign.com")
  { name: 'DocuSign', words: ['docusign'], domains: ['docusign.net', 'docusign.com'] },
  // https://www.linkedin.com/help/linkedin/answer/5342 (linkedin_support@cs.linkedin.com, linkedin@e.linkedin.com, linkedin@el.linkedin.com)
  { name: 'LinkedIn', words: ['linkedin'], domains: ['linkedin.com'] },
  // https://www.facebook.com/government-nonprofits/resources/basics/security ("only come from email addresses that end in
  // facebookmail.com, facebook.com, instagram.com, fb.com, meta.com or metamail.com")
  { name: 'Meta', words: ['facebook', 'instagram', 'meta for business'], domains: ['facebookmail.com', 'facebook.com', 'instagram.com', 'fb.com', 'meta.com', 'metamail.com'] },
  // https://help.dropbox.com/security/official-domains (Dropbox's official domains; mail from dropbox.com and dropboxmail.com)
  { name: 'Dropbox', words: ['dropbox'], domains: ['dropbox.com', 'dropboxmail.com'] },
  // https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams/what-is-phishing ("Emails from Coinbase will always have the coinbase.com domain name")
  { name: 'Coinbase', words: ['coinbase'], domains: ['coinbase.com'] },
];

/** The words of a display name, separated by anything that is not a letter or digit. */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Brands named in a display name: a phrase as a run of whole words, an acronym in capitals, or the brand's name alone. */
export function brandsIn(displayName: string): Brand[] {
  const w = words(displayName.slice(0, 1000));
  const lower = ` ${mapList(w, (x) => x.toLowerCase()).join(' ')} `;
  const exact = ` ${w.join(' ')} `;
  return BRANDS.filter(
    (b) =>
      b.words.some((phrase) => lower.includes(` ${phrase} `)) ||
      (b.acronyms ?? []).some((a) => exact.includes(` ${a} `)) ||
      lower.trim() === b.name.toLowerCase(),
  );
}

/** Is an organizational domain (lib/psl/org-domain) one the brand sends from: its list, or one of its country sites? */
export function isBrandDomain(brand: Brand, orgDomain: string): boolean {
  if (brand.domains.includes(orgDomain)) return true;
  if (brand.countryLabel === undefined) return false;
  // A country site: the brand's label right above a country-code suffix (ISO 3166 two letters, possibly under a
  // second level: co.uk). An organizational domain is its first label on top of the public suffix.
  const dot = orgDomain.indexOf('.');
  const suffix = orgDomain.slice(dot + 1);
  return orgDomain.slice(0, dot) === brand.countryLabel && /^[a-z]{2}$/.test(suffix.slice(suffix.lastIndexOf('.') + 1));
}
