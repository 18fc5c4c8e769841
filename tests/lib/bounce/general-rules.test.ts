/**
 * General rules (corpus accuracy), each with a hand-made fixture (no corpus file):
 * user-unknown vs filtered semantics (RFC 5321 §3.3 RCPT vs DATA, RFC 3463 X.2.x), filtering gateways,
 * Status-field comments, wrapped multiline replies (RFC 5321 §4.2.1), transcripts, broken folds.
 */
import { describe, expect, it } from 'vitest';
import { classifyReason, normalizeDiagnostic } from '../../../lib/bounce/classify-reason';
import { findCodes } from '../../../lib/bounce/codes-in-text';
import { decodeBounce } from '../../../lib/bounce';
import { leadingAddress } from '../../../lib/bounce/ndr-text';
import { readFields } from '../../../lib/mime/part-headers';

const base = { action: 'failed', replyCode: '550' } as const;

describe('user unknown vs filtered (RFC 5321 §3.3, RFC 3463 §3.3)', () => {
  it.each([
    ['X.1.1 code', { status: '5.1.1', diagnostic: '550 5.1.1 <a@example.org>... User unknown', command: null }, 'userunknown'],
    ['answer to RCPT', { status: '5.2.1', diagnostic: '550 5.2.1 <a@example.org>... User unknown', command: 'RCPT' }, 'userunknown'],
    ['answer to DATA', { status: '5.0.0', diagnostic: '550 <a@example.org>... User unknown', command: 'DATA' }, 'filtered'],
    ['X.2.1 without command', { status: '5.2.1', diagnostic: '550 5.2.1 <a@example.org>... User unknown', command: null }, 'filtered'],
    ['X.2.0 without command', { status: '5.2.0', diagnostic: '550 no such user', command: null }, 'filtered'],
    ['code pointing elsewhere (X.3.0)', { status: '5.3.0', diagnostic: 'Unknown user a@example.org', command: null }, 'filtered'],
    ['bare "550 : User unknown"', { status: '5.0.0', diagnostic: '550 : User unknown', command: null }, 'filtered'],
    ['address named, no command: a filter\'s excuse (Sisimai\'s filtered rule)', { status: '5.0.0', diagnostic: '550 <a@example.org>: User unknown', command: null }, 'filtered'],
    ['au (KDDI) names the mailbox it does not know (its documented form)', { status: '5.0.0', diagnostic: '550 <a@ezweb.ne.jp>: User unknown', command: null, recipient: 'a@ezweb.ne.jp' }, 'userunknown'],
    ['au (KDDI) names none: the reception settings refused', { status: '5.0.0', diagnostic: '550 : User unknown', command: null, recipient: 'a@ezweb.ne.jp' }, 'filtered'],
    ['Postfix recipient address rejected at RCPT', { status: '5.0.0', diagnostic: '550 <a@example.org>: Recipient address rejected.', command: 'RCPT' }, 'userunknown'],
  ])('%s', (_name, input, want) => {
    expect(classifyReason({ ...base, ...input })).toBe(want);
  });

  it('a content-filtering gateway\'s "no such user" is filtered', () => {
    expect(classifyReason({ ...base, status: null, diagnostic: '550 a@example.org... No such user', filterGateway: true })).toBe('filtered');
  });

  it('the Status comment "mailbox disabled" (RFC 3463 X.2.1) makes it suspend', () => {
    expect(classifyReason({ ...base, status: '5.2.1', diagnostic: '550 5.2.1 <a@example.org>... User Unknown', statusNote: 'mailbox disabled, not accepting messages' })).toBe('suspend');
  });
});

