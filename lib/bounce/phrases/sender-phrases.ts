/**
 * Words about the sender or the sending client: the envelope sender refused, relaying refused, failed
 * authentication, missing reverse DNS, a blocklisted or rate-limited client, security requirements.
 */
import { rule, type PhraseRule } from './types';

export const SENDER_PHRASES: readonly PhraseRule[] = [
  // IANA registry (RFC 3463 §3.2) X.1.7 and X.1.8 descriptions.
  rule('rejected', 'cause', ["bad sender's mailbox address syntax", "bad sender's system address"]),
  // Postfix smtpd "Sender address rejected: ..." (reject_unknown_sender_domain, reject_non_fqdn_sender; postfix.org/postconf.5.html).
  rule('rejected', 'cause', ['sender address rejected']),
  // Exim "Sender verify failed" (Exim spec, "verify = sender"); Sendmail srvrsmtp.c "Domain of sender address <s> does not exist".
  rule('rejected', 'cause', ['sender verify failed', 'domain of sender address']),
  // fml mailing-list manager refusals of a posted message ("NOT MEMBER article from ...", "reject mail from ...").
  rule('rejected', 'verdict', [' are not member', 'not member article from ', 'reject mail from ', 'reject spammers:', 'you are not a member of this mailing list', 'spam mail from a spammer is rejected', ' header may cause mail loop']),
  // Sisimai's definition of rejected (Sisimai::Reason::Rejected): refusals of the envelope sender.
  rule('rejected', 'cause', [
    'access denied (in reply to mail from command)', 'access denied (sender blacklisted)', 'administrative prohibition',
    'batv failed to verify', 'batv validation failure', 'backscatter protection detected an invalid or expired email address', "because the sender isn't on the recipient's list of senders to accept mail from",
    'bogus mail from', "can't determine purported responsible address", 'connections not accepted from servers without a valid sender domain',
    'denied [bouncedeny]', 'denied by secumail valid-address-filter', 'delivery not authorized, message refused', 'does not exist e2110',
    'email address is on senderfilterconfig list', 'emetteur invalide', 'empty envelope senders not allowed', 'envelope blocked - ',
    'error: no third-party dsns', 'from: domain is invalid. please provide a valid from:', 'fully qualified email address required',
    'invalid domain, see <url:', 'invalid sender', 'is not a registered gateway user', 'mail from not owned by user',
    'message rejected: email address is not verified', 'mx records for ', 'null sender is not allowed', 'recipient addresses rejected : access denied',
    'recipient not accepted. (batv: no tag', 'returned mail not accepted here', 'rfc 1035 violation: recursive cname records for',
    'rule imposed mailbox access for', 'sending this from a different address or alias using the ', 'sender address has been blacklisted',
    'sender email address rejected', 'sender is in my black list', 'sender is spammer', 'sender not pre-approved', 'sender rejected',
    'sender domain is empty', 'sender was rejected', 'spam reporting address', 'syntax error: empty email address',
    'the message has been rejected by batv defense', 'this server does not accept mail from', 'transaction failed unsigned dsn for',
    'unroutable sender address', 'you are not allowed to post to this mailing list', 'you are sending to/from an address that has been blacklisted',
    'your access to submit messages to this e-mail system has been rejected', 'your email address has been blacklisted',
  ]),
  // Common wordings of a refused envelope sender (RFC 5321 §3.3 MAIL FROM).
  rule('rejected', 'cause', [
    'sender not allowed', 'envelope sender', 'sender domain', 'unknown sender', 'sender is not', 'sender unknown', 'bad sender',
    'not permitted sender', 'purported responsible address', 'not a member of this mailing list', 'not member article',
  ]),
  rule('rejected', 'keyword', ['from address', 'return path', 'return-path', 'address rejected', 'rejected', 'refused', 'denied']),

  // Postfix "Relay access denied" (reject_unauth_destination, postfix.org/SMTPD_ACCESS_README.html); Sendmail "Relaying denied" (cf/README); Exchange "5.7.1 Unable to relay" (learn.microsoft.com).
  rule('norelaying', 'cause', ['relay access denied', 'relaying denied', 'unable to relay']),
  // qmail-smtpd "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)".
  rule('norelaying', 'cause', ["that domain isn't in my list of allowed rcpthost"]),
  // Sisimai's definition of norelaying (Sisimai::Reason::NoRelaying).
  rule('norelaying', 'cause', [
    'as a relay', 'email address is not verified', 'insecure mail relay', 'is not permitted to relay through this server without authentication',
    'mail server requires authentication when attempting to send to a non-local e-mail address', 'no relaying', 'not a gateway',
    'not allowed to relay through this machine', 'not an open relay, so get lost', 'not local host', 'relay denied', 'relaying mail to ',
    'relay not permitted', 'specified domain is not allowed', 'this system is not configured to relay mail', 'unable to relay for', "we don't handle mail for",
  ]),
  // Common wordings of a refused relay (RFC 5321 §3.6.2 relaying).
  rule('norelaying', 'cause', [
    'relaying not permitted', 'not permitted to relay', 'relaying not allowed', 'relaying is not allowed', 'not allowed to relay', 'relay not allowed',
    'we do not relay', "we don't relay", 'relaying prohibited', 'relaying is prohibited', 'relay prohibited', 'relaying disallowed', 'cannot relay',
    "can't relay", 'relay not authorized', 'relaying not authorized', 'not authorized to relay', 'relay refused', 'relaying refused', 'relay rejected',
    'relaying rejected', 'open relay', 'relay request denied', 'mail relay denied',
  ]),
  rule('norelaying', 'keyword', ['relay']),

  // RFC 5248 registry X.7.20-X.7.24, X.7.26, X.7.29 descriptions (DKIM, SPF, ARC results).
  rule('authfailure', 'cause', ['no passing dkim signature found', 'no acceptable dkim signature found', 'no valid author-matched dkim signature found', 'spf validation failed', 'spf validation error', 'multiple authentication checks failed', 'arc validation failure']),
  // Google "5.7.26 ... fails to pass authentication checks", "Unauthenticated email ... DMARC policy" (support.google.com/a/answer/81126).
  rule('authfailure', 'cause', ['fails to pass authentication checks', 'fails to pass spf checks', "domain's dmarc policy", 'senders to authenticate with either spf or dkim', 'does not pass dmarc verification']),
  // Sisimai's definition of authfailure (Sisimai::Reason::AuthFailure).
  rule('authfailure', 'cause', ['//spf.pobox.com', 'bad spf records for', 'dmarc policy', 'please inspect your spf settings', 'sender policy framework (spf) fail', 'sender policy framework violation', 'spf (sender policy framework) domain authentication fail', 'spf check: fail', ' is not allowed to send mail. * _401', "is not allowed to send from < * per it's spf record"]),
  // Common wordings of an SPF/DKIM/DMARC failure (RFC 7208 §8.4 "fail", RFC 7489 §6.7 policy enforcement).
  rule('authfailure', 'cause', [
    'spf check', 'spf fail', 'spf validation', 'spf record', 'sender policy framework', 'spf=fail', 'unauthenticated email', 'not pass authentication',
    'sender authentication', 'is not designated to send', 'not designated as permitted sender', 'not authorized by domain', 'authentication checks',
    'sender domain authentication', 'authentication information', 'fails to pass authentication',
  ]),
  rule('authfailure', 'keyword', ['dkim', 'domainkeys', 'dmarc', 'spf: ']),

  // RFC 5248 registry X.7.25 "Reverse DNS validation failed"; Postfix "Client host rejected: cannot find your hostname" (reject_unknown_client_hostname).
  rule('requireptr', 'cause', ['reverse dns validation failed', 'cannot find your hostname', 'cannot find your reverse hostname']),
  // Google "The IP address sending this message does not have a PTR record setup" (support.google.com/a/answer/81126).
  rule('requireptr', 'cause', ['does not have a ptr record', 'the corresponding forward dns entry does not point to the sending ip']),
  // Sisimai's definition of requireptr (Sisimai::Reason::RequirePTR).
  rule('requireptr', 'cause', [
    'access denied. ip name lookup failed', 'all mail servers must have a ptr record with a valid reverse dns entry', 'bad dns ptr resource record',
    'fix reverse dns for ', 'ips with missing ptr records', 'no ptr record found.', 'please get a custom reverse dns name from your isp for your host',
    'ptr record setup', 'reverse dns failed', 'reverse dns required', 'sender ip reverse lookup rejected',
    'this system will not accept messages from servers/devices with no reverse dns', 'unresolvable relay host name',
    'we do not accept mail from hosts with dynamic ip or generic dns ptr-records', 'domain * mismatches client ip', 'dns lookup failure: * try again later',
    'reverse dns lookup for host * failed permanently', 'server access * forbidden by invalid rdns record of your mail server', 'service permits * unverifyable sending ips',
  ]),
  // Common wordings of a missing or mismatched PTR record (RFC 1912 §2.1).
  rule('requireptr', 'cause', [
    'reverse dns', 'reverse lookup', 'no ptr', 'ptr record', 'rdns', 'ip name lookup failed', 'resolve your address', 'no reverse', 'reverse hostname',
    'lookup of your ip', 'unresolvable', 'hostname of your ip', 'dns ptr', 'ptr lookup', 'unverifiable sending ip', 'mismatches client ip', 'does not resolve',
  ]),

  // Sisimai's definition of badreputation (Sisimai::Reason::BadReputation).
  rule('badreputation', 'cause', ['a poor email reputation score', 'has been temporarily rate limited due to ip reputation', 'ip/domain reputation problems', 'likely suspicious due to the very low reputation', 'none/bad reputation', 'temporarily deferred due to unexpected volume or user complaints', "the sending mta's poor reputation", 'very low reputation of the sending']),
  rule('badreputation', 'keyword', ['reputation', 'complaints']),

  // Postfix "Client host [ip] blocked using <list>" (reject_rbl_client, postfix.org/postconf.5.html); Postfix client and HELO restrictions.
  rule('blocked', 'cause', ['blocked using', 'client host rejected', 'helo command rejected']),
  // Exim "SMTP error from remote mail server after initial connection" (transports/smtp.c): the greeting refused the client.
  rule('blocked', 'verdict', ['smtp error from remote mail server after initial connection']),
  // Sisimai's definition of blocked (Sisimai::Reason::Blocked): refusals of the client's IP or host name.
  rule('blocked', 'cause', [
    ' said: 550 blocked', '//www.spamcop.net/bl.', 'bad sender ip address', 'banned sending ip', 'blacklisted by', 'blocked - see', 'dnsbl:attrbl',
    'client host rejected: abus detecte gu_eib_02', 'client host rejected: abus detecte gu_eib_04', 'client host rejected: may not be mail exchanger',
    'client host rejected: was not authenticated', 'confirm this mail server', 'connection dropped', 'connection refused by', 'connection reset by peer',
    'connection was dropped by remote host', 'connections not accepted from ip addresses on spamhaus xbl', 'currently sending spam see: ',
    'domain does not exist:', 'dynamic/zombied/spam ips blocked', 'error: no valid recipients from ', 'esmtp not accepting connections',
    'extreme bad ip profile', 'go away', 'host network not allowed', 'hosts with dynamic ip', 'invalid ip for sending mail of domain',
    'is in a black list', 'is not allowed to send mail from', 'no access from mail server', 'no matches to nameserver query',
    'not currently accepting mail from your ip', 'part of their network is on our block list', 'please use the smtp server of your isp',
    'refused - see http', 'rejected - multi-blacklist', 'rejected because the sending mta or the sender has not passed validation',
    'rejecting open proxy', 'sender ip address rejected', 'server access forbidden by your ip ', 'service not available, closing transmission channel',
    "sorry, that domain isn't in my list of allowed rcpthosts", 'sorry, your remotehost looks suspiciously like spammer',
    'to submit messages to this e-mail system has been rejected', 'too many spams from your ip', 'too many unwanted messages have been sent from the following ip address above',
    'was blocked by ', 'you are not allowed to connect', 'you are sending spam', 'your ip address is listed in the rbl', 'your network is temporary blacklisted',
    'your server requires confirmation', 'access from ip address * blocked', 'client host * blocked using', 'dnsbl:rbl * >_is_blocked',
    'email blocked by * .barracudacentral.org', 'email blocked by * spamhaus', 'host * refused to talk to me: * blocked', 'ip * is blocked by earthlink',
    'is in an * rbl on ', 'mail server at * is blocked', 'mail from * refused:', 'message from * rejected based on blacklist',
    'messages from * temporarily deferred due to user complaints', 'server ip * listed as abusive', 'sorry! your ip address * is blocked by rbl',
    'the domain * is blacklisted', 'the email * is blacklisted', 'the ip * is blacklisted', "your sender's ip address is listed at * .abuseat.org",
  ]),
  // DNS blocklists named in refusals (Spamhaus, SpamCop, SORBS, Barracuda: each list's own lookup pages) and dynamic-range policies.
  rule('blocked', 'cause', [
    'spamhaus', 'spamcop', 'sorbs', 'barracudacentral', 'dnsbl', 'blacklist', 'blocklist', 'block list', 'black list', 'dynamic ip', 'dynamic ips',
    'dial-up', 'dialup', 'residential', 'smtp server of your isp', 'mail server of your isp', "your isp's smtp", "your isp's mail server", 'service refused',
  ]),
  rule('blocked', 'keyword', [
    'rbl', 'listed at', 'listed on', 'listed in', 'ip blocked', 'ip is blocked', 'not accepting connections', 'connection refused', 'too many errors from your',
    'poor sending', 'rejected because of your', 'mail server ip', 'refused to talk to me', 'connection rejected', 'barracuda',
  ]),

  // Sisimai's definition of speeding (Sisimai::Reason::Speeding); Google "4.2.1 ... receiving mail too quickly" (support.google.com/a/answer/3726730).
  rule('speeding', 'cause', ['mail sent from your ip address has been temporarily rate limited', 'please try again slower', 'receiving mail at a rate that prevents additional messages from being delivered', 'receiving mail too quickly', 'has been rate limited']),
  // Common wordings of a rate limit.
  rule('speeding', 'cause', ['sending rate', 'unusual rate', 'exceeded the rate', 'too many recipients this hour', 'too many messages']),
  rule('speeding', 'keyword', ['rate limit', 'ratelimit', 'rate-limit', 'throttl', 'too fast', 'slow down']),

  // IANA registry X.5.3 "Too many recipients" (Sisimai reads it as toomanyconn); Sendmail daemon.c "Too many SMTP sessions for this host".
  rule('toomanyconn', 'cause', ['too many recipients', 'too many smtp sessions']),
  // Sisimai's definition of toomanyconn (Sisimai::Reason::TooManyConn).
  rule('toomanyconn', 'cause', ['all available ips are at maximum connection limit', 'connection rate limit exceeded', 'exceeds per-domain connection limit for', 'has exceeded the max emails per hour ', 'throttling failure: daily message quota exceeded', 'throttling failure: maximum sending rate exceeded', 'too many connections', 'too many concurrent smtp connections', 'too many errors from your ip', 'trop de connexions, ', 'we have already made numerous attempts to deliver this message']),
  rule('toomanyconn', 'cause', ['too many concurrent', 'too many sessions', 'connection limit', 'connections from your']),

  // RFC 4954 §6 AUTH replies (530 "Authentication required", 535 "Authentication credentials invalid", 534, 538) and RFC 5248 X.7.8-X.7.11 descriptions.
  rule('securityerror', 'cause', ['authentication required', 'authentication credentials invalid', 'authentication mechanism is too weak', 'encryption required for requested authentication mechanism', 'encryption needed']),
  // IANA registry X.7.1 "Delivery not authorized, message refused", X.7.3-X.7.7 descriptions.
  rule('securityerror', 'cause', ['delivery not authorized', 'security conversion required but not possible', 'security features not supported', 'cryptographic failure', 'cryptographic algorithm not supported', 'message integrity failure']),
  // Sisimai's definition of securityerror (Sisimai::Reason::SecurityError).
  rule('securityerror', 'cause', [
    'account not subscribed to ses', 'authentication failure', 'authentication turned on in your email client', 'executable files are not allowed in compressed files',
    'recipient address rejected: access denied', "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts", 'starttls is required to send mail',
    'unauthenticated senders not allowed', 'verification failure', 'you are not authorized to send mail, authentication is required',
    'authentication failed; server * said: ', 'authentification invalide * 305', 'authentification requise * 402', 'domain * is a dead domain',
    'user * is not authorized to perform ses:sendrawemail on resource', 'could not retrieve credentials', 'please turn on smtp authentication in your mail client',
  ]),
  rule('securityerror', 'cause', ['must authenticate', 'authentication failed', 'authentication is required', 'not authenticated', 'auth required', 'security policies']),
  rule('securityerror', 'keyword', ['insecure', 'access denied', 'certificate']),

  // RFC 3207 §4 "530 Must issue a STARTTLS command first"; RFC 8689 (REQUIRETLS) and common wordings of a TLS requirement.
  rule('failedstarttls', 'cause', ['starttls', 'tls not available', 'tls is required', 'must use tls', 'encryption required', 'requires tls', 'tls required', 'does not support tls']),
];
