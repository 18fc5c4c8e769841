/**
 * Rules from the generators' and SMTP's documented behaviour (second accuracy pass), each pinned
 * by hand-written texts (no corpus file): access-map defaults, RFC 3463 X.7.x readings, transcripts,
 * relay labels, provider cause codes, and notice layouts (unsubscribe requests, stripped MIME delimiters,
 * forwarded bounces, split JSON lines, sentences that name the recipient).
 */
import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../../lib/bounce';
import { classifyReason, type ReasonInput } from '../../../lib/bounce/classify-reason';
import { orangeCause, reasonFromProviderCode } from '../../../lib/bounce/provider-codes';
import { hostNamedMissing, serverWords, withoutSuccessLines } from '../../../lib/bounce/server-words';
import { findCommand, transcriptCommand } from '../../../lib/bounce/smtp-command';
import { unquoteForwarded } from '../../../lib/bounce/notice-text';

function reason(diagnostic: string, more: Partial<ReasonInput> = {}): string {
  return classifyReason({ status: null, replyCode: null, diagnostic, action: 'failed', ...more });
}

describe('access-map default text "Access denied" (Postfix access(5), Sendmail access db)', () => {
  it.each([
    ['Sendmail access db REJECT: security status (RFC 3463 X.7.1)', '550 5.7.1 <a@example.org>... Access denied', { status: '5.7.1' }, 'securityerror'],
    ['Postfix recipient restriction at RCPT: the recipient refused', '554 5.7.1 <a@example.org>: Recipient address rejected: Access denied', { status: '5.7.1', command: 'RCPT' as const }, 'userunknown'],
    ['all recipients refused, no cause named', '550 5.4.1 All recipient addresses rejected : Access denied', { status: '5.4.1' }, 'rejected'],
    ['Postfix client restriction: the client refused', '554 5.7.1 <mx.example.net[192.0.2.1]>: Client host rejected: Access denied', { status: '5.7.1' }, 'blocked'],
    ['Postfix sender restriction: the sender refused', '553 5.7.1 <s@example.net>: Sender address rejected: Access denied', { status: '5.7.1' }, 'rejected'],
  ])('%s', (_name, diagnostic, more, want) => {
    expect(reason(diagnostic, more)).toBe(want);
  });
});

describe('RFC 3463 / RFC 5321 readings', () => {
  it.each([
    ['X.7.1 in its registry words ("Delivery not authorized")', '551 5.7.1 <a@example.org>: Recipient address rejected: Delivery not authorized', { status: '5.7.1', command: 'RCPT' as const }, 'securityerror'],
    ['X.7.0 at MAIL FROM without a cause: the security area it names (RFC 3463 §3.8)', '550 5.7.0 Sorry', { status: '5.7.0', command: 'MAIL' as const }, 'securityerror'],
    ['X.0.0 at MAIL FROM without a cause: the sender refused', '550 5.0.0 Sorry', { status: '5.0.0', command: 'MAIL' as const }, 'rejected'],
    ['"Go away" at MAIL FROM: the client refused (a documented blocked wording)', '550 5.0.0 Go away', { status: '5.0.0', command: 'MAIL' as const }, 'blocked'],
    ['header complaint under X.7.x: a content policy', '554 5.7.9 Header error', { status: '5.7.9' }, 'policyviolation'],
    ['header complaint without a policy code: content', '554 Header error', {}, 'contenterror'],
    ['user-unknown words under X.5.0 (no pointer away from the address)', 'mail.local: unknown user: a\n554 <a@example.org>... Service unavailable', { status: '5.5.0' }, 'userunknown'],
    ['X.4.7 expiry after a host refused every connection', '<a@example.org>... Deferred: Connection refused by mx.example.org.\nMessage could not be delivered for 5 days', { status: '4.4.7' }, 'blocked'],
    ['X.4.7 expiry after time-outs stays expired', '<a@example.org>... Deferred: Connection timed out with mx.example.org.\nMessage could not be delivered for 5 days', { status: '4.4.7' }, 'expired'],
  ])('%s', (_name, diagnostic, more, want) => {
    expect(reason(diagnostic, more)).toBe(want);
  });
});