describe('text rules', () => {
  it('multiline reply prefixes inside a wrapped diagnostic are dropped before phrase matching (RFC 5321 §4.2.1)', () => {
    expect(normalizeDiagnostic('550-5.7.1 Messages with multiple 550-5.7.1 addresses in From: header')).toBe('550-5.7.1 messages with multiple addresses in from: header');
  });

  it.each([
    ['mailbox exceeded', "The number of messages in recipient's mailbox exceeded the limit", 'mailboxfull'],
    ['client ip mismatch', '550 domain [example.net] mismatches client ip 192.0.2.1', 'requireptr'],
    ['unverified sending identity', '554 Message rejected: Email address is not verified.', 'norelaying'],
    ['service refused', '421 Service refused, please try later', 'blocked'],
  ])('%s', (_name, diagnostic, want) => {
    expect(classifyReason({ status: null, replyCode: null, diagnostic, action: 'failed' })).toBe(want);
  });

  it('a failure pair in a transcript beats the successes before it', () => {
    expect(findCodes('Out: 250 2.1.5 Ok\nIn: DATA\nOut: 354 go\nOut: 451 4.3.0 Error: queue file write error')).toEqual({ replyCode: '451', status: '4.3.0' });
    expect(findCodes('250 2.1.5 Ok')).toEqual({ replyCode: '250', status: '2.1.5' });
  });

  it.each([
    ['IPv6 groups are not reply codes (RFC 4291 §2.2)', '[(0) mx.example.org. [2001:db8:220:6d::1]:25: socket error]', { replyCode: null, status: null }],
    ['a short IPv6 form (RFC 4291 §2.2)', 'connect to [fe80:220::1]: Network unreachable', { replyCode: null, status: null }],
    ['"550:" before the words still counts', 'said:550: 5.1.1 mailbox unavailable', { replyCode: '550', status: '5.1.1' }],
  ])('codes next to colons: %s', (_name, text, want) => {
    expect(findCodes(text)).toEqual(want);
  });

  it('a Sendmail transcript line "554 <rcpt>... 550 Host unknown" names the recipient and keeps the inner code', () => {
    expect(leadingAddress('554 <a@example.org>... 550 Host unknown')).toEqual({ address: 'a@example.org', rest: '550 Host unknown' });
    expect(leadingAddress('554 <a@example.org>... Service unavailable')).toEqual({ address: 'a@example.org', rest: '554 Service unavailable' });
  });

  it('an unindented parameter after "Content-Type: x;" continues the field', () => {
    expect(readFields(['Content-Type: multipart/alternative;', 'boundary="b1"'])).toEqual([{ key: 'content-type', value: 'multipart/alternative; boundary="b1"' }]);
  });
});

const mk = (lines: string[]): string => lines.join('\n');

describe('whole notices', () => {
  it('Postfix repeats the address on the wrapped line: the command in it still counts', async () => {
    const raw = mk([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: Undelivered Mail Returned to Sender', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
      '--B', 'Content-Type: text/plain', '',
      '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.2.1',
      '<a@example.org>... User Unknown (in reply to RCPT TO command)', '',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '',
      'Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.2.1', 'Diagnostic-Code: smtp; 550 5.2.1 <a@example.org>... User Unknown', '', '--B--',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    expect([r?.command, r?.reason]).toEqual(['RCPT', 'userunknown']);
  });

  it('Exim file recipient: the words under "following address(es) failed" are the diagnostic', async () => {
    const raw = mk([
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>', 'Subject: Mail delivery failed', 'Content-Type: multipart/report; report-type=delivery-status; boundary=E', '',
      '--E', 'Content-type: text/plain', '', 'The following address(es) failed:', '', '  save to /var/mail/box', '    generated by a@example.net', '    mailbox is full: retry timeout exceeded', '',
      '--E', 'Content-type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '', 'Action: failed', 'Final-Recipient: rfc822;/var/mail/box', 'Status: 5.0.0', '', '--E--',
    ]);
    expect((await decodeBounce(raw))?.recipients[0]?.reason).toBe('mailboxfull');
  });

  it('a notice that quotes the server reply on its own line gives the recipient that reply', async () => {
    const raw = mk([
      'From: post_master@sms.example.com', 'To: s@example.net', 'Subject: Re: hello', '',
      'Error: Invalid user address', 'Error message below:', '550 - Requested action not taken: no such user here', '', 'Message details:', '  RCPT TO: a@sms.example.com', '  Size (in bytes): 222',
    ]);
    const r = (await decodeBounce(raw))?.recipients[0];
    // No command is known for the quoted reply: user-unknown words there are read as a filter's (Sisimai's filtered rule).
    expect([r?.address, r?.replyCode, r?.reason]).toEqual(['a@sms.example.com', '550', 'filtered']);
  });
});
