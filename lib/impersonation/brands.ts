/**
 * Brands phishing mail most often pretends to be, with the organizational domains they really send
 * from. Matched against display names (whole words) and, through skeletons, against look-alike domains.
 * Deliberately short: a wrong "not the real brand" costs the user trust in every other finding.
 */
export interface Brand {
  name: string;
  /** Lower-case words or phrases that name the brand in a display name. */
  words: readonly string[];
  /** Organizational domains the brand legitimately sends from. */
  domains: readonly string[];
}

export const BRANDS: readonly Brand[] = [
  { name: 'PayPal', words: ['paypal'], domains: ['paypal.com', 'paypal.co.uk', 'paypal.de', 'paypal.fr', 'paypal.it', 'paypal.es', 'paypal.com.au', 'paypal-communication.com'] },
  { name: 'Microsoft', words: ['microsoft', 'office 365', 'office365', 'microsoft 365', 'outlook', 'onedrive', 'sharepoint', 'teams'], domains: ['microsoft.com', 'office.com', 'office365.com', 'outlook.com', 'live.com', 'hotmail.com', 'microsoftonline.com', 'sharepoint.com', 'onmicrosoft.com', 'microsoft365.com', 'azure.com'] },
  { name: 'Apple', words: ['apple', 'icloud', 'itunes', 'app store'], domains: ['apple.com', 'icloud.com', 'me.com', 'mac.com', 'itunes.com'] },
  { name: 'Amazon', words: ['amazon', 'aws'], domains: ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.co.jp', 'amazon.in', 'amazon.com.au', 'amazonses.com', 'amazonaws.com', 'aws.com'] },
  { name: 'Google', words: ['google', 'gmail'], domains: ['google.com', 'gmail.com', 'googlemail.com', 'youtube.com'] },
  { name: 'Netflix', words: ['netflix'], domains: ['netflix.com'] },
  { name: 'DHL', words: ['dhl'], domains: ['dhl.com', 'dhl.de', 'dhl.co.uk', 'dpdhl.com', 'dhl-news.com'] },
  { name: 'FedEx', words: ['fedex'], domains: ['fedex.com'] },
  { name: 'UPS', words: ['ups'], domains: ['ups.com'] },
  { name: 'USPS', words: ['usps'], domains: ['usps.com', 'usps.gov'] },
  { name: 'DocuSign', words: ['docusign'], domains: ['docusign.com', 'docusign.net'] },
  { name: 'Dropbox', words: ['dropbox'], domains: ['dropbox.com', 'dropboxmail.com'] },
  { name: 'LinkedIn', words: ['linkedin'], domains: ['linkedin.com'] },
  { name: 'Facebook', words: ['facebook'], domains: ['facebook.com', 'facebookmail.com', 'meta.com'] },
  { name: 'Instagram', words: ['instagram'], domains: ['instagram.com', 'mail.instagram.com', 'facebookmail.com'] },
  { name: 'Adobe', words: ['adobe'], domains: ['adobe.com', 'adobesign.com'] },
  { name: 'Coinbase', words: ['coinbase'], domains: ['coinbase.com'] },
  { name: 'Binance', words: ['binance'], domains: ['binance.com'] },
  { name: 'Wells Fargo', words: ['wells fargo'], domains: ['wellsfargo.com'] },
  { name: 'Bank of America', words: ['bank of america'], domains: ['bankofamerica.com', 'bofa.com'] },
  { name: 'Chase', words: ['jpmorgan chase', 'chase bank'], domains: ['chase.com', 'jpmorgan.com'] },
  { name: 'HMRC', words: ['hmrc'], domains: ['hmrc.gov.uk', 'gov.uk'] },
  { name: 'IRS', words: ['irs', 'internal revenue service'], domains: ['irs.gov'] },
  { name: 'WeTransfer', words: ['wetransfer'], domains: ['wetransfer.com'] },
  { name: 'Norton', words: ['norton'], domains: ['norton.com', 'nortonlifelock.com', 'gen.com'] },
  { name: 'McAfee', words: ['mcafee'], domains: ['mcafee.com'] },
];

/** Lower-cased words of a display name, separated by anything that is not a letter or digit. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Brands named in a display name, matched on whole words (multi-word names as a run of words). */
export function brandsIn(displayName: string): Brand[] {
  const w = words(displayName.slice(0, 1000));
  const joined = ` ${w.join(' ')} `;
  return BRANDS.filter((b) => b.words.some((phrase) => joined.includes(` ${phrase} `)));
}
