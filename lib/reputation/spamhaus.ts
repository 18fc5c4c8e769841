/**
 * Spamhaus return codes shared by ZEN and DBL. Sources: Spamhaus "Available zones" (docs.spamhaus.com, datasets
 * 040-zones), news article 788 (127.255.255.0/24 is "errors related to the DNSBL queries themselves, which should
 * NOT be interpreted as any sort of reputation"), the legacy-users help page (.254 public/open resolver,
 * .255 excessive queries), and the DQS key error codes .250/.251 (the zones page: "the last two return codes are
 * associated with invalid DQS keys").
 */
import type { Blocklist, ReturnCode } from './types';

export const SPAMHAUS_ERRORS: readonly ReturnCode[] = [
  { code: '127.255.255.250', kind: 'key-error', meaning: 'Spamhaus refused the DQS key: it is disabled or not valid.' },
  { code: '127.255.255.251', kind: 'key-error', meaning: 'Spamhaus refused the DQS key: it is not accepted for these queries (for example in use by another account).' },
  { code: '127.255.255.252', kind: 'query-error', meaning: 'Spamhaus says the query named a zone that does not exist (a typo in the list name).' },
  { code: '127.255.255.254', kind: 'refused', meaning: 'Spamhaus refuses queries that come through a public or open resolver (Cloudflare, Google, Quad9 and the like).' },
  { code: '127.255.255.255', kind: 'rate-limited', meaning: 'Spamhaus refused the query: too many queries came from this resolver (over its fair-use limit).' },
];

export const SPAMHAUS_ERROR_RANGE: NonNullable<Blocklist['errorPrefix']> = {
  prefix: '127.255.255.',
  kind: 'query-error',
  meaning: 'Spamhaus returned a code from 127.255.255.0/24, the range it keeps for errors of the query itself (not a listing).',
};

export const SPAMHAUS_LOOKUP = 'https://check.spamhaus.org/';

export const SPAMHAUS_WHEN_REFUSED =
  'Spamhaus does not answer through public DNS resolvers. Get a free Spamhaus Data Query Service (DQS) key ' +
  '(non-commercial use) and enter it in the options: headerscope then asks <key>.zen.dq.spamhaus.net, which works through any ' +
  `resolver. Or look the target up by hand at ${SPAMHAUS_LOOKUP}.`;

/** A DQS key goes into the query name as one DNS label (Spamhaus DQS: `<key>.zen.dq.spamhaus.net`). */
export function validDqsKey(key: string): boolean {
  return /^[a-z0-9]{1,63}$/i.test(key);
}
