/**
 * Blocklists a refusal may name, with where to look the IP up and how to get delisted (each list's own
 * lookup and removal pages, linked in the row, in our own words).
 */
export interface Blocklist {
  name: string;
  tokens: readonly string[];
  lookup: string;
  delisting: string;
}

export const BLOCKLISTS: readonly Blocklist[] = [
  { name: 'Spamhaus', tokens: ['spamhaus'], lookup: 'https://check.spamhaus.org/', delisting: 'Fix the cause (compromised host, open relay, bad list), then submit a removal request on the lookup page.' },
  { name: 'Barracuda', tokens: ['barracuda', 'b.barracudacentral.org'], lookup: 'https://www.barracudacentral.org/lookups', delisting: 'Register on Barracuda Central and submit a removal request for the IP.' },
  { name: 'SpamCop', tokens: ['spamcop'], lookup: 'https://www.spamcop.net/bl.shtml', delisting: 'Listings usually expire by themselves within about 24 hours once the spam reports stop.' },
  { name: 'SORBS', tokens: ['sorbs'], lookup: 'sorbs.net (no longer answers)', delisting: 'SORBS had a delisting web form, but the list was shut down in 2024: a server still querying it is misconfigured; tell the receiving administrator.' },
  { name: 'Proofpoint', tokens: ['proofpoint', 'ipcheck.proofpoint.com'], lookup: 'https://ipcheck.proofpoint.com/', delisting: 'Contact Proofpoint support through the IP check page.' },
  { name: 'Microsoft', tokens: ['sender.office.com', 's3150', 'banned sending ip', 'block list (s3'], lookup: 'https://sender.office.com/', delisting: 'Submit the IP through the Microsoft delist portal (sender.office.com) and confirm by e-mail.' },
];

/** The blocklists named in a reply text. */
export function blocklistsIn(text: string): Blocklist[] {
  const lower = text.slice(0, 16 * 1024).toLowerCase();
  return BLOCKLISTS.filter((b) => b.tokens.some((t) => lower.includes(t)));
}
