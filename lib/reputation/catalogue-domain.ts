/**
 * Domain blocklists (RFC 5782 §2.2: `<domain>.<zone>`). Return codes: Spamhaus zones page (DBL), SURBL and
 * URIBL list documentation as implemented by rspamd and SpamAssassin (bit 1 = query refused: URIBL_BLOCKED,
 * SURBL_BLOCKED). Test points: RFC 5782 §5 names `test` / `invalid`, plus the operator's documented test domain
 * (either listed is enough; see index.ts).
 */
import { SPAMHAUS_ERROR_RANGE, SPAMHAUS_ERRORS, SPAMHAUS_LOOKUP, SPAMHAUS_WHEN_REFUSED } from './spamhaus';
import type { Blocklist } from './types';

export const DOMAIN_LISTS: readonly Blocklist[] = [
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    kind: 'domain',
    zone: 'dbl.spamhaus.org',
    ipv6: false,
    publicResolvers: 'no',
    publicResolversNote: 'Same policy as ZEN: public resolvers get 127.255.255.254; a DQS key works through any resolver.',
    codes: [
      { code: '127.0.1.2', kind: 'listed', meaning: 'DBL: a low-reputation domain (seen in spam).' },
      { code: '127.0.1.4', kind: 'listed', meaning: 'DBL: a phishing domain.' },
      { code: '127.0.1.5', kind: 'listed', meaning: 'DBL: a malware domain.' },
      { code: '127.0.1.6', kind: 'listed', meaning: 'DBL: a botnet command-and-control domain.' },
      { code: '127.0.1.102', kind: 'listed', meaning: 'DBL: a legitimate domain that has been abused (compromised or misused for spam).' },
      { code: '127.0.1.103', kind: 'listed', meaning: 'DBL: an abused redirector or URL shortener used in spam.' },
      { code: '127.0.1.104', kind: 'listed', meaning: 'DBL: a legitimate domain abused for phishing.' },
      { code: '127.0.1.105', kind: 'listed', meaning: 'DBL: a legitimate domain abused to spread malware.' },
      { code: '127.0.1.106', kind: 'listed', meaning: 'DBL: a legitimate domain abused to host botnet command and control.' },
      { code: '127.0.1.255', kind: 'query-error', meaning: 'Spamhaus DBL error: an IP address was queried against a domain list (not a listing).' },
      ...SPAMHAUS_ERRORS,
    ],
    errorPrefix: SPAMHAUS_ERROR_RANGE,
    // RFC 5782 §5 `test`, and dbltest.com, which Spamhaus documents as the DBL's always-listed test domain.
    testListed: ['test', 'dbltest.com'],
    testClear: 'invalid',
    lookup: SPAMHAUS_LOOKUP,
    delist: `Look the domain up at ${SPAMHAUS_LOOKUP}, clean up what it names (compromised site, spam runs), then use the removal link on that page.`,
    whenRefused: SPAMHAUS_WHEN_REFUSED.replace('zen.dq.spamhaus.net', 'dbl.dq.spamhaus.net'),
    dqsZone: (key) => `${key}.dbl.dq.spamhaus.net`,
  },
  {
    id: 'surbl',
    name: 'SURBL multi',
    kind: 'domain',
    zone: 'multi.surbl.org',
    ipv6: false,
    publicResolvers: 'partly',
    publicResolversNote: 'Small sites may query SURBL through public DNS, but busy public resolvers get blocked (answer 127.0.0.1, SpamAssassin SURBL_BLOCKED).',
    codes: [],
    bits: [
      { bit: 1, kind: 'refused', meaning: 'SURBL blocked the query: too many queries come through this (public) resolver.' },
      { bit: 2, kind: 'listed', meaning: 'SURBL (reserved bit 2).' },
      { bit: 4, kind: 'listed', meaning: 'SURBL (reserved bit 4).' },
      { bit: 8, kind: 'listed', meaning: 'SURBL PH: the domain appears in phishing messages.' },
      { bit: 16, kind: 'listed', meaning: 'SURBL MW: the domain hosts or spreads malware.' },
      { bit: 32, kind: 'listed', meaning: 'SURBL (reserved bit 32).' },
      { bit: 64, kind: 'listed', meaning: 'SURBL ABUSE: the domain appears in spam (abuse list).' },
      { bit: 128, kind: 'listed', meaning: 'SURBL CR: a cracked (compromised) site used in spam.' },
    ],
    // RFC 5782 §5 `test`, and test.surbl.org, which SURBL documents as listed on every SURBL list.
    testListed: ['test', 'test.surbl.org'],
    testClear: 'invalid',
    lookup: 'https://www.surbl.org/surbl-analysis',
    delist: 'Clean the site first (SURBL checks again), then request removal through https://www.surbl.org/surbl-analysis.',
    whenRefused: 'SURBL blocks busy public resolvers and offers no personal key for free use. Look the domain up by hand at https://www.surbl.org/surbl-analysis.',
  },
  {
    id: 'uribl',
    name: 'URIBL multi',
    kind: 'domain',
    zone: 'multi.uribl.com',
    ipv6: false,
    publicResolvers: 'no',
    publicResolversNote: 'Public resolvers (Google, OpenDNS, large ISP caches) get "Query Refused": the answer 127.0.0.1.',
    codes: [],
    bits: [
      { bit: 1, kind: 'refused', meaning: 'URIBL refused the query: it does not answer queries through public DNS resolvers.' },
      { bit: 2, kind: 'listed', meaning: 'URIBL black: the domain is used in spam, with high confidence.' },
      { bit: 4, kind: 'listed', meaning: 'URIBL grey: the domain is used in bulk mail that many recipients did not ask for.' },
      { bit: 8, kind: 'listed', meaning: 'URIBL red: the domain was recently seen in spam (monitored, less certain).' },
    ],
    // RFC 5782 §5 `test`, and test.uribl.com, which URIBL documents as its always-listed test domain.
    testListed: ['test', 'test.uribl.com'],
    testClear: 'invalid',
    lookup: 'https://admin.uribl.com/',
    delist: 'Look the domain up and request removal at https://admin.uribl.com/ after stopping the mail that got it listed.',
    whenRefused: 'URIBL refuses queries through public DNS resolvers and offers no free personal key. Look the domain up by hand at https://admin.uribl.com/.',
  },
];