describe('generator and provider wording', () => {
  it.each([
    ['DragonFly Mail Agent DNS failure', 'There was an error delivering your mail to <a@example.org>.\nDNS lookup failure: host mx.example.org not found', 'hostunknown'],
    ['residential IP: "use the SMTP server of your ISP"', '550 <s@example.net>... Please use the smtp server of your ISP.', 'blocked'],
    ['host name that does not resolve to the sending IP', '450 service permits 2 unverifyable sending IPs - mail.example.net is not 192.0.2.1', 'requireptr'],
    ['a host name that does not exist', '553 mail.example.net does not exist', 'hostunknown'],
    ['peer without STARTTLS', '500 Remote server does not support TLS', 'failedstarttls'],
    ['URI blocklist: content, not the client', '550-REJECTED - Blacklisted URL in message. (example.com) in [black].', 'spamdetected'],
    ['qmail-ldap directory fault beats the expiry trailer', "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has been in the queue too long.", 'systemerror'],
    ['Postfix without a per-recipient record', 'The mail system\n--- Delivery report unavailable ---', 'undefined'],
    ['delivery aborted after the retry window', 'Delivery to the following recipients was aborted after 5.0 hour(s):\nRouting: Could not find a gateway for a@example.org', 'expired'],
    ['InterScan MSS recipient refusal', 'Message from InterScan Messaging Security Suite\nUnable to deliver message to <a@example.org> (and other recipients in the same domain).', 'userunknown'],
    ['Orange cause 506 (content scan)', '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]', 'spamdetected'],
    ['La Poste cause 630 (client policy)', '554 5.7.1 <mx.example.net[192.0.2.1]:4000>: Client host rejected: LPN000_630', 'policyviolation'],
    ['Orange cause without a settled meaning falls back to the words', '501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]', 'rejected'],
  ])('%s', (_name, diagnostic, want) => {
    expect(reason(diagnostic)).toBe(want);
  });

  it('a dotted mailbox that does not exist is still a mailbox (at RCPT)', () => {
    expect(reason('550 mailbox john.smith does not exist', { command: 'RCPT' })).toBe('userunknown');
  });

  it.each([
    ['ofr_506', '506'], ['ofr006_102', '102'], ['lpn007_426', '426'], ['xofr_506', null], ['lpn416', null], ['ofr_5061', null],
  ])('orangeCause(%s)', (text, want) => {
    expect(orangeCause(text)).toBe(want);
  });

  it('no Orange code: no provider reason', () => {
    expect(reasonFromProviderCode('550 5.1.1 user unknown')).toBeNull();
  });
});

describe('what in a diagnostic is the server speaking', () => {
  it('a transcript\'s success lines (EHLO keywords) are dropped, the failure stays', () => {
    const t = 'In: EHLO mx.example.net\nOut: 250-STARTTLS\nOut: 250 CHUNKING\nIn: DATA\nOut: 354 go ahead\nOut: 451 4.3.0 Error: queue file write error';
    expect(withoutSuccessLines(t)).toBe('In: EHLO mx.example.net\nIn: DATA\nOut: 451 4.3.0 Error: queue file write error');
    expect(reason(t, { status: '4.3.0', replyCode: '451' })).toBe('systemerror');
  });

  it('Amazon SES label and counter around the quoted reply are not the server\'s words', () => {
    const d = "5.1.0 - Unknown address error 550-'5.7.1 <a@example.org>... Access denied' (delivery attempts: 0)";
    expect(serverWords(d)).toBe("550-'5.7.1 <a@example.org>... Access denied");
    expect(serverWords('550 5.1.1 user unknown')).toBe('550 5.1.1 user unknown');
    expect(reason(d, { status: '5.7.1', replyCode: '550' })).toBe('securityerror');
  });

  it.each([
    ['553 mail.example.net does not exist', true], ['550 mailbox john.smith does not exist', false],
    ['550 5.1.1 mailbox does not exist', false], ['the domain example.org does not exist', true],
  ])('hostNamedMissing(%s)', (text, want) => {
    expect(hostNamedMissing(text)).toBe(want);
  });

  it('Postfix wraps "(in reply to" / "RCPT TO command)": still RCPT', () => {
    expect(findCommand('<a@example.org>: User unknown (in reply to\n    RCPT TO command)')).toBe('RCPT');
  });
});

