/**
 * Phrases the common MTAs and mailbox providers write for each kind of refusal, lower-case, matched as
 * substrings of the whitespace-collapsed diagnostic. General knowledge of the generators' wording
 * (Postfix, Exim, Sendmail, qmail, Exchange, Gmail, Yahoo, iCloud, SES...), not of individual messages.
 * The order of PHRASE_ORDER decides between two matches: specific causes before generic ones.
 */
import type { Reason } from './types';

export const PHRASES: Readonly<Partial<Record<Reason, readonly string[]>>> = {
  authfailure: [
    'spf check', 'spf fail', 'spf validation', 'spf record', 'sender policy framework', 'spf=fail', 'spf: ',
    'dkim', 'domainkeys', 'dmarc', 'unauthenticated email', 'not pass authentication', 'sender authentication',
    'is not designated to send', 'not designated as permitted sender', 'not authorized by domain',
    'authentication checks', 'sender domain authentication', 'authentication information', 'fails to pass authentication',
  ],
  norelaying: [
    'email address is not verified',
    'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not permitted',
    'not permitted to relay', 'unable to relay', 'relaying not allowed', 'not allowed to relay', 'we do not relay',
    'no relaying', 'relaying prohibited', 'relaying is prohibited', 'relay prohibited', 'not a gateway', 'relaying disallowed',
    'cannot relay', 'relay not allowed', 'unable to relay for',
  ],
  hasmoved: ['has moved', 'address has changed', 'user has moved', 'no longer at this address', 'moved to'],
  mailboxfull: [
    'mailbox exceeded', 'mailbox exceeds',
    'mailbox full', 'mailbox is full', 'mailbox has exceeded', 'mailbox size limit', 'over quota', 'overquota',
    'quota exceeded', 'exceeded quota', 'exceeds quota', 'exceed quota', 'quota full', 'quota exceed', 'disk quota',
    'storage quota', 'exceeded storage', 'exceeded its storage', 'out of storage', 'account is full', 'inbox is full',
    'mailfolder is full', 'mail box full', 'full mailbox', 'user is over', 'too much mail', 'mailbox exceeds',
    'insufficient storage for', 'not enough storage', 'quotaexceeded', 'would exceed mailbox', 'exceeds the quota',
    'is over its quota', 'over the allowed quota', 'mailbox full', 'account is over', 'box is full',
  ],
  mesgtoobig: [
    'message too big', 'message too large', 'message is too large', 'message is too big', 'message size exceeds',
    'message length exceeds', 'exceeds the maximum message size', 'exceeds maximum message size',
    'message exceeds', 'size limit exceeded', 'too large for', 'too big for', 'message size limit', 'mail size limit',
    'maximum message size', 'exceeds size limit', 'size exceeds',
  ],
  exceedlimit: ['exceeds administrative limit', 'exceeded the administrative limit', 'administrative limit exceeded'],
  suspend: [
    'account disabled', 'account has been disabled', 'account is disabled', 'mailbox disabled', 'mailbox is disabled',
    'account suspended', 'account has been suspended', 'mailbox suspended', 'user suspended', 'is suspended',
    'is inactive', 'account is inactive', 'mailbox is inactive', 'inactive account', 'deactivated', 'is not active',
    'account expired', 'account has expired', 'currently disabled', 'disabled or discontinued', 'mailbox unavailable (disabled',
    'is disabled', 'has been disabled', 'account is blocked', 'account is locked', 'account locked', 'account is frozen',
  ],
  userunknown: [
    "address couldn't be found", 'address could not be found',
    'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'no such account',
    'user not found', 'mailbox not found', 'recipient not found', 'address not found', 'account not found',
    'user does not exist', 'mailbox does not exist', 'address does not exist', 'account does not exist',
    'recipient does not exist', 'does not exist', "doesn't exist", 'invalid recipient', 'unknown recipient',
    'recipient unknown', 'recipient address rejected: user', 'invalid mailbox', 'not a valid mailbox',
    'no mailbox here', 'no mailbox by that name', 'recipnotfound', 'unknown or illegal alias', 'not our customer',
    "user doesn't have", 'bad destination mailbox', 'user not exist', 'check if address is correct', 'unknown address', 'address unknown', 'invalid address',
    'not a valid user', 'no valid recipients', 'unknown local part', 'unknown mailbox', 'mailbox unknown',
    'no mailbox', 'addressee unknown', 'not listed in', 'is not a known user', 'unknown account', 'no such person',
    'undeliverable address', 'unrouteable address', 'no such local user', 'user invalid',
    'invalid user', 'unknown recipent', 'user account is unavailable', 'mailbox unavailable', 'no such user here',
    'no account by that name', 'the email account that you tried to reach does not exist', 'cannot be found',
    // Trend Micro InterScan MSS reports a recipient the next hop refused as "Unable to deliver message to
    // <rcpt> (and other recipients in the same domain)".
    'and other recipients in the same domain',
  ],
  hostunknown: [
    'host unknown', 'unknown host', 'host not found', 'domain not found', 'no such domain', 'domain does not exist',
    'unknown domain', 'domain name not found', 'name service error', 'name or service not known',
    'host or domain name not found', 'nxdomain', 'non-existent host', 'nonexistent domain', 'invalid domain',
    'domain is not valid', 'could not resolve', 'host name lookup failure', 'hostname lookup failed',
    'no mx record', 'domain name lookup failed', 'unroutable domain', 'dns error: domain',
    'no route to the host', 'recipient domain does not exist', 'domain is not reachable',
    // DragonFly Mail Agent (net.c): "DNS lookup failure: host <mx> not found".
    'dns lookup failure: host',
  ],
  requireptr: [
    'mismatches client ip',
    'reverse dns', 'reverse lookup', 'no ptr', 'ptr record', 'rdns', 'cannot find your hostname',
    'cannot find your reverse hostname', 'ip name lookup failed', 'does not resolve', 'resolve your address',
    'no reverse', 'reverse hostname', 'lookup of your ip', 'unresolvable', 'hostname of your ip',
    'client host rejected: cannot find your', 'dns ptr', 'ptr lookup',
    // The HELO/host name does not resolve to the connecting address: an unverifiable sending IP.
    'unverifyable sending ip', 'unverifiable sending ip',
  ],
  badreputation: ['reputation', 'temporarily deferred due to user complaints', 'complaints'],
  blocked: [
    'service refused',
    'blacklist', 'blocklist', 'block list', 'black list', 'spamhaus', 'spamcop', 'sorbs', 'barracuda', 'dnsbl',
    'rbl', 'listed at', 'listed on', 'listed in', 'blocked using', 'dynamic ip', 'dynamic ips', 'dial-up', 'dialup',
    'residential', 'ip blocked', 'ip is blocked', 'blocked - see',
    'not accepting connections', 'connection refused', 'too many errors from your', 'poor sending',
    'rejected because of your', 'mail server ip', 'refused to talk to me', 'connection rejected',
    // Dynamic/residential ranges (outbound port 25 blocking): "please use the SMTP server of your ISP".
    'smtp server of your isp', 'mail server of your isp', "your isp's smtp", "your isp's mail server",
  ],
  virusdetected: ['virus', 'malware', 'infected', 'trojan', 'worm ', 'malicious'],
  spamdetected: [
    'spam', 'junk mail', 'unsolicited', 'bulk mail', 'content rejected', 'message content', 'looks like',
    'suspicious', 'scored too high', 'high score', 'phish',
  ],
  policyviolation: [
    'policy violation', 'violates', 'violation of', 'prohibited', 'local policy', 'security policy', 'content policy',
    'by policy', 'policy reasons', 'policy restriction', 'attachment type', 'prohibited attachment', 'not allowed by', 'due to policy',
    'protocol violation', 'content presents a potential',
    'policy rejection', 'content restriction',
  ],
  toomanyconn: ['too many recipients', 'too many connections', 'too many concurrent', 'too many sessions', 'connection limit', 'connections from your', 'too many smtp sessions'],
  speeding: [
    'rate limit', 'ratelimit', 'rate-limit', 'too many messages', 'sending rate', 'unusual rate', 'throttl',
    'exceeded the rate', 'too many recipients this hour', 'too fast', 'slow down',
  ],
  expired: [
    'expired', 'retry timeout exceeded', 'retry time not reached', 'giving up', 'could not be delivered for',
    'has been undeliverable', 'queue too long', 'too long in queue', 'undeliverable for', 'was not delivered within',
    'unable to deliver in', 'delivery time', 'maximum time', 'timeout exceeded', 'gave up', 'will be retried',
    'will keep trying', 'still undelivered', 'delivery attempts will continue', 'not yet been delivered',
    'did not accept our requests to connect', 'failed attempts', 'attempts:', 'was aborted after',
  ],
  networkerror: [
    'connection timed out', 'timed out', 'timeout', 'no route to host', 'network is unreachable',
    'host is unreachable', 'lost connection', 'connection reset', 'connection closed', 'could not connect',
    'unable to connect', 'connect to', 'loops back to myself', 'mail loop', 'routing loop', 'too many hops',
    'hop count exceeded', 'unexpected connection', 'not reachable', 'host not reachable',
  ],
  notaccept: [
    'does not accept mail', 'null mx', "doesn't receive email", 'does not receive email', 'not accepting mail', 'accepts no mail', 'does not accept any mail',
    'no mail server', 'not accept mail', 'mx is null', 'not configured to accept',
  ],
  failedstarttls: ['starttls', 'tls not available', 'tls is required', 'must use tls', 'encryption required', 'requires tls', 'tls required', 'does not support tls'],
  securityerror: [
    'authentication required', 'must authenticate', 'authentication failed', 'authentication is required',
    'not authenticated', 'auth required', 'insecure', 'access denied', 'certificate', 'security policies',
    // RFC 3463 §3.8 X.7.1 in its own words ("Delivery not authorized, message refused"): a security status.
    'delivery not authorized',
  ],
  systemfull: ['insufficient system storage', 'disk full', 'system full', 'insufficient disk', 'out of disk', 'no space left'],
  mailererror: [
    'mailer error', 'command failed', 'unknown mailer', 'pipe to', 'exit code', 'procmail', '/bin/sh', 'command died',
    'returned non-zero', 'x-unix',
  ],
  systemerror: [
    'system error', 'internal error', 'local error', 'server error', 'configuration error', 'unexpected failure',
    'too many recursive', 'internal server error', 'system problem', 'mail system problem', 'configuration problem',
    'service currently unavailable', 'transaction failed', 'could not load',
    // fml's loop guard: a Message-ID the list has already distributed ("Duplicated Message-ID").
    'duplicated message-id',
  ],
  filtered: [
    'filtered', 'refused by recipient', 'rejected by recipient', 'user reject',
    'blocked by the recipient', 'not authorized to send to', 'mail filter', 'recipient rejected your message',
    'refused to accept', 'does not accept messages from', 'only accepts mail from', 'recipient preferences',
  ],
  rejected: [
    'sender rejected', 'sender address rejected', 'domain of sender address', 'sender verify failed',
    'sender not allowed', 'envelope sender', 'invalid sender', 'sender domain', 'unknown sender',
    'sender is not', 'from address', 'return path', 'return-path', 'sender unknown', 'purported responsible address',
    'bad sender', 'not permitted sender', 'not a member of this mailing list', 'not member article',
    'rejected', 'refused', 'denied',
  ],
  notcompliantrfc: [
    'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'rfc822', 'not rfc compliant', 'multiple from',
    'duplicate header', 'multiple addresses in from', 'multiple subject', 'missing date', 'missing message-id', 'header field', 'non-compliant',
  ],
  // Reason key reused below through GENERIC_BLOCKED: plain words that say "refused" without a cause.
  contenterror: ['charset', 'mime', '8bit', 'header error', 'content error', 'invalid content'],
  syntaxerror: ['syntax error', 'command unrecognized', 'unrecognized command', 'bad sequence', 'invalid command'],
};

