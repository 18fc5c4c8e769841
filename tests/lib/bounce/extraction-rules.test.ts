/**
 * Extraction rules, each pinned by a hand-written message in the documented layout of its generator (no
 * corpus file): Status fields with comments (RFC 3464 §2.3.4), codes only from delivery-status fields, non-SMTP
 * diagnostic types (RFC 3464 §2.3.6), header-like lines, reports nested in attached messages, readable parts placed
 * elsewhere in a multipart bounce, session transcripts and the generators' stage markers.
 */
import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../../lib/bounce';
import { addressesIn, looksLikeAddress } from '../../../lib/bounce/address-token';
import { findCodes } from '../../../lib/bounce/codes-in-text';
import { findCommand } from '../../../lib/bounce/smtp-command';
import { readStatusField } from '../../../lib/bounce/status-field';

const mk = (lines: string[]): string => lines.join('\n');

function report(perRecipient: string[], notice = 'Delivery to the following recipient failed.'): string {
  return mk([
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'To: s@example.net', 'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R"', '',
    '--R', 'Content-Type: text/plain', '', notice, '',
    '--R', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '', ...perRecipient, '',
    '--R--', '',
  ]);
}

describe('the Status field (RFC 3464 §2.3.4, RFC 822 comments)', () => {
  it.each([
    ['5.1.1', { code: '5.1.1', note: null }],
    ['5.2.2 (mailbox full)', { code: '5.2.2', note: 'mailbox full' }],
    ['5.2.1(mailbox disabled, not accepting messages)', { code: '5.2.1', note: 'mailbox disabled, not accepting messages' }],
    ['(sent by mx.example.net) 4.4.7', { code: '4.4.7', note: 'sent by mx.example.net' }],
    ['5.0.0 (a (nested) comment)', { code: '5.0.0', note: 'a (nested) comment' }],
    ['5.1.1; user unknown', { code: '5.1.1', note: null }],
    ['permanent failure', { code: null, note: null }],
  ])('%s', (value, want) => {
    expect(readStatusField(value)).toEqual(want);
  });

  it('a report whose Status carries a comment and no Diagnostic-Code still gives the code and its class', async () => {
    const r = (await decodeBounce(report(['Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: (remote) 5.2.2 (over quota)'])))?.recipients[0];
    expect([r?.status, r?.reason]).toEqual(['5.2.2', 'mailboxfull']);
  });
});

describe('codes come from delivery-status fields and server replies, not from quoted message headers', () => {
  it('numbers in X-Mailer, Message-ID and Date values are no codes', () => {
    const text = 'X-Mailer: Example Mail 5.5.2\nMessage-ID: <550.5.1.1@example.net>\nDate: Thu, 29 Apr 2021 23:45:22 +0900';
    expect(findCodes(text)).toEqual({ replyCode: null, status: null });
  });

  it('a Diagnostic-Code or Status line still counts', () => {
    expect(findCodes('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user')).toEqual({ replyCode: '550', status: '5.1.1' });
  });

  it('a free-text notice quoting the original header without a marker keeps the server\'s code', async () => {
    const raw = mk([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: failure notice', '',
      '<a@example.org>:', 'mx.example.org does not like recipient.', 'Remote host said: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown', '',
      'X-Mailer: Example Mail 5.7.1', 'Message-ID: <421.5.2.2@example.net>',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.status, r?.replyCode, r?.command, r?.reason]).toEqual(['a@example.org', '5.1.1', '550', 'RCPT', 'userunknown']);
  });
});

describe('a non-SMTP diagnostic type (RFC 3464 §2.3.6)', () => {
  it('"X-Unix; 255" is a local program\'s exit status: no reply code, a mailer error', async () => {
    const r = (await decodeBounce(report([
      'Final-Recipient: rfc822; a@example.org', 'X-Actual-Recipient: X-Unix; |/home/a/bin/filter.php', 'Action: failed', 'Status: 5.3.0', 'Diagnostic-Code: X-Unix; 255',
    ])))?.recipients[0];
    expect([r?.replyCode, r?.status, r?.reason]).toEqual([null, '5.3.0', 'mailererror']);
  });

  it('an "smtp" diagnostic keeps its reply code', async () => {
    const r = (await decodeBounce(report(['Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 user unknown'])))?.recipients[0];
    expect([r?.replyCode, r?.reason]).toEqual(['550', 'userunknown']);
  });
});

describe('header-like lines are not recipients (RFC 5322 §3.2.3: no ":" in an unquoted local part)', () => {
  it.each([['To:a@example.org', false], ['a@example.org', true], ['user:x@example.org', false]])('looksLikeAddress(%s)', (s, want) => {
    expect(looksLikeAddress(s)).toBe(want);
  });

  it('addressesIn takes the address after a glued field name or scheme', () => {
    expect(addressesIn('To:a@example.org mailto:b@example.org rfc822;c@example.org')).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
  });

  it('a notice quoting "To:<addr>" and "Cc:<addr>" lines reports only the failed recipient', async () => {
    const raw = mk([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: Mail delivery failed', '',
      'a@example.org', '    host mx.example.org [192.0.2.1]', '    SMTP error from remote mail server after RCPT TO:<a@example.org>:', '    550 5.1.1 User unknown', '',
      'To:b@example.org', 'Cc:c@example.org',
    ]);
    const b = await decodeBounce(raw);
    expect(b?.recipients.map((r) => r.address)).toEqual(['a@example.org']);
  });
});

