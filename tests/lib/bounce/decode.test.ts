/**
 * decodeBounce on fixtures named by RFC section / scenario: the RFC 3464 example layout, RFC 6533 global
 * DSN, RFC 5965 ARF, RFC 8098 read receipt, RFC 3834 auto-reply, and free-text NDRs of common generators.
 */
import { describe, expect, it } from 'vitest';
import { classifyBounce, decodeBounce } from '../../../lib/bounce';

function dsn(type: string, fields: string, notice = 'Your message could not be delivered.'): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    notice,
    '',
    '--B',
    `Content-Type: ${type}`,
    '',
    fields,
    '',
    '--B',
    'Content-Type: text/rfc822-headers',
    '',
    'From: sender@example.com',
    'To: user@example.org',
    'Subject: hello',
    '',
    '--B--',
    '',
  ].join('\r\n');
}

const RFC3464_FIELDS = [
  'Reporting-MTA: dns; mx.example.net',
  'Arrival-Date: Tue, 14 Oct 2025 09:17:40 +0000',
  '',
  'Final-Recipient: rfc822; user@example.org',
  'Action: failed',
  'Status: 5.0.0',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <user@example.org>: Recipient address rejected:',
  '  User unknown in local recipient table',
].join('\r\n');

describe('RFC 3464 delivery status notifications', () => {
  it('rfc3464-2.3: per-message and per-recipient fields; the server\'s own code beats Status 5.0.0', async () => {
    const r = await decodeBounce(dsn('message/delivery-status', RFC3464_FIELDS));
    expect(r?.kind).toBe('dsn');
    expect(r?.reportingMta).toBe('mx.example.net');
    expect(r?.arrivalDate).toBe('Tue, 14 Oct 2025 09:17:40 +0000');
    expect(r?.recipients).toHaveLength(1);
    const rcpt = r?.recipients[0];
    expect(rcpt).toMatchObject({
      address: 'user@example.org', action: 'failed', status: '5.1.1', replyCode: '550', remoteMta: 'mx.example.org',
      command: 'RCPT', reason: 'userunknown', hard: true,
    });
    expect(rcpt?.diagnostic).toContain('User unknown in local recipient table');
    expect(rcpt?.explanation?.fix).toContain('Verify the recipient address');
    expect(r?.originalRaw).toContain('Subject: hello');
  });

  it('rfc6533-3: message/global-delivery-status is read the same way', async () => {
    const r = await decodeBounce(dsn('message/global-delivery-status', RFC3464_FIELDS.replace('user@example.org', 'usér@example.org')));
    expect(r?.recipients[0]?.address).toBe('usér@example.org');
  });

  it('success DSN: action delivered is reported as a not-bounce', async () => {
    const fields = 'Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; user@example.org\r\nAction: delivered\r\nStatus: 2.0.0';
    const c = await classifyBounce(dsn('message/delivery-status', fields));
    expect(c.bounce?.recipients[0]?.reason).toBe('delivered');
    expect(c.notBounce).toBe('delivery-success');
  });

  it('a delayed DSN (4.4.7) is expired and soft', async () => {
    const fields = 'Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; user@example.org\r\nAction: delayed\r\nStatus: 4.4.7';
    const r = await decodeBounce(dsn('message/delivery-status', fields));
    expect(r?.recipients[0]).toMatchObject({ reason: 'expired', hard: false, action: 'delayed' });
  });
});