/** A failed DNS lookup (SERVFAIL, a broken reply, a temporary NXDOMAIN) is trouble on the way, not proof. */
export const DNS_TROUBLE: readonly string[] = ['malformed or unexpected name server reply', 'dns error', 'dns lookup error', 'temporary lookup failure', 'name server timeout', 'dns query failed'];

/** "Blocked" said without a cause: weaker than any named cause (content, policy, spam). */
export const GENERIC_BLOCKED: readonly string[] = [
  'blocked', 'banned', 'not allowed to send mail', 'your ip', 'ip address', 'your host', 'your network',
  'client host',
];

/**
 * Postfix access(5) and Sendmail access-db REJECT without a text answer with the default words
 * "Access denied": after Postfix's "<what> rejected:" they add no cause, <what> decides.
 */
export const ACCESS_MAP_DEFAULTS: readonly string[] = ['rejected: access denied', 'rejected : access denied'];

/** A blocklisted URL or domain inside the message (URIBL, SURBL, Spamhaus DBL) judges content, not the client. */
export const CONTENT_BLOCKLISTS: readonly string[] = [
  'blacklisted url', 'blocklisted url', 'blacklisted link', 'blocklisted link', 'uribl', 'surbl', 'url in message',
];

/** The MTA's own fault (queue file, directory server), even when it then gave up on the message. */
export const LOCAL_FAULTS: readonly string[] = [
  'queue file write error', 'unable to contact ldap server', 'ldap server unavailable', 'ldap server is unavailable',
];

/** Most specific first. Generic words (rejected, refused, blocked) come last. */
export const PHRASE_ORDER: readonly Reason[] = [
  'authfailure', 'norelaying', 'mailboxfull', 'exceedlimit', 'mesgtoobig', 'hasmoved', 'requireptr',
  'badreputation', 'virusdetected', 'suspend', 'notaccept', 'hostunknown', 'userunknown', 'failedstarttls',
  'toomanyconn', 'speeding', 'blocked', 'notcompliantrfc', 'spamdetected', 'policyviolation', 'expired',
  'networkerror', 'systemfull', 'mailererror', 'securityerror', 'filtered', 'systemerror', 'contenterror',
  'syntaxerror', 'rejected',
];
