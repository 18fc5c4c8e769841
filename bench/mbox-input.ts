/**
 * The CLI bench's mbox (RFC 4155): `count` messages written to a file in pieces (the file can be larger than
 * the memory the bench may use). Deterministic: message i is always the same bytes. The mix: the 6.5 KB message
 * from 40 sender domains (some display names naming a brand from a look-alike domain), one in 50 the 100 KB
 * newsletter, one in 25 a delivery status notification (RFC 3464) with the returned original.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { typicalMessage } from './inputs';
import { newsletterMessage } from './newsletter-input';

const CRLF = '\r\n';

const NAMES = [
  'Contoso News',
  'PayPal Service',
  'Microsoft 365',
  'Fabrikam Billing',
  'Northwind Orders',
  'DHL Express',
  'Tailspin Support',
  'Amazon',
];

function senderDomain(i: number): string {
  const k = i % 40;
  // Every eighth domain is a look-alike of a brand (digit for letter), as phishing mail uses.
  if (k % 8 === 1)
    return (
      ['paypa1-secure.com', 'rnicrosoft-online.com', 'amaz0n-billing.net', 'dh1-express.co'][(k >> 3) % 4] ??
      'paypa1.com'
    );
  return `sender${String(k)}.example.${k % 3 === 0 ? 'com' : k % 3 === 1 ? 'co.uk' : 'de'}`;
}

/** The 6.5 KB or 100 KB message with its own sender, subject and Message-ID. */
function varied(template: string, i: number): string {
  const domain = senderDomain(i);
  const name = NAMES[i % NAMES.length] ?? 'Contoso News';
  return template
    .replace('From: Contoso News <news@contoso.com>', `From: ${name} <news@${domain}>`)
    .replace('Return-Path: <news@contoso.com>', `Return-Path: <bounce-${String(i)}@${domain}>`)
    .replace('Thread-Topic: Your June summary - 3 new features', `Thread-Topic: Your June summary #${String(i)}`)
    .replace('<AM0PR02MB5555A1B2C3D4E5F6A7B8C9D0E1F2A@', `<AM0PR02MB5555A${String(i)}@`);
}

function bounce(i: number): string {
  const b = `dsn_${String(i)}_boundary`;
  return [
    'Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])',
    '        by mx.google.com with SMTPS id 5b1f17b1804b1-46f0b3c5e22sor2203115e9.3;',
    '        Wed, 15 Oct 2025 06:12:09 -0700 (PDT)',
    'Return-Path: <>',
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'To: dana.wright@example.org',
    'Subject: Delivery Status Notification (Failure)',
    `Message-ID: <dsn-${String(i)}@mx.google.com>`,
    'Date: Wed, 15 Oct 2025 06:12:09 -0700 (PDT)',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; boundary="${b}"; report-type=delivery-status`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    `Your message wasn't delivered to user${String(i)}@example.com because the address couldn't be found.`,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; googlemail.com',
    '',
    `Final-Recipient: rfc822; user${String(i)}@example.com`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <user${String(i)}@example.com>: Recipient address rejected: User unknown`,
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    '',
    'From: Dana Wright <dana.wright@example.org>',
    `To: user${String(i)}@example.com`,
    'Subject: Contract draft',
    'Date: Wed, 15 Oct 2025 15:12:03 +0200',
    `Message-ID: <orig-${String(i)}@mail.gmail.com>`,
    '',
    'Hello, the draft is attached.',
    '',
    `--${b}--`,
    '',
  ].join('\n');
}

/** Message i of the mbox, its "From " separator line included. */
export function mboxMessage(i: number, templates: { typical: string; newsletter: string }): string {
  const body = i % 25 === 24 ? bounce(i) : varied(i % 50 === 7 ? templates.newsletter : templates.typical, i);
  return `From bench-${String(i)}@mbox.example Sat Jun  1 14:02:10 2024${CRLF}${body}${CRLF}`;
}

/** Write an mbox of `count` messages to `path`; returns its size in bytes. */
export function writeMbox(path: string, count: number): number {
  const templates = { typical: typicalMessage(), newsletter: newsletterMessage() };
  const fd = openSync(path, 'w');
  let size = 0;
  try {
    let piece = '';
    for (let i = 0; i < count; i++) {
      piece += mboxMessage(i, templates);
      if (piece.length > 4 * 1024 * 1024 || i === count - 1) {
        size += writeSync(fd, Buffer.from(piece, 'latin1'));
        piece = '';
      }
    }
  } finally {
    closeSync(fd);
  }
  return size;
}
