/**
 * Reason classes of replies as the generators and providers document them (no corpus file): each row is a reply
 * written the way its source documents it, with the class Sisimai's reason definitions (libsisimai.org/en/reason)
 * give it. Grouped by source; the command is given where the documented message states it.
 */
import { describe, expect, it } from 'vitest';
import { classifyReason, type ReasonInput } from '../../../lib/bounce/classify-reason';
import { findCodes } from '../../../lib/bounce/codes-in-text';
import { findCommand } from '../../../lib/bounce/smtp-command';
import type { Reason } from '../../../lib/bounce/types';

type Row = readonly [string, Reason, Partial<ReasonInput>?];

function judge(diagnostic: string, more: Partial<ReasonInput> = {}): Reason {
  const codes = findCodes(diagnostic);
  return classifyReason({ status: codes.status, replyCode: codes.replyCode, diagnostic, action: 'failed', ...more });
}

function table(name: string, rows: readonly Row[]): void {
  describe(name, () => {
    const cases = rows.map(([diagnostic, want, more]) => ({ diagnostic, want, more: more ?? {} }));
    it.each(cases)('$diagnostic -> $want', ({ diagnostic, want, more }) => {
      expect(judge(diagnostic, more)).toBe(want);
    });
  });
}

const RCPT = { command: 'RCPT' } as const;
const DATA = { command: 'DATA' } as const;
const MAIL = { command: 'MAIL' } as const;
const CONN = { command: 'CONN' } as const;

// Sisimai's own examples, one per reason class (Sisimai::Reason::* POD, libsisimai.org/en/reason).
table('Sisimai reason definitions: documented examples', [
  ['550 5.7.1 Email rejected per DMARC policy for example.org', 'authfailure'],
  [
    '550-5.7.1 [192.0.2.22] Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.',
    'badreputation',
  ],
  [
    'Connected to 192.0.2.112 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name',
    'blocked',
    { command: 'HELO' },
  ],
  ['550 5.6.9 improper use of 8-bit data in message header', 'contenterror', DATA],
  ['552 5.2.3 Message size exceeds fixed maximum message size (10485760)', 'exceedlimit', MAIL],
  ['550 Unknown user kijitora@example.ne.jp', 'filtered', DATA],
  ['550 5.1.6 recipient no longer on server: kijitora@example.go.jp', 'hasmoved', RCPT],
  ['No such domain.', 'hostunknown'],
  ['550 5.2.2 <kijitora@example.jp>... Mailbox Full', 'mailboxfull'],
  ['553 Exceeded maximum inbound message size', 'mesgtoobig'],
  ['kijitora@example.jp: Network error on destination MXs', 'networkerror', { action: 'delayed' }],
  ['554 5.7.1 <kijitora@example.org>: Relay access denied', 'norelaying', RCPT],
  [
    'This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'notcompliantrfc',
    DATA,
  ],
  ['552-5.7.0 Our system detected an illegal attachment on your message.', 'policyviolation'],
  [
    'Connected to 192.0.2.225 but sender was rejected. Remote host said: 550 5.7.1 <root@example.jp>... Access denied',
    'rejected',
    MAIL,
  ],
  [
    '[192.0.2.25] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
    'requireptr',
    DATA,
  ],
  ['550 5.7.1 Message content rejected, UBE, id=00000-00-000', 'spamdetected'],
  ['503 Improper sequence of commands', 'syntaxerror', { status: '5.5.0' }],
  [
    "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has been in the queue too long.",
    'systemerror',
  ],
  ['452 4.3.2 Connection rate limit exceeded.', 'toomanyconn', MAIL],
  ['550 5.1.1 Address rejected kijitora@example.co.jp', 'userunknown', RCPT],
  [
    'Your message was infected with a virus. You should download a virus scanner and check your computer for viruses.',
    'virusdetected',
  ],
]);