describe('RFC 5965 feedback reports and RFC 8098 read receipts', () => {
  const arf = [
    'From: <abusedesk@example.com>',
    'To: <abuse@example.net>',
    'Subject: FW: Earn money',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="part1"',
    '',
    '--part1',
    'Content-Type: text/plain',
    '',
    'This is an email abuse report for an email message received from IP 192.0.2.1.',
    '',
    '--part1',
    'Content-Type: message/feedback-report',
    '',
    'Feedback-Type: abuse',
    'User-Agent: SomeGenerator/1.0',
    'Version: 1',
    'Original-Mail-From: <somespammer@example.net>',
    'Original-Rcpt-To: <user@example.com>',
    'Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT',
    'Reporting-MTA: dns; mail.example.com',
    'Source-IP: 192.0.2.1',
    '',
    '--part1',
    'Content-Type: message/rfc822',
    '',
    'From: <somespammer@example.net>',
    'To: <Undisclosed Recipients>',
    'Subject: Earn money',
    '',
    'Spam Spam Spam',
    '--part1--',
  ].join('\r\n');

  it('rfc5965-B.1: feedback type and original recipient', async () => {
    const r = await decodeBounce(arf);
    expect(r).toMatchObject({ kind: 'arf', feedbackType: 'abuse', reportingMta: 'mail.example.com' });
    expect(r?.recipients[0]).toMatchObject({ address: 'user@example.com', reason: 'feedback', hard: false });
    expect(r?.originalRaw).toContain('Spam Spam Spam');
  });

  it('rfc8098-9: a read receipt is not a bounce', async () => {
    const mdn = dsn('message/disposition-notification', 'Reporting-UA: joes-pc.cs.example.com; Foomail 97.1\r\nFinal-Recipient: rfc822;Joe_Recipient@example.com\r\nDisposition: manual-action/MDN-sent-manually; displayed')
      .replace('report-type=delivery-status', 'report-type=disposition-notification');
    expect(await decodeBounce(mdn)).toBeNull();
    expect((await classifyBounce(mdn)).notBounce).toBe('read-receipt');
  });
});

describe('RFC 3834 auto-replies', () => {
  it('rfc3834-5: Auto-Submitted: auto-replied from a person is an auto-reply', async () => {
    const raw = 'From: Jane <jane@example.org>\r\nTo: you@example.com\r\nSubject: Out of office\r\nAuto-Submitted: auto-replied\r\n\r\nI am away until Monday.\r\n';
    const c = await classifyBounce(raw);
    expect(c.notBounce).toBe('autoreply');
    expect(c.bounce?.kind).toBe('autoreply');
    expect(c.bounce?.recipients[0]).toMatchObject({ address: 'jane@example.org', reason: 'vacation' });
  });

  it('ordinary mail is not a bounce', async () => {
    expect(await classifyBounce('From: a@example.com\r\nTo: b@example.org\r\nSubject: lunch?\r\n\r\nAt noon.\r\n')).toEqual({ bounce: null, notBounce: null });
  });
});

describe('free-text NDRs', () => {
  it.each([
    ['postfix-without-dsn', [
      'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)', 'Subject: Undelivered Mail Returned to Sender', '',
      'This is the mail system at host mx.example.net.', '', 'I\'m sorry to have to inform you that your message could not', 'be delivered to one or more recipients.', '',
      '<user@example.org>: host mx.example.org[192.0.2.2] said: 552 5.2.2 <user@example.org>:', '    Mailbox full (in reply to RCPT TO command)', '',
    ], 'user@example.org', '5.2.2', '552', 'mailboxfull', 'mx.example.net'],
    ['exim', [
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>', 'Subject: Mail delivery failed: returning message to sender', 'X-Failed-Recipients: user@example.org', '',
      'This message was created automatically by mail delivery software.', '', 'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '',
      '  user@example.org', '    host mx.example.org [192.0.2.2]', '    SMTP error from remote mail server after RCPT TO:<user@example.org>:', '    550 5.1.1 No such user here', '',
      '------ This is a copy of the message, including all the headers. ------', '', 'From: sender@example.com', 'To: user@example.org',
    ], 'user@example.org', '5.1.1', '550', 'userunknown', null],
    ['qmail', [
      'From: MAILER-DAEMON@mx.example.net', 'Subject: failure notice', '',
      'Hi. This is the qmail-send program at mx.example.net.', 'I\'m afraid I wasn\'t able to deliver your message to the following addresses.', '',
      '<user@example.org>:', '192.0.2.2 does not like recipient.', 'Remote host said: 550 5.7.1 Service unavailable; client blocked using zen.spamhaus.org', 'Giving up on 192.0.2.2.', '',
      '--- Below this line is a copy of the message.',
    ], 'user@example.org', '5.7.1', '550', 'blocked', 'mx.example.net'],
  ])('%s', async (_name, lines, address, status, reply, reason, reporting) => {
    const r = await decodeBounce(lines.join('\n'));
    expect(r?.kind).toBe('ndr');
    expect(r?.reportingMta).toBe(reporting);
    expect(r?.recipients[0]).toMatchObject({ address, status, replyCode: reply, reason });
  });

  it('a blocklist refusal explains delisting', async () => {
    const raw = 'From: MAILER-DAEMON@mx.example.net\nSubject: failure notice\n\n<user@example.org>:\nRemote host said: 554 5.7.1 blocked using bl.spamcop.net\n';
    const r = await decodeBounce(raw);
    expect(r?.recipients[0]?.explanation?.check).toBe('blocklist');
    expect(r?.recipients[0]?.explanation?.fix).toContain('24 hours');
  });
});

