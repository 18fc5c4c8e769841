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
/** Random lines, then (mostly) enough body lines for the top path: intake's partial-split rule wants 250 lines in the head. */
const message = fc
  .tuple(
    fc.constantFrom('', 'From: a@example.com\r\nSubject: s\r\n\r\n', 'From: a@example.com\r\nSubject: s\r\n\r\n'),
    fc.array(fc.tuple(LINE, EOL), { maxLength: 30 }),
    fc.constantFrom(0, 300, 400, 500),
    EOL,
    fc.constantFrom(true, true, false),
  )
  .map(([top, ls, filler, eol, fillerFirst]) => {
    const lines = ls.map(([l, e]) => l + e).join('');
    const fill = `body${eol}`.repeat(filler);
    return top + (fillerFirst ? fill + lines : lines + fill);
  });

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
    let fromTop = 0;
    fc.assert(
      fc.property(message, fc.oneof({ arbitrary: fc.integer({ min: 1, max: 400 }), weight: 1 }, { arbitrary: fc.integer({ min: -99, max: -30 }), weight: 3 }), fc.boolean(), (text, cut, latin1) => {
        const bytes = new Uint8Array(Buffer.from(text, latin1 ? 'latin1' : 'utf8'));
        // A cut in bytes, or (negative) a percentage of the message.
        const headBytes = cut > 0 ? cut : Math.max(1, Math.floor((bytes.length * -cut) / 100));
        check(bytes, headBytes);
        if (readSignedMessage(bytes, undefined, headBytes).body === null && readSignedMessage(bytes).body !== null) fromTop++;
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
    // The top path is taken for a good share of the runs (the property is about it; ~12% of them).
    expect(fromTop).toBeGreaterThan(Number(process.env.FC_NUM_RUNS ?? 1000) / 20);
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
      Buffer.from(`From: a@example.com\r\nSubject: x\r\n\r\n${'x\r\n'.repeat(600)}caf\u00e9 \u00ff\r\n`, 'latin1'),
    );
    check(bytes, 1000);
    expect(readSignedMessage(bytes, undefined, 1000).body).toBeNull();
  });

  it("Gmail's \"Show original\" page whose button line lies past the head: the real header block, not the summary table", () => {
    // The summary table's lines look like fields and a blank line ends them inside the head; intake on the whole
    // text finds the wrapper's button line (within 40 lines) past it and skips the table.
    const pad = 'x'.repeat(2000);
    const table = ['Original message', ...Array.from({ length: 30 }, (_, i) => `Created-At${String(i)}: ${pad}`), '', `note ${pad}`, `note ${pad}`, `note ${pad}`];
    const real = ['Download Original', 'From: real@example.com', 'DKIM-Signature: v=1; d=example.com; s=s; b=abc', 'Subject: real', '', 'body'];
    const bytes = new Uint8Array(Buffer.from(`${[...table, ...real].join('\r\n')}\r\n${'more body\r\n'.repeat(10_000)}`, 'latin1'));
    check(bytes, 64 * 1024);
    expect(readSignedMessage(bytes).fields.map((f) => f.key)).toEqual(['from', 'dkim-signature', 'subject']);
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
