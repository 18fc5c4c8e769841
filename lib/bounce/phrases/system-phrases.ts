/**
 * Words about delivery itself: time ran out, the network or DNS failed, the destination takes no mail, a
 * server-side fault, a full spool, a failing local program, an SMTP protocol error.
 */
import { rule, type PhraseRule } from './types';

export const SYSTEM_PHRASES: readonly PhraseRule[] = [
  // IANA registry (RFC 3463 §3.5) X.4.7 "Delivery time expired".
  rule('expired', 'cause', ['delivery time expired']),
  // Exim retry.c "retry timeout exceeded", smtp.c "retry time not reached for any host after a long failure period", "all hosts have been failing for a long time".
  rule('expired', 'verdict', ['retry timeout exceeded', 'retry time not reached for any host after a long failure period', 'have been failing for a long time']),
  // qmail-send "I'm not going to try again; this message has been in the queue too long."; OpenSMTPD queue.c "Envelope expired"; DragonFly dma.c "Could not deliver for the last N seconds".
  rule('expired', 'verdict', ['this message has been in the queue too long', 'envelope expired', 'could not deliver for the last ']),
  // Amazon SES "Delivery expired"; GMX "delivery retry timeout exceeded"; Gmail notices "The recipient server did not accept our requests to connect", "Delivery to the following recipient has been delayed".
  rule('expired', 'verdict', ['delivery expired', 'the recipient server did not accept our requests to connect', 'delivery to the following recipient has been delayed', 'dns error: could not contact dns servers']),
  // Sisimai's definition of expired (Sisimai::Reason::Expired).
  rule('expired', 'cause', [
    'could not find a gateway for', 'delivery attempts will continue to be', 'failed to deliver to domain ', 'giving up on', 'has been delayed',
    'it has not been collected after', 'message expired after sitting in queue for', 'message expired, cannot connect to remote server',
    'message expired, connection refulsed', 'message timed out', 'server did not respond', 'unable to deliver message after multiple retries',
    'was not reachable within the allowed queue period', 'your message could not be delivered for more than', 'could not be delivered for * days',
  ]),
  // Common wordings of a queue lifetime running out (Sendmail "Cannot send message for 5 days", Postfix maximal_queue_lifetime).
  rule('expired', 'cause', [
    'could not be delivered for', 'has been undeliverable', 'queue too long', 'too long in queue', 'undeliverable for', 'was not delivered within',
    'unable to deliver in', 'maximum time', 'timeout exceeded', 'gave up', 'giving up', 'will be retried', 'will keep trying', 'still undelivered',
    'delivery attempts will continue', 'not yet been delivered', 'did not accept our requests to connect', 'failed attempts', 'attempts:', 'was aborted after',
    'retry time not reached',
  ]),
  rule('expired', 'keyword', ['expired', 'delivery time', 'connection timed out']),

  // A failed DNS query on the way (SERVFAIL, a broken reply, a temporary NXDOMAIN): trouble, not proof the name is gone (RFC 1035 §4.1.1 RCODE 2).
  rule('networkerror', 'cause', ['malformed or unexpected name server reply', 'malformed name server reply', 'dns error', 'dns lookup error', 'temporary lookup failure', 'name server timeout', 'dns query failed', 'host not found, try again']),
  // Courier esmtpclient.c "DNS lookup failed.".
  rule('networkerror', 'verdict', ['dns lookup failed.']),
  // OpenSMTPD mta.c "Loop detected" (a Received count over its limit); a bare word, weaker than a documented content cause.
  rule('networkerror', 'keyword', ['loop detected']),
  // Zoho Mail's notices "Host not reachable": delivery given up after retrying an unreachable host (Sisimai's Zoho decoder, lhost/via-zoho.go).
  rule('expired', 'verdict', ['host not reachable']),
  // IANA registry X.4.2 "Bad connection", X.4.6 "Routing loop detected".
  rule('networkerror', 'cause', ['bad connection', 'routing loop detected']),
  // OpenSMTPD mta.c relay failures; Notes "Message has exceeded maximum hop count"; Google Workspace "had no relevant answers", "responded with code NXDOMAIN".
  rule('networkerror', 'verdict', ['address family mismatch on destination mxs', 'all routes to destination blocked', 'bad dns lookup error code', 'could not retrieve source address', 'network error on destination mxs', 'no valid route to remote mx', 'no valid route to destination', 'temporary failure in mx lookup', 'message has exceeded maximum hop count', ' had no relevant answers', ' responded with code nxdomain']),
  // qmail-remote "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)" and "Although I'm listed as a best-preference MX or A for that host ... (#5.4.6)".
  rule('networkerror', 'verdict', ["i wasn't able to establish an smtp connection", "although i'm listed as a best-preference mx or a for that host"]),
  // Microsoft Exchange NDR categories (learn.microsoft.com, Exchange NDRs): SMTPSEND.DNS.NonExistentDomain is read as a missing
  // domain below; SMTPSEND.DNS.MxLoopback (the MX points back at the sender), RESOLVER.ADR.* directory faults, QUEUE.Expired.
  rule('networkerror', 'verdict', ['smtpsend.dns.mxloopback']),
  rule('systemerror', 'verdict', ['resolver.adr.badprimary', 'resolver.adr.invalidinsmtp', 'resolver.adr.ambiguous']),
  rule('expired', 'verdict', ['queue.expired']),
  rule('toomanyconn', 'verdict', ['resolver.adr.reciplimit']),
  rule('securityerror', 'verdict', ['resolver.rst.authrequired']),
  // Sisimai's definition of networkerror (Sisimai::Reason::NetworkError).
  rule('networkerror', 'cause', ['could not connect and send the mail to', 'dns records for the destination computer could not be found', 'hop count exceeded - possible mail loop', 'host is unreachable', 'host name lookup failure', 'mail forwarding loop for ', 'maximum forwarding loop count exceeded', 'message looping', 'message probably in a routing loop', 'no route to host', 'too many hops', 'unable to resolve route ', 'unrouteable mail domain']),
  // Common wordings of a connection or routing failure.
  rule('networkerror', 'cause', ['network is unreachable', 'lost connection', 'connection reset', 'connection closed', 'could not connect', 'unable to connect', 'mail loop', 'routing loop', 'hop count exceeded', 'unexpected connection', 'host not reachable']),
  rule('networkerror', 'keyword', ['timed out', 'timeout', 'connect to', 'not reachable']),

  // IANA registry X.3.2 "System not accepting network messages", X.1.10 "Recipient address has null MX", RFC 5248 X.7.27 "Sender address has null MX".
  rule('notaccept', 'cause', ['system not accepting network messages', 'recipient address has null mx', 'sender address has null mx']),
  // RFC 7504 §3: 521 "<host> does not accept mail" and 556 "<domain> does not accept mail"; RFC 7505 null MX.
  rule('notaccept', 'cause', ['does not accept mail', 'null mx', 'nullmx']),
  // Exim dnslookup.c "an MX or SRV record indicated no SMTP service"; OpenSMTPD "Destination seem to reject all mails", "No MX found for ..."; qmail "couldn't find a mail exchanger or IP address".
  rule('notaccept', 'verdict', ['an mx or srv record indicated no smtp service', 'no host found for existing smtp connection', 'destination seem to reject all mails', 'no mx found for', "couldn't find a mail exchanger or ip address"]),
  // Sisimai's definition of notaccept (Sisimai::Reason::NotAccept); Sendmail "Name server: .: host not found" (the null MX target ".").
  rule('notaccept', 'cause', ['host/domain does not accept mail', 'mail receiving disabled', 'name server: .: host not found', 'no mx record found for domain=', 'no route for current request', 'smtp protocol returned a permanent error']),
  // Common wordings of a domain or host that takes no mail.
  rule('notaccept', 'cause', ["doesn't receive email", 'does not receive email', 'not accepting mail', 'accepts no mail', 'does not accept any mail', 'no mail server', 'not accept mail', 'mx is null', 'not configured to accept', 'no mx record']),

  // IANA registry X.3.3, X.3.5, X.4.3 descriptions.
  rule('systemerror', 'cause', ['system not capable of selected features', 'system incorrectly configured', 'directory server failure']),
  // The MTA's own faults: Postfix "queue file write error", qmail-ldap directory failures, Exim delivery prohibitions, Courier/Domino directory errors, fml's loop guard.
  rule('systemerror', 'verdict', [
    'queue file write error', 'unable to contact ldap server', 'ldap server unavailable', 'ldap server is unavailable', 'automatic homedir creator crashed',
    'illegal value in ldap attribute', 'ldap attribute is not given but mandatory', 'timeout while performing search on ldap server',
    'too many results returned but needs to be unique', 'error while executing qmail-forward', 'temporary error in automatic homedir creation',
    'temporary failure in ldap lookup', 'unable to login into ldap server', 'delivery to file forbidden', 'delivery to pipe forbidden', 'local delivery failed',
    "this domain's dns violates rfc 1035", 'several matches found in domino directory', 'duplicated message-id',
    ' - temporary mta failure on relaying', ' - rejected by next-hop mta on relaying', ' - unable to relay message back to mta',
  ]),
  // Sisimai's definition of systemerror (Sisimai::Reason::SystemError).
  rule('systemerror', 'cause', [
    'aliasing/forwarding loop broken', "can't create user output file", 'could not load drd for domain', 'internal error reading data',
    'internal server error: operation now in progress', 'interrupted system call', 'it encountered an error while being processed', 'it would create a mail loop',
    'local configuration error', 'local error in processing', 'loop was found in the mail exchanger', 'loops back to myself', 'mail system configuration error',
    'recipient deferred because there is no mdb', 'remote server is misconfigured', 'server configuration error', 'service currently unavailable',
    'system config error', 'temporary local problem', 'timeout waiting for input', 'transaction failed',
  ]),
  // A local delivery program that cannot start ("/path: bad interpreter: No such file or directory", the shell's message that qmail-local reports).
  rule('systemerror', 'verdict', ['bad interpreter: no such file or directory']),
  // Common wordings of a server fault.
  rule('systemerror', 'cause', ['system error', 'internal error', 'local error', 'server error', 'configuration error', 'unexpected failure', 'too many recursive', 'system problem', 'configuration problem', 'could not load']),

  // IANA registry X.3.1 "Mail system full", X.4.5 "Mail system congestion"; RFC 5321 §4.2.3 "452 Requested action not taken: insufficient system storage".
  rule('systemfull', 'cause', ['mail system full', 'mail system congestion', 'insufficient system storage', 'requested mail action aborted: exceeded storage allocation']),
  // qmail-local "Requested action not taken: mailbox unavailable (not enough free space)": the disk, not one mailbox's quota.
  rule('systemfull', 'verdict', ['mailbox unavailable (not enough free space)']),
  rule('systemfull', 'cause', ['disk full', 'system full', 'insufficient disk', 'out of disk', 'no space left']),

  // Sisimai's definition of mailererror (Sisimai::Reason::MailerError): a local delivery program failed; Postfix pipe(8) "command died with status".
  rule('mailererror', 'cause', [' || exit ', 'procmail: ', 'bin/procmail', 'bin/maidrop', 'command failed: ', 'command died with status ', 'command output:', 'mailer error', 'pipe to |/', 'x-unix; ']),
  rule('mailererror', 'cause', ['command failed', 'unknown mailer', 'pipe to', 'exit code', 'procmail', '/bin/sh', 'command died', 'returned non-zero']),

  // RFC 5321 §4.2.3 reply texts for 500-504 and IANA registry X.5.1, X.5.2, X.5.4 descriptions.
  // Postfix reject_unauth_pipelining "Improper use of SMTP command pipelining" (postfix.org/postconf.5.html).
  rule('syntaxerror', 'cause', ['improper use of smtp command pipelining']),
  rule('syntaxerror', 'cause', ['syntax error, command unrecognized', 'syntax error in parameters or arguments', 'command not implemented', 'bad sequence of commands', 'command parameter not implemented', 'invalid command arguments']),
  // Exim parser.c address syntax errors ("malformed address:", "angle-brackets nested too deep").
  rule('syntaxerror', 'verdict', ['angle-brackets nested too deep', 'expected word or "<"', 'domain missing in source-routed address', 'malformed address:']),
  rule('syntaxerror', 'cause', ['syntax error', 'command unrecognized', 'unrecognized command', 'bad sequence', 'invalid command', 'improper sequence of commands']),
];
