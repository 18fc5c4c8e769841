/**
 * IP blocklists (RFC 5782 §2.1 reversed-octet names, §2.4 IPv6 nibble names). Each row follows the list's
 * published usage terms and return codes (linked in the row); "unknown" public-resolver behaviour is decided at
 * run time by the RFC 5782 §5 health check.
 */
import { SPAMHAUS_ERROR_RANGE, SPAMHAUS_ERRORS, SPAMHAUS_LOOKUP, SPAMHAUS_WHEN_REFUSED } from './spamhaus';
import type { Blocklist } from './types';

const PBL_NOTE =
  'Normal for a home or mobile connection that handed the message to its own provider; a problem only when this is the server that delivered the message.';

/** RFC 5782 §5: an IPv4 DNSxL MUST list 127.0.0.2 and MUST NOT list 127.0.0.1. */
const IPV4_TEST = { testListed: ['127.0.0.2'], testClear: '127.0.0.1' };

const byHand = (where: string): string => `This list did not answer through your resolver. Look the IP up by hand at ${where}.`;

export const IP_LISTS: readonly Blocklist[] = [
  {
    id: 'spamhaus-zen',
    name: 'Spamhaus ZEN',
    kind: 'ip',
    zone: 'zen.spamhaus.org',
    ipv6: true,
    publicResolvers: 'no',
    publicResolversNote: 'Queries through Cloudflare, Google and other public resolvers get the error 127.255.255.254; a DQS key works through any resolver.',
    codes: [
      { code: '127.0.0.2', kind: 'listed', meaning: 'SBL: a known spam source or spam operation, listed by Spamhaus staff.' },
      { code: '127.0.0.3', kind: 'listed', meaning: 'CSS: listed automatically for low-reputation sending (snowshoe spam, poor sending practices).' },
      { code: '127.0.0.4', kind: 'listed', meaning: 'XBL: the address is infected or exploited (bot, open proxy, hijacked host).' },
      { code: '127.0.0.5', kind: 'listed', meaning: 'XBL (reserved code): the address is infected or exploited.' },
      { code: '127.0.0.6', kind: 'listed', meaning: 'XBL (reserved code): the address is infected or exploited.' },
      { code: '127.0.0.7', kind: 'listed', meaning: 'XBL (reserved code): the address is infected or exploited.' },
      { code: '127.0.0.9', kind: 'listed', meaning: 'DROP: the whole network is run by criminals or hijacked (always listed in the SBL too).' },
      { code: '127.0.0.10', kind: 'listed', meaning: `PBL (set by the ISP): an end-user address that should not send mail straight to other mail servers. ${PBL_NOTE}` },
      { code: '127.0.0.11', kind: 'listed', meaning: `PBL (set by Spamhaus): an end-user address that should not send mail straight to other mail servers. ${PBL_NOTE}` },
      { code: '127.0.0.30', kind: 'listed', meaning: 'BCL: a botnet command-and-control server.' },
      ...SPAMHAUS_ERRORS,
    ],
    errorPrefix: SPAMHAUS_ERROR_RANGE,
    ...IPV4_TEST,
    lookup: SPAMHAUS_LOOKUP,
    delist: `Look the IP up at ${SPAMHAUS_LOOKUP}, fix the cause it names (infected host, open relay, missing reverse DNS), then use the removal link on that page. A mail server's owner can remove a PBL entry there.`,
    whenRefused: SPAMHAUS_WHEN_REFUSED,
    dqsZone: (key) => `${key}.zen.dq.spamhaus.net`,
  },
  {
    id: 'spamcop',
    name: 'SpamCop',
    kind: 'ip',
    zone: 'bl.spamcop.net',
    ipv6: false,
    publicResolvers: 'unknown',
    publicResolversNote: 'No report of SpamCop refusing public resolvers was found; its test entry decides.',
    codes: [{ code: '127.0.0.2', kind: 'listed', meaning: 'SpamCop users recently reported mail from this IP as spam.' }],
    ...IPV4_TEST,
    lookup: 'https://www.spamcop.net/bl.shtml',
    delist: 'No removal request: a SpamCop listing expires by itself about 24 hours after the reports stop. Find and stop what sent the spam (check https://www.spamcop.net/bl.shtml).',
    whenRefused: byHand('https://www.spamcop.net/bl.shtml'),
  },
  {
    id: 'barracuda',
    name: 'Barracuda (BRBL)',
    kind: 'ip',
    zone: 'b.barracudacentral.org',
    ipv6: false,
    publicResolvers: 'no',
    publicResolversNote: 'Barracuda answers only DNS servers registered with it; a public resolver cannot be registered, so its test entry usually fails.',
    codes: [{ code: '127.0.0.2', kind: 'listed', meaning: 'Barracuda Reputation Block List: Barracuda considers mail from this IP spam.' }],
    ...IPV4_TEST,
    lookup: 'https://www.barracudacentral.org/lookups',
    delist: 'Fix the cause, then request removal at https://www.barracudacentral.org/rbl/removal-request (after a lookup at https://www.barracudacentral.org/lookups).',
    whenRefused: 'Barracuda answers only DNS servers registered at barracudacentral.org, which a public resolver cannot be. Look the IP up by hand at https://www.barracudacentral.org/lookups.',
  },
  {
    id: 'uceprotect-1',
    name: 'UCEPROTECT Level 1',
    kind: 'ip',
    zone: 'dnsbl-1.uceprotect.net',
    ipv6: false,
    publicResolvers: 'unknown',
    publicResolversNote: 'No evidence either way; its test entry decides. Levels 2 and 3 list whole networks (the neighbourhood), not this sender, and are not queried.',
    codes: [{ code: '127.0.0.2', kind: 'listed', meaning: 'UCEPROTECT Level 1: this single IP sent mail to UCEPROTECT spam traps.' }],
    ...IPV4_TEST,
    lookup: 'https://www.uceprotect.net/en/rblcheck.php',
    delist: 'Level 1 entries expire by themselves 7 days after the last spam-trap hit once the spam stops; UCEPROTECT also sells an express delisting, which is not required. Check at https://www.uceprotect.net/en/rblcheck.php.',
    whenRefused: byHand('https://www.uceprotect.net/en/rblcheck.php'),
  },
  {
    id: 'psbl',
    name: 'PSBL (Passive Spam Block List)',
    kind: 'ip',
    zone: 'psbl.surriel.com',
    ipv6: false,
    publicResolvers: 'unknown',
    publicResolversNote: 'No evidence either way; its test entry decides.',
    codes: [{ code: '127.0.0.2', kind: 'listed', meaning: 'PSBL: the IP sent mail to PSBL spam traps and is not a known legitimate mail server.' }],
    ...IPV4_TEST,
    lookup: 'https://psbl.org/',
    delist: 'Self-service: look the IP up at https://psbl.org/ and use the removal link on the result page.',
    whenRefused: byHand('https://psbl.org/'),
  },
  {
    id: 'mailspike',
    name: 'Mailspike',
    kind: 'ip',
    zone: 'bl.mailspike.net',
    ipv6: false,
    publicResolvers: 'unknown',
    publicResolversNote: 'No evidence either way; its test entry decides.',
    codes: [
      { code: '127.0.0.2', kind: 'listed', meaning: 'Mailspike: the IP is a known spam source (bot or spam run).' },
      { code: '127.0.0.10', kind: 'listed', meaning: 'Mailspike reputation L5: the worst reputation.' },
      { code: '127.0.0.11', kind: 'listed', meaning: 'Mailspike reputation L4: very bad reputation.' },
      { code: '127.0.0.12', kind: 'listed', meaning: 'Mailspike reputation L3: bad reputation.' },
    ],
    ...IPV4_TEST,
    lookup: 'https://mailspike.io/ip_verify',
    delist: 'Mailspike scores reputation: it improves by itself once the spam stops. Check and ask for review at https://mailspike.io/ip_verify.',
    whenRefused: byHand('https://mailspike.io/ip_verify'),
  },
  {
    id: 'spamrats',
    name: 'SpamRATS',
    kind: 'ip',
    zone: 'all.spamrats.com',
    ipv6: false,
    publicResolvers: 'unknown',
    publicResolversNote: 'No evidence either way; its test entry decides.',
    codes: [
      { code: '127.0.0.36', kind: 'listed', meaning: 'RATS-Dyna: a dynamic or residential-looking address (generic reverse DNS) sending mail directly.' },
      { code: '127.0.0.37', kind: 'listed', meaning: 'RATS-NoPtr: the IP has no reverse DNS (PTR) and sent mail.' },
      { code: '127.0.0.38', kind: 'listed', meaning: 'RATS-Spam: the IP sent spam to SpamRATS traps.' },
      { code: '127.0.0.43', kind: 'listed', meaning: 'RATS-Auth: the IP tried to guess mail-server passwords.' },
    ],
    ...IPV4_TEST,
    lookup: 'https://www.spamrats.com/lookup.php',
    delist: 'Fix the cause (add reverse DNS, stop the spam), then use the removal form at https://www.spamrats.com/removal.php.',
    whenRefused: byHand('https://www.spamrats.com/lookup.php'),
  },
];