// Postfix: postconf(5) restriction texts, smtp(8)/local(8) messages (postfix.org/postconf.5.html, LOCAL_RECIPIENT_README).
table('Postfix', [
  ['550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table', 'userunknown', RCPT],
  ['550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table', 'userunknown', RCPT],
  ['454 4.7.1 <a@example.org>: Relay access denied', 'norelaying', RCPT],
  ['450 4.1.2 <a@example.invalid>: Recipient address rejected: Domain not found', 'hostunknown', RCPT],
  ['550 5.1.0 <s@example.net>: Sender address rejected: Domain not found', 'rejected', RCPT],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocked', RCPT],
  ['450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]', 'requireptr', RCPT],
  ['504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', 'blocked', RCPT],
  ['552 5.3.4 Message size exceeds fixed limit', 'mesgtoobig', DATA],
  ['Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found', 'hostunknown'],
  ['mail for example.org loops back to myself', 'systemerror'],
  ['unknown user: "a"', 'userunknown', { diagnosticType: 'x-postfix' }],
  [
    'conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting',
    'networkerror',
    { status: '4.4.2' },
  ],
  ['connect to mx.example.org[192.0.2.1]:25: Connection timed out', 'expired', { status: '4.4.1' }],
  ['554 5.7.1 <a@example.org>: Recipient address rejected: Access denied', 'userunknown', RCPT],
  ['552 5.2.2 <a@example.org>: Recipient address rejected: Mailbox full', 'mailboxfull', RCPT],
  ['503 5.5.1 Error: need RCPT command', 'syntaxerror', DATA],
  [
    '503 5.5.0 <a@example.org>: Recipient address rejected: Improper use of SMTP command pipelining',
    'syntaxerror',
    RCPT,
  ],
  ['452 4.5.3 Error: too many recipients', 'toomanyconn', RCPT],
  [
    '550 5.7.1 <a@example.org>: Recipient address rejected: Greylisted for 5 minutes',
    'onhold',
    { status: '4.7.1', action: 'delayed' },
  ],
]);

// Sendmail: cf/README and the daemon's own replies.
table('Sendmail', [
  ['550 5.1.1 <a@example.org>... User unknown', 'userunknown', RCPT],
  ['550 5.7.1 <a@example.org>... Relaying denied', 'norelaying', RCPT],
  ['553 5.1.8 <s@example.net>... Domain of sender address s@example.net does not exist', 'rejected', MAIL],
  ['550 5.1.2 <a@example.invalid>... Host unknown (Name server: example.invalid: host not found)', 'hostunknown'],
  ['552 5.2.2 <a@example.org>... Mailbox full', 'mailboxfull'],
  ['550 5.0.0 <a@example.org>... Rejecting open proxy 192.0.2.1', 'blocked'],
  [
    '<a@example.org>... Deferred: Connection refused by mx.example.org.',
    'blocked',
    { status: '4.0.0', action: 'delayed' },
  ],
  ['Message could not be delivered for 5 days', 'expired', { status: '4.4.7' }],
  ['554 5.4.6 Too many hops 26 (25 max): from <s@example.net> via mx.example.org, to <a@example.org>', 'networkerror'],
  ['421 4.3.2 mx.example.org Too many SMTP sessions for this host', 'toomanyconn', CONN],
  ['550 5.7.1 <a@example.org>... Access denied', 'securityerror'],
]);

// Exim: the specification's messages and its source's strings.
table('Exim', [
  ['Unrouteable address', 'hostunknown'],
  ['all relevant MX records point to non-existent hosts', 'hostunknown'],
  ['retry timeout exceeded', 'expired', { status: '5.0.0' }],
  ['mailbox is full (quota exceeded while writing to file /var/mail/a)', 'mailboxfull'],
  [
    'SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown',
    'userunknown',
    RCPT,
  ],
  ['SMTP error from remote mail server after end of data: 550 5.7.1 Message rejected as spam', 'spamdetected', DATA],
  [
    'SMTP error from remote mail server after initial connection: 554 mx.example.org ESMTP not accepting connections',
    'blocked',
    CONN,
  ],
  ['Too many "Received" headers - suspected mail loop', 'contenterror'],
  ['an MX or SRV record indicated no SMTP service', 'notaccept'],
  ['550 Sender verify failed', 'rejected', MAIL],
]);

