/**
 * The bounce as the CLI prints it agrees with the analysis: a class-5 refusal is permanent (RFC 3463 §3.1, RFC 5321
 * §4.2.1 5yz) whether or not it is a hard bounce, a class-4 one temporary; no 5xx recipient is called "soft".
 */
import { describe, expect, it } from 'vitest';
import { formatBounce } from '../../cli/format-bounce';
import { analyze } from '../../lib/analyze';

/** A Postfix-style delivery report (RFC 3464) for one recipient. */
function dsn(status: string, action: string, diagnostic: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
    'To: sender@example.net',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 1 Dec 2025 10:00:00 +0000',
    'Message-ID: <dsn.1@mx.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    "I'm sorry to have to inform you that your message could not be delivered.",
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; a@example.org',
    `Action: ${action}`,
    `Status: ${status}`,
    'Remote-MTA: dns; mx.example.org',
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

describe('formatBounce', () => {
  it.each([
    [
      '5.7.1',
      'failed',
      '554 5.7.1 <a@example.org>: Relay access denied',
      /\(permanent: fails again until the cause is fixed\); reason class: norelaying/,
      /Permanent: refused; sending again fails until the relay permission is fixed\./,
    ],
    [
      '5.1.1',
      'failed',
      '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table',
      /\(permanent, hard bounce: the address or domain is gone\); reason class: userunknown/,
      /Permanent: refused; sending again fails until the recipient address is fixed\./,
    ],
    [
      '4.2.2',
      'delayed',
      '452 4.2.2 <a@example.org>: Mailbox full',
      /\(temporary: the sending server retries\); reason class: mailboxfull/,
      /^ {2}a@example\.org: Delayed .* Temporary: the server will retry\./,
    ],
  ])('%s %s', async (status, action, diagnostic, codeLine, sentence) => {
    const report = await analyze(dsn(status, action, diagnostic), { now: () => 0 });
    const lines = formatBounce(report);
    expect(lines.some((l) => codeLine.test(l))).toBe(true);
    expect(lines.some((l) => sentence.test(l))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/soft/i);
  });
});
