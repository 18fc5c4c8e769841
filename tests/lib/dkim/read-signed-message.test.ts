/**
 * readSignedMessage reads the header block from the top of the message only when it ends there; whatever the
 * cut, it must give the fields that intake() + splitHeaderBlock() give on the whole decoded message, and the
 * body's octets as received (with its text when the whole message was decoded).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSignedMessage } from '../../../lib/dkim';
import { decodeInputBytes } from '../../../lib/mime';
import { messageOf } from './message';

const EOL = fc.constantFrom('\r\n', '\n', '\r');
const LINE = fc.constantFrom(
  'From: a@example.com',
  'Subject: caf\u00e9',
  'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1;',
  ' folded continuation',
  '\tb=abc',
  'X-Junk',
  'From mbox line',
  'Original Message',
  '',
  ' ',
  'body text  with  runs \t',
  '--b1',
  'Content-Type: text/plain',
);
const message = fc.array(fc.tuple(LINE, EOL), { maxLength: 30 }).map((ls) => ls.map(([l, e]) => l + e).join(''));

function asExpected(bytes: Uint8Array) {
  const m = messageOf(decodeInputBytes(bytes));
  return { fields: m.fields, body: m.body };
}

/** The fields as intake() + splitHeaderBlock() read the whole decoded message, and the body's octets as received. */
function check(bytes: Uint8Array, headBytes: number): void {
  const got = readSignedMessage(bytes, undefined, headBytes);
  const want = asExpected(bytes);
  expect(got.fields).toEqual(want.fields);
  if (want.body === null) {
    expect(got.body).toBeNull();
    expect(got.bodyBytes).toBeUndefined();
    return;
  }
  // Read from the top alone, the body is octets only (body null); else its text is given too.
  if (got.body !== null) expect(got.body).toBe(want.body);
  const octets = got.bodyBytes ?? new Uint8Array(0);
  expect(got.bodyBytes).toBeDefined();
  expect(Buffer.from(octets).equals(bytes.subarray(bytes.length - octets.length))).toBe(true);
  expect(decodeInputBytes(octets)).toBe(want.body);
}

describe('readSignedMessage', () => {
  it('gives the whole-message split for any cut of the header search (random messages, UTF-8 and Latin-1 bytes)', () => {
    fc.assert(
      fc.property(message, fc.integer({ min: 1, max: 400 }), fc.boolean(), (text, headBytes, latin1) => {
        check(new Uint8Array(Buffer.from(text, latin1 ? 'latin1' : 'utf8')), headBytes);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });

  it.each([
    ['one body character inside the cut', 'A: 1\r\nB: 2\r\n\r\nbody', 15],
    ['the cut inside the blank line', 'A: 1\r\nB: 2\r\n\r\nbody', 13],
    ['the cut right after the blank line (no body character there)', 'A: 1\r\nB: 2\r\n\r\nbody', 14],
    ['headers only', 'A: 1\r\nB: 2\r\n', 5],
    ['a field cut in the middle', 'A: 1\r\nB: a long value\r\n\r\nx', 9],
    ['no blank line: a cut line is not taken for the body', 'A: 1\r\nB: 2\r\nC: 3\r\n', 13],
    ['no LF in the cut: CR would break its lines', 'A: 1\r\rB: 2\r\n\r\nbody', 12],
    ['a UTF-8 header (read from the whole message)', 'Subject: caf\u00e9\r\n\r\nbody \u00e9', 22],
    ['a byte order mark (read from the whole message)', '\ufeffA: 1\r\n\r\nbody', 12],
  ])('%s: the same as from the whole message', (_label, text, headBytes) => {
    check(new Uint8Array(Buffer.from(text, 'utf8')), headBytes);
  });

  it('an ASCII header block over a body that is not UTF-8 (the message decodes as Latin-1): the same fields', () => {
    const bytes = new Uint8Array(
      Buffer.from('From: a@example.com\r\nSubject: x\r\n\r\nx\r\ncaf\u00e9 \u00ff\r\n', 'latin1'),
    );
    check(bytes, 40);
    expect(readSignedMessage(bytes, undefined, 40).body).toBeNull();
  });

  it('a 1 MB body: the header block is read from the top, the body is a view of the bytes, never decoded', () => {
    const text = `From: a@example.com\r\nSubject: big\r\n\r\n${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n'.repeat(30_000)}`;
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const got = readSignedMessage(bytes);
    expect(got.fields.map((f) => f.key)).toEqual(['from', 'subject']);
    expect(got.body).toBeNull();
    expect(got.bodyBytes?.buffer).toBe(bytes.buffer);
    expect(got.bodyBytes?.length).toBe(bytes.length - 37);
  });
});