describe('where the report is in a multipart bounce', () => {
  it('a delivery report relayed inside an attached message is read (RFC 3464 report as message/rfc822)', async () => {
    const inner = report(['Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full']);
    const raw = mk([
      'From: postmaster@gateway.example.net', 'To: s@example.net', 'Subject: Delivery Status Notification (Failure)',
      'Content-Type: multipart/mixed; boundary="O"', '',
      '--O', 'Content-Type: text/plain', '', 'The message below could not be delivered. The report is attached.', '',
      '--O', 'Content-Type: message/rfc822', '', inner, '--O--', '',
    ]);
    const b = await decodeBounce(raw);
    const r = b?.recipients[0];
    expect([b?.kind, r?.address, r?.status, r?.replyCode, r?.reason]).toEqual(['dsn', 'a@example.org', '5.2.2', '552', 'mailboxfull']);
  });

  it('an attached original message that is no report leaves the notice to the text reader', async () => {
    const raw = mk([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: failure notice', 'Content-Type: multipart/mixed; boundary="O"', '',
      '--O', 'Content-Type: text/plain', '', '<a@example.org>:', 'Sorry, no mailbox here by that name. (#5.1.1)', '',
      '--O', 'Content-Type: message/rfc822', '', 'From: s@example.net', 'To: a@example.org', 'Subject: hi', '', 'hello', '--O--',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.status, r?.reason]).toEqual(['a@example.org', '5.1.1', 'userunknown']);
  });

  it('the readable text sent as an attached part is the notice when nothing precedes it', async () => {
    const raw = mk([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: Undeliverable: hi', 'Content-Type: multipart/mixed; boundary="M"', '',
      '--M', 'Content-Type: text/plain; name="details.txt"', 'Content-Disposition: attachment; filename="details.txt"', 'Content-Transfer-Encoding: base64', '',
      Buffer.from('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 <a@example.org>: Relay access denied (in reply to RCPT TO command)\n').toString('base64'), '',
      '--M', 'Content-Type: message/rfc822', '', 'From: s@example.net', 'To: a@example.org', 'Subject: hi', '', 'hello', '--M--',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.status, r?.replyCode, r?.command, r?.reason]).toEqual(['a@example.org', '5.7.1', '550', 'RCPT', 'norelaying']);
  });
});

describe('session transcripts and stage markers', () => {
  it('a Sendmail transcript in a notice without a report: the refusal answers RCPT', async () => {
    const raw = mk([
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', 'Subject: Returned mail: see transcript for details', '',
      '   ----- The following addresses had permanent fatal errors -----', '<a@example.org>', '    (reason: 550 5.7.1 <a@example.org>... Relaying denied)', '',
      '   ----- Transcript of session follows -----', '... while talking to mx.example.org.:', '>>> RCPT To:<a@example.org>',
      '<<< 550 5.7.1 <a@example.org>... Relaying denied', '550 5.1.1 <a@example.org>... User unknown',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.address, r?.command, r?.reason]).toEqual(['a@example.org', 'RCPT', 'norelaying']);
  });

  it.each([
    ['qmail-remote "failed after I sent the message"', 'mx.example.org failed after I sent the message.\nRemote host said: 554 Unknown user a@example.org', 'DATA'],
    ['qmail-remote "failed on DATA command"', 'mx.example.org failed on DATA command.', 'DATA'],
    ['qmail-remote "but sender was rejected"', 'Connected to 192.0.2.1 but sender was rejected.', 'MAIL'],
    ['qmail-remote "but greeting failed"', 'Connected to 192.0.2.1 but greeting failed.', 'CONN'],
    ['Exim "after pipelined RCPT TO"', 'SMTP error from remote mail server after pipelined RCPT TO:<a@example.org>: 550 no such user', 'RCPT'],
    ['Gmail "(state 18)"', 'The error that the other server returned was: 550 550 Unknown user a@example.org (state 18).', 'DATA'],
    ['Gmail "(state 14)"', 'The error that the other server returned was: 550 550 5.1.1 <a@example.org>... User Unknown (state 14).', 'RCPT'],
  ])('%s', (_name, text, want) => {
    expect(findCommand(text)).toBe(want);
  });

  it('user-unknown words after the message was sent are the recipient\'s filter (Sisimai\'s filtered)', async () => {
    const raw = mk([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: failure notice', '', 'Hi. This is the qmail-send program at mx.example.net.', '',
      '<a@example.org>:', '192.0.2.1 failed after I sent the message.', 'Remote host said: 554 Unknown user a@example.org', '',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.command, r?.reason, r?.hard]).toEqual(['DATA', 'filtered', false]);
  });
});

describe('reply codes (RFC 5321 §4.2.3, RFC 2034 §4)', () => {
  it.each([
    ['an unregistered three-digit number is no reply code', '522 5.2.0 Delivery failed: Over quota', { replyCode: null, status: '5.2.0' }],
    ['a registered one is', '552 5.2.2 Mailbox full', { replyCode: '552', status: '5.2.2' }],
  ])('%s', (_name, text, want) => {
    expect(findCodes(text)).toEqual(want);
  });

  it('a reply whose class disagrees with the Status field is not the status\'s reply: null, or the text\'s reply of that class', async () => {
    const one = (await decodeBounce(report(['Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 4.0.0', 'Diagnostic-Code: smtp; 554 Blocked - see https://www.spamhaus.org/query/ip/192.0.2.1'])))?.recipients[0];
    expect([one?.status, one?.replyCode, one?.reason]).toEqual(['4.0.0', null, 'blocked']);
    const two = (await decodeBounce(report(['Final-Recipient: rfc822; a@example.org', 'Action: delayed', 'Status: 4.4.1', 'Diagnostic-Code: smtp; 554 refused; then 421 try later'])))?.recipients[0];
    expect([two?.status, two?.replyCode]).toEqual(['4.4.1', '421']);
  });
});