/** Notices written the way each generator writes them (our own texts, no corpus file). */
const GENERATORS: Record<string, string[]> = {
  proofpoint: ['From: MAILER-DAEMON@pps.example.net', 'To: sender@example.com', 'Subject: Undeliverable: Hello', '',
    'The following message to <user@example.org> was undeliverable.', 'The reason for the problem:',
    "5.1.0 - Unknown address error 550-'5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual mailbox table'", ''],
  gmail: ['From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'To: sender@gmail.com', 'Subject: Delivery Status Notification (Failure)', 'X-Failed-Recipients: user@example.org', '',
    '** Address not found **', '', "Your message wasn't delivered to user@example.org because the address couldn't be found, or is unable to receive mail.", '',
    'Learn more here: https://support.google.com/mail/?p=NoSuchUser', '', 'The response from the remote server was:', '550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual mailbox table', ''],
  exo: ['From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>', 'To: sender@example.com', 'Subject: Undeliverable: Hello', '',
    "Your message to user@example.org couldn't be delivered.", "user wasn't found at example.org.", '', 'Diagnostic information for administrators:', '',
    'Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com', 'user@example.org', "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", ''],
  courier: ['From: Courier mail server at mx.example.net <@>', 'To: sender@example.com', 'Subject: NOTICE: mail delivery status.', '',
    'This is a delivery status notification from mx.example.net, running the Courier mail server, version 1.1.', '',
    'The original message was received on Mon, 01 Jan 2024 00:00:00 +0000', 'from localhost [127.0.0.1]', '',
    '---------------------------------------------------------------------------', '', '                           UNDELIVERABLE MAIL', '',
    'Your message to the following recipients cannot be delivered:', '', '<user@example.org>:', '    mx.example.org [192.0.2.2]:',
    '>>> RCPT TO:<user@example.org>', '<<< 550 5.1.1 <user@example.org>... User unknown', ''],
  sendmail: ['From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', 'To: sender@example.com', 'Subject: Returned mail: see transcript for details', '',
    'The original message was received at Mon, 1 Jan 2024 00:00:00 GMT', 'from localhost [127.0.0.1]', '', '   ----- The following addresses had permanent fatal errors -----',
    '<user@example.org>', '    (reason: 552 5.2.2 Mailbox full)', '', '   ----- Transcript of session follows -----', '... while talking to mx.example.org.:',
    '>>> DATA', '<<< 552 5.2.2 Mailbox full', '554 5.0.0 Service unavailable', ''],
  icloud: ['From: MAILER-DAEMON@icloud.com', 'To: sender@icloud.com', 'Subject: Delivery Status Notification (Failure)', '',
    'Delivery to the following recipient failed permanently:', '', '     user@example.org', '',
    'Technical details of permanent failure:', 'The recipient server did not accept our requests to connect. Learn more at https://support.apple.com/ [mx.example.org 192.0.2.2: 421 4.7.0 Too many connections]', ''],
};

describe('free-text NDRs of the common generators', () => {
  it.each([
    ['proofpoint', '5.1.1', '550', 'userunknown', 'RCPT'],
    ['gmail', '5.1.1', '550', 'userunknown', 'RCPT'],
    ['exo', '5.1.10', '550', 'userunknown', null],
    ['courier', '5.1.1', '550', 'userunknown', 'RCPT'],
    ['sendmail', '5.2.2', '552', 'mailboxfull', 'DATA'],
    ['icloud', '4.7.0', '421', 'toomanyconn', null],
  ])('%s', async (name, status, replyCode, reason, command) => {
    const b = await decodeBounce((GENERATORS[name] ?? []).join('\r\n'));
    expect(b?.kind).toBe('ndr');
    expect(b?.recipients).toHaveLength(1);
    expect(b?.recipients[0]).toMatchObject({ address: 'user@example.org', status, replyCode, reason, command });
    expect(b?.recipients[0]?.explanation).not.toBeNull();
  });
});