const mk = (lines: string[]): string => lines.join('\n');

describe('notice layouts', () => {
  it('Apple Mail unsubscribe request: an opt-out report (RFC 5965 §7.3), not an auto-reply', async () => {
    const raw = mk([
      'From: a@example.org', 'To: unsub-123@lists.example.net', 'Subject: unsubscribe', 'Auto-Submitted: auto-replied',
      'X-Apple-Unsubscribe: true', 'Content-Type: text/plain', '', 'Apple Mail sent this email to unsubscribe from the message "news".',
    ]);
    const b = await decodeBounce(raw);
    expect([b?.kind, b?.feedbackType, b?.recipients[0]?.address, b?.recipients[0]?.reason]).toEqual(['arf', 'opt-out', 'a@example.org', 'feedback']);
  });

  it('a multipart/report whose delimiters were stripped is read as one text part (RFC 2046 §5.1.1)', async () => {
    const raw = mk([
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', 'Subject: Returned mail: Service unavailable',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="gone"', '',
      '   ----- The following addresses had permanent fatal errors -----', '<a@example.org>', '',
      '   ----- Transcript of session follows -----', 'mail.local: unknown user: a', '554 <a@example.org>... Service unavailable', '',
      'Reporting-MTA: dns; mx.example.net', '', 'Final-Recipient: RFC822; <a@example.org>', 'Action: failed', 'Status: 5.5.0', '',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.status, r?.replyCode, r?.reason]).toEqual(['a@example.org', '5.5.0', '554', 'userunknown']);
  });

  it('SES JSON with a line Sendmail split ("!", newline, space) still parses', async () => {
    const json = '{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@example.org","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"mail":{"headers":[{"name":"!\n Subject","value":"hi"}]}}}';
    const raw = mk(['From: SES <no-reply@sns.amazonaws.com>', 'Subject: AWS Notification Message', 'Content-Type: text/plain', '', json]);
    const b = await decodeBounce(raw);
    const r = b?.recipients[0];
    // kind "dsn": read as the SES notification, not as free text.
    expect([b?.kind, r?.address, r?.status, r?.reason]).toEqual(['dsn', 'a@example.org', '5.1.1', 'userunknown']);
  });

  it('a DSN without Diagnostic-Code takes the notice sentence that names the recipient', async () => {
    const raw = mk([
      'From: Mail Delivery Subsystem <mailer-daemon@mail.example.net>', 'Subject: Delivery Status Notification (Failure)',
      'Content-Type: multipart/report; report-type=delivery-status; boundary=B', '',
      '--B', 'Content-Type: text/plain', '', "Your message wasn't delivered to a@example.org because the address couldn't be found.", '',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mail.example.net', '',
      'Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.0.0', '', '--B--',
    ]);
    expect((await decodeBounce(raw))?.recipients[0]?.reason).toBe('userunknown');
  });

  it('a bounce forwarded from a mail client, quoted with ">", is read unquoted', async () => {
    const quoted = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON>', 'To: <s@example.net>', 'Subject: Returned mail: see transcript for details', '',
      '<a@example.org>', '    (reason: 550 5.1.1 <a@example.org>... User unknown)', '', 'Reporting-MTA: dns; mx.example.net', '',
      'Final-Recipient: RFC822; a@example.org', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: SMTP; 550 5.1.1 <a@example.org>... User unknown',
    ].map((l) => (l === '' ? '>' : `> ${l}`));
    expect(unquoteForwarded(quoted.join('\n')).split('\n')[0]).toBe('From: Mail Delivery Subsystem <MAILER-DAEMON>');
    const raw = mk(['From: s@example.net', 'To: help@example.net', 'Subject: Fwd: Returned mail', 'Content-Type: text/plain', '', 'Begin forwarded message:', '', ...quoted]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.status, r?.replyCode, r?.reason]).toEqual(['a@example.org', '5.1.1', '550', 'userunknown']);
  });

  it.each([
    ['Loop Alert: Duplicated Message-ID (cats ML)', 'Duplicated Message-ID in <cats@example.org>.', 'systemerror'],
    ['NOT MEMBER article from s@example.net (cats ML)', 'You are not a member of this mailing list <cats@example.org>.', 'rejected'],
  ])('fml mailing-list refusal "%s"', async (subject, body, want) => {
    const raw = mk(['From: cats-admin@example.org', `Subject: ${subject}`, 'X-MLServer: fml [fml 4.0.3 release]', 'Content-Type: text/plain', '', body]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.reason]).toEqual(['cats@example.org', want]);
  });

  it('the same subject without fml\'s X-MLServer is not a bounce', async () => {
    expect(await decodeBounce(mk(['From: a@example.org', 'Subject: Loop Alert: weekly report', 'Content-Type: text/plain', '', 'See <b@example.org>.']))).toBeNull();
  });

  it('a Japanese carrier notice ("メールエラー通知", "Could not be delivered to: <rcpt>")', async () => {
    const raw = mk([
      'From: no-reply@mail.example.ne.jp', 'Subject: メールエラー通知', 'Content-Type: text/plain; charset=UTF-8', '',
      'Your mail sent on: Thu, 29 Apr 2021 23:45:22 +0900', '     Could not be delivered to: <a@example.ne.jp>', '     As their mailbox is full.',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.reason]).toEqual(['a@example.ne.jp', 'mailboxfull']);
  });
});

