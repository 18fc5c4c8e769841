// A generated .eml of an exact size in bytes: a short header block, a text part and a base64 attachment filling
// the rest (RFC 2045 §6.8: lines of at most 76 characters). Written to a temporary file for the browser's file input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LARGE_SUBJECT = 'Quarterly archive (large attachment)';

const HEAD = [
  'Received: from mail.example.org (mail.example.org [192.0.2.25]) by mx.example.net with ESMTPS id 4cHq; Tue, 14 Oct 2025 09:17:40 +0000',
  'From: Reports <reports@example.org>',
  'To: you@example.net',
  `Subject: ${LARGE_SUBJECT}`,
  'Date: Tue, 14 Oct 2025 09:17:36 +0000',
  'Message-ID: <large-archive@example.org>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'The archive is attached.',
  '--b1',
  'Content-Type: application/octet-stream; name="archive.bin"',
  'Content-Transfer-Encoding: base64',
  'Content-Disposition: attachment; filename="archive.bin"',
  '',
  '',
].join('\r\n');
const TAIL = '\r\n--b1--\r\n';
const LINE = `${Buffer.from(Array.from({ length: 57 }, (_v, i) => (i * 37 + 11) % 256)).toString('base64')}\r\n`;

/** The message as bytes, exactly `size` long. */
export function largeEml(size) {
  const out = Buffer.alloc(size, 0x41);
  out.write(HEAD, 0, 'latin1');
  let at = HEAD.length;
  const end = size - TAIL.length;
  while (at + LINE.length <= end) at += out.write(LINE, at, 'latin1');
  // The last base64 line is shorter: 'A's (already there) up to the closing boundary.
  out.write(TAIL, end, 'latin1');
  return out;
}

/** largeEml written to a fresh temporary directory; returns its path. */
export function largeEmlFile(size, name = 'large.eml') {
  const path = join(mkdtempSync(join(tmpdir(), 'headerscope-large-')), name);
  writeFileSync(path, largeEml(size));
  return path;
}
