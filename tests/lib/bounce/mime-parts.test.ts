/**
 * How a bounce's MIME parts are typed (RFC 2045 §5.1/§5.2, RFC 2046 §5.1): a Content-Type folded without its
 * ";", a part with no Content-Type (text/plain), and a returned original pasted as a bare part after the notice.
 */
import { describe, expect, it } from 'vitest';
import { decodeBounce } from '../../../lib/bounce';
import { walkMime } from '../../../lib/mime/walk';
import { isUnwrappedOriginal, noticeText } from '../../../lib/bounce/notice-text';
import { parseContentType } from '../../../lib/mime/part-headers';

describe('parseContentType (RFC 2045 §5.1)', () => {
  it.each([
    ['RFC 2045 §5.2 default spelled out', 'text/plain; charset=us-ascii', 'text/plain', 'us-ascii'],
    ['case-insensitive type', 'Text/HTML; Charset="UTF-8"', 'text/html', 'UTF-8'],
    ['fold without ";" (type is a token, ends at the space)', 'text/plain charset="iso-2022-jp"', 'text/plain', 'iso-2022-jp'],
    ['spaces around "/"', 'text / plain ;charset=utf-8', 'text/plain', 'utf-8'],
    ['junk before the ";" is not a parameter name', 'text/plain junk; charset=koi8-r', 'text/plain', 'koi8-r'],
    ['no type at all: invalid, RFC 2045 §5.2 default (no parameters kept)', 'charset=utf-8', 'text/plain', undefined],
    ['no subtype: default', 'text/', 'text/plain', undefined],
  ])('%s', (_name, value, type, charset) => {
    const ct = parseContentType(value);
    expect(ct.type).toBe(type);
    expect(ct.params.get('charset')).toBe(charset);
  });
});

const notice = (contentType: string): string[] => [
  '--BND', contentType, '',
  'Delivery failed for the following recipient:', '',
  'a@example.org [Mailbox does not exist]', '',
];
const pastedOriginal = [
  '--BND',
  'Received: from client.example.net by mx.example.net; Mon, 1 Jan 2024 00:00:00 +0000',
  'Message-ID: <1@example.net>', 'From: b@example.net', 'To: a@example.org', 'Subject: hello',
  'Content-Type: text/plain; charset=us-ascii', '',
  'c@example.net: please call me', '',
];
function bounce(parts: string[]): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@example.net>', 'To: b@example.net', 'Subject: Returned mail: see transcript',
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="BND"', '', ...parts, '--BND--', '',
  ].join('\r\n');
}

describe('notice and original parts', () => {
  it.each([
    ['Content-Type folded without ";"', notice('Content-Type: text/plain\r\n   charset="us-ascii"')],
    ['no Content-Type: text/plain (RFC 2045 §5.2)', notice('Content-Description: Notification')],
  ])('the notice part is read: %s', async (_name, first) => {
    const got = await decodeBounce(bounce([...first, ...pastedOriginal]));
    expect(got?.recipients.map((r) => [r.address, r.diagnostic])).toEqual([['a@example.org', '[Mailbox does not exist]']]);
  });

  it('a later part whose header is a message\'s (RFC 2046 §5.1: only Content-* fields belong to a part) is the original', async () => {
    const got = await decodeBounce(bounce([...notice('Content-Type: text/plain'), ...pastedOriginal]));
    expect(got?.originalRaw?.startsWith('Received: from client.example.net')).toBe(true);
    expect(got?.originalRaw).toContain('c@example.net: please call me');
    const msg = walkMime(bounce([...notice('Content-Type: text/plain'), ...pastedOriginal]));
    expect(msg.parts.map((p, i) => isUnwrappedOriginal(p, i))).toEqual([false, true]);
    expect(noticeText(msg)).not.toContain('please call me');
  });

  it.each([
    ['a second notice part with only Content-* fields', ['--BND', 'Content-Type: text/plain', 'Content-Description: details', '', 'c@example.net: 550 mailbox unavailable', '']],
    ['a single stray message field', ['--BND', 'Subject: details', '', 'c@example.net: 550 mailbox unavailable', '']],
  ])('not an original: %s', async (_name, second) => {
    const got = await decodeBounce(bounce([...notice('Content-Type: text/plain'), ...second]));
    expect(got?.originalRaw).toBeNull();
    expect(got?.recipients.map((r) => r.address)).toEqual(['a@example.org', 'c@example.net']);
  });

  it('the first part is the notice even when it starts with message fields', () => {
    const msg = walkMime(bounce([...pastedOriginal, ...notice('Content-Type: text/plain')]));
    expect(msg.parts.map((p, i) => isUnwrappedOriginal(p, i))).toEqual([false, false]);
  });
});