describe('NTT docomo: "Unknown user" at the end of DATA is its reception settings refusing the sender', () => {
  const words = '550 Unknown user a@docomo.ne.jp';
  it.each([
    ['at the end of DATA from mfsmax.docomo.ne.jp: the sender was refused', { command: 'DATA' as const, status: '5.0.0', remoteMta: 'mfsmax.docomo.ne.jp' }, 'rejected'],
    ['the same with the trailing root dot', { command: 'DATA' as const, remoteMta: 'MFSMAX.docomo.ne.jp.' }, 'rejected'],
    ['a Remote-MTA with its comment, as Gmail writes it', { command: 'DATA' as const, remoteMta: 'mfsmax.docomo.ne.jp. (203.0.113.1, the server for the domain docomo.ne.jp.)' }, 'rejected'],
    ['at RCPT: the address does not exist', { command: 'RCPT' as const, status: '5.0.0', remoteMta: 'mfsmax.docomo.ne.jp' }, 'userunknown'],
    ['under X.2.0 (mailbox status): the filtered reading stands', { command: 'DATA' as const, status: '5.2.0', remoteMta: 'mfsmax.docomo.ne.jp' }, 'filtered'],
    ['another host at the end of DATA: a filter answering with user words', { command: 'DATA' as const, status: '5.0.0', remoteMta: 'mx.docomo.ne.jp.example.net' }, 'filtered'],
  ])('%s', (_name, more, want) => {
    expect(reason(words, more)).toBe(want);
  });

  it('reads the host from a Postfix notice when the DSN has no Remote-MTA', async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)', 'To: s@example.net', 'Subject: Undelivered Mail Returned to Sender', '',
      'This is the mail system at host mx.example.net.', '',
      '<a@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.0.113.240] said: 550 Unknown user',
      '    a@docomo.ne.jp (in reply to end of DATA command)', '',
    ].join('\r\n');
    const r = (await decodeBounce(raw))?.recipients[0];
    expect(r?.command).toBe('DATA');
    expect(r?.remoteMta).toBe('mfsmax.docomo.ne.jp');
    expect(r?.reason).toBe('rejected');
    expect(r?.explanation?.meaning).toContain('reception settings block this sender');
    const atRcpt = (await decodeBounce(raw.replace('end of DATA command', 'RCPT TO command')))?.recipients[0];
    expect(atRcpt?.reason).toBe('userunknown');
    expect(atRcpt?.explanation?.meaning ?? '').not.toContain('docomo');
  });
});