// qmail: qmail-send, qmail-remote and qmail-local strings.
table('qmail', [
  ['Sorry, no mailbox here by that name. (#5.1.1)', 'userunknown'],
  ["Sorry, I couldn't find any host named example.invalid. (#5.1.2)", 'hostunknown'],
  ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", 'networkerror'],
  ["Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", 'notaccept'],
  ['disk quota exceeded', 'mailboxfull'],
  ['Remote host said: 552 sorry, that message size exceeds my databytes limit (#5.3.4)', 'mesgtoobig', DATA],
  ["Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'norelaying', RCPT],
]);

// Microsoft Exchange Online / Exchange Server NDRs (learn.microsoft.com, "Email non-delivery reports in Exchange Online").
table('Microsoft Exchange', [
  ['550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', 'userunknown'],
  ['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown'],
  ['552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', 'mailboxfull'],
  ['550 5.7.1 Unable to relay', 'norelaying'],
  ['550 5.4.14 Hop count exceeded - possible mail loop', 'networkerror'],
  ['550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient', 'exceedlimit'],
  ['550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'filtered'],
  ['550 5.7.23 The message was rejected because of Sender Policy Framework violation', 'authfailure'],
  ['421 4.3.2 System not accepting network messages', 'notaccept'],
  ['550 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties', 'notaccept'],
  [
    '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    'networkerror',
    { action: 'delayed' },
  ],
]);

// Google Workspace / Gmail SMTP error reference (support.google.com/a/answer/3726730).
table('Gmail', [
  ['550-5.1.1 The email account that you tried to reach does not exist.', 'userunknown', RCPT],
  ['552-5.2.2 The email account that you tried to reach is over quota.', 'mailboxfull', RCPT],
  ['550-5.2.1 The email account that you tried to reach is disabled.', 'suspend', RCPT],
  [
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    'authfailure',
    DATA,
  ],
  [
    '421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address.',
    'badreputation',
    DATA,
  ],
  [
    '552-5.7.0 This message was blocked because its content presents a potential security issue.',
    'policyviolation',
    DATA,
  ],
  ['550-5.7.1 Our system has detected that this message is likely unsolicited mail.', 'spamdetected', DATA],
  ['503 5.5.1 Bad sequence of commands', 'syntaxerror'],
  ["552-5.3.4 Your message exceeded Google's message size limits.", 'mesgtoobig', DATA],
  [
    '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.',
    'requireptr',
    RCPT,
  ],
]);

// RFC texts: RFC 5321 §4.2.3 reply texts, RFC 7504, RFC 4954, IANA registry descriptions.
table('RFC reply texts and registry descriptions', [
  ['554 5.3.2 System not accepting network messages', 'notaccept'],
  ['556 5.1.10 Recipient address has null MX', 'notaccept'],
  ['521 mx.example.org does not accept mail', 'notaccept', CONN],
  ['552 Requested mail action aborted: exceeded storage allocation', 'mailboxfull'],
  ['452 Requested action not taken: insufficient system storage', 'systemfull'],
  ['530 5.7.0 Authentication required', 'securityerror', MAIL],
  ['535 5.7.8 Authentication credentials invalid', 'securityerror'],
  ['550 5.7.25 Reverse DNS validation failed', 'requireptr'],
  ['550 5.4.4 Unable to route', 'hostunknown'],
  ['500 5.5.1 Line too long', 'syntaxerror'],
  ['550 5.2.1 Mailbox disabled, not accepting messages', 'suspend'],
  ['554 5.7.13 User account disabled', 'suspend'],
  ['451 4.3.0 Error: queue file write error', 'systemerror', DATA],
]);

// Temporary codes whose registry description reads differently while retried (Sisimai::SMTP::Status, temporary codes).
table('Temporary enhanced status codes', [
  ['450 4.2.1 Mailbox disabled, not accepting messages', 'suspend', { action: 'delayed' }],
  ['451 4.4.4 Unable to route', 'networkerror', { action: 'delayed' }],
  ['550 5.4.4 Unable to route', 'hostunknown'],
  ['452 4.5.3 Insufficient system resources', 'systemerror', { action: 'delayed' }],
  ['451 4.7.2 Mailing list expansion prohibited', 'blocked', { action: 'delayed' }],
]);

// Generators' own notices, without a code or a command: their words are the generator's verdict.
table('Generator notices without codes', [
  ['Sorry, no mailbox here by that name.', 'userunknown'],
  ['As the remote domain doesnt exist, the message could not be delivered.', 'hostunknown'],
  ['Requested action not taken: mailbox unavailable (not enough free space)', 'systemfull'],
  ['/usr/local/bin/deliver: bad interpreter: No such file or directory', 'systemerror'],
  ['Loop detected', 'networkerror'],
  ['Routing loop detected -- too many Received: headers', 'contenterror'],
  ['Host not reachable', 'expired'],
]);

// Exim smtp_in.c: DATA after refused recipients is answered with the RCPT refusal, which answered RCPT.
describe('Exim: all RCPT commands rejected', () => {
  const text =
    '503-All RCPT commands were rejected with this error:\n503-<a@example.org>: unknown user\n503 Valid RCPT command must precede DATA';
  it('the refusal answered RCPT, so the words refuse the address', () => {
    expect(findCommand(text)).toBe('RCPT');
    expect(judge(text, { command: findCommand(text) })).toBe('userunknown');
  });
});

// Google Workspace notices: a name that is gone when the failure is permanent, a failed lookup when it is retried.
table('Google Workspace DNS notices', [
  ['DNS Error: Domain name not found', 'hostunknown', { status: '5.1.2' }],
  ['DNS Error: DNS server returned answer with no data', 'hostunknown', { status: '5.1.2' }],
  ['DNS Error: Domain name not found', 'networkerror', { status: '4.4.3', action: 'delayed' }],
]);