describe('greylisting (RFC 6647 §2) defers; it never judges the address', () => {
  const words = '450 4.2.0 <a@example.org>: Recipient address rejected: Greylisted, see https://postgrey.example/help';
  it.each([
    ['still being retried', 'delayed', 'onhold'],
    ['the queue gave up while greylisted', 'failed', 'expired'],
  ])('%s', (_name, action, want) => {
    expect(reason(words, { status: '4.2.0', action, command: 'RCPT' })).toBe(want);
  });
  it('a permanent refusal that mentions a greylist is not a deferral', () => {
    expect(reason('550 5.1.1 <a@example.org>: User unknown (greylist check passed)', { status: '5.1.1', command: 'RCPT' })).toBe('userunknown');
  });
});

describe('links and common wording', () => {
  it.each([
    ["a help link's path names its page, not the cause (Barracuda's /reputation/)", '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1', {}, 'blocked'],
    ["a link's host may name the blocklist", '553 http://www.spamhaus.org/query/bl?ip=192.0.2.1', {}, 'blocked'],
    ['content restrictions are a content policy', '550 5.7.1 Message rejected due to content restrictions', { status: '5.7.1' }, 'policyviolation'],
    ['a failed DNS query on the way (Exchange)', '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry', { status: '4.4.0', action: 'delayed' }, 'networkerror'],
    ["Microsoft 5.7.515: the sender domain's authentication level", "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level.", { status: '5.7.515' }, 'authfailure'],
  ])('%s', (_name, diagnostic, more, want) => {
    expect(reason(diagnostic, more)).toBe(want);
  });
});

describe('session transcripts: which command a refusal answered', () => {
  const session = [
    '... while talking to mx.example.org.:',
    '>>> MAIL From:<s@example.net> SIZE=100',
    '<<< 250 2.1.0 Ok',
    '>>> RCPT To:<a@example.org>',
    '<<< 550 5.1.1 User unknown',
    '>>> RCPT To:<b@example.org>',
    '<<< 250 2.1.5 Ok',
    '>>> DATA',
    '<<< 552 5.2.2 Mailbox full',
  ];
  it.each([
    ['a refusal right after our RCPT, not naming us', 'a@example.org', 'RCPT'],
    ['an unnamed refusal after DATA, for a recipient taken at RCPT', 'b@example.org', 'DATA'],
    ['a recipient the transcript never mentions gets the unnamed refusal too', 'c@example.org', 'DATA'],
  ])('%s', (_name, address, want) => {
    expect(transcriptCommand(session, address)).toBe(want);
  });
  it('a refusal that names the recipient wins', () => {
    expect(transcriptCommand(['>>> DATA', '<<< 550 5.1.1 <a@example.org>... User unknown'], 'a@example.org')).toBe('DATA');
  });
  it('success replies answer nothing', () => {
    expect(transcriptCommand(['>>> MAIL From:<s@example.net>', '<<< 250 ok', '>>> QUIT', '<<< 221 bye'], 'a@example.org')).toBeNull();
  });
});

describe('subjects and statuses that settle the class', () => {
  it.each([
    ["a missing domain in a refusal of the sender is the sender's domain", '550 5.1.0 <s@example.net>: Sender address rejected: Domain not found', { status: '5.1.0', command: 'RCPT' as const }, 'rejected'],
    ['a missing domain for a recipient stays hostunknown', '550 5.1.2 <a@example.invalid>: Recipient address rejected: Domain not found', { status: '5.1.2', command: 'RCPT' as const }, 'hostunknown'],
    ['TLS offered but not available', '454 4.7.0 TLS not available due to local problem', { status: '4.7.0' }, 'failedstarttls'],
    ['RFC 3463 X.6.1 (media not supported) beats "content rejected"', '554 5.6.1 Message content rejected: invalid MIME structure', { status: '5.6.1' }, 'contenterror'],
    ['a temporary network failure that is still being retried', '451 4.4.2 Lost connection with mx.example.org', { status: '4.4.2', action: 'delayed' }, 'networkerror'],
    ['the same when the report is final: the queue gave up', '451 4.4.2 Lost connection with mx.example.org', { status: '4.4.2', action: 'failed' }, 'expired'],
  ])('%s', (_name, diagnostic, more, want) => {
    expect(reason(diagnostic, more)).toBe(want);
  });
});
