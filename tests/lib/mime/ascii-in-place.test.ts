/**
 * A large all-ASCII message read in place (lib/mime/ascii-intake, ascii-text) must give what the decoded string
 * gives: the line facts against lib/mime/lines.ts, the text methods against String's, and the whole Report
 * against analyze() reading the same bytes as one string: offline, and with DKIM verified (the body hash then
 * comes from the octets read in place, the other way from the decoded string).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../lib/analyze';
import { intakeAscii } from '../../../lib/mime/ascii-intake';
import { lineFacts } from '../../../lib/mime/line-facts';
import { intake } from '../../../lib/mime/intake';
import { decodeInput } from '../../../lib/mime/received-bytes';
import { AsciiText } from '../../../lib/mime/ascii-text';
import { splitLines } from '../../../lib/mime/lines';
import { lineEnd } from '../../../lib/mime/text-lines';
import { nodeDecodeBytes } from '../../../cli/node-decode';
import { nodeFindByte } from '../../../cli/node-find-byte';
import { nodeHash } from '../../../cli/node-hash';
import { keyResolver } from '../dkim/message';
import { rsaKey, signDkim } from '../dkim/signer';

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);
const bytesOf = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(s, (c) => c.charCodeAt(0));
const asciiText = (s: string): AsciiText => {
  const b = bytesOf(s);
  return new AsciiText(b, (o) => (byte, from) => o.indexOf(byte, from), latin1);
};

describe('lineFacts', () => {
  // Octets and UTF-8 sequences (é, U+2028, a 4-octet emoji), lone continuation and 0xFF octets (then Latin-1).
  const piece = fc.constantFrom([10], [13], [13, 10], [10], [97], [32], [9], [0], [1], [11], [12], [0x0e], [0x7f], [0xc3, 0xa9], [0xe2, 0x80, 0xa8], [0xf0, 0x9f, 0x98, 0x80], [0x80], [0xff]);
  const octets = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 120 })).map(([bom, ps]) => [...(bom ? [0xef, 0xbb, 0xbf] : []), ...ps.flat()]);

  it('gives what splitLines and intake count over the decoded text (UTF-8 or Latin-1), at any alignment', () => {
    fc.assert(
      fc.property(octets, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 300 }), (arr, shift, headChars) => {
        const buf = new Uint8Array(arr.length + shift);
        buf.set(arr, shift);
        const b = buf.subarray(shift);
        const facts = lineFacts(b);
        expect(facts.ascii).toBe(arr.every((x) => x < 0x80));
        const { text } = decodeInput(b);
        expect(splitLines(text, headChars, facts)).toEqual(splitLines(text, headChars));
        expect(intake(text, facts)).toEqual(intake(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('AsciiText', () => {
  const ch = fc.constantFrom('-', '-', 'a', 'b', '\r', '\n', '{', '=', '7', 'B', ' ');
  it('answers indexOf, slice, charCodeAt and lineEnd as the string does, and its views as slices of the string do', () => {
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 60 }), fc.array(ch, { maxLength: 5 }), fc.integer({ min: 0, max: 62 }), fc.integer({ min: 0, max: 62 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 64 }), (t, n, a, b, cut, stop) => {
        const s = t.join('');
        const needle = n.join('');
        const whole = asciiText(s);
        const views = [[s.slice(cut), whole.view(cut)], [s.slice(cut, stop), whole.view(cut, stop)], [s.slice(a, b).slice(cut, stop), whole.view(a, b).view(cut, stop)]] as const;
        for (const [str, txt] of [[s, whole], ...views] as const) {
          expect(txt.length).toBe(str.length);
          expect(txt.indexOf(needle, a)).toBe(str.indexOf(needle, a));
          expect(txt.slice(a, b)).toBe(str.slice(a, b));
          expect(txt.slice(a)).toBe(str.slice(a));
          expect(txt.charCodeAt(a)).toBe(str.charCodeAt(a));
          expect(lineEnd(txt, a)).toBe(lineEnd(str, a));
        }
        expect(whole.indexOf('é')).toBe(-1);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a needle in text made of near-matches (the search falls back to decoded pieces) where the string does', () => {
    for (const at of [0, 5000, 65_530, 65_536, 140_000, 199_990]) {
      const s = '-'.repeat(at) + '-----x' + '-'.repeat(200_000 - at);
      const t = asciiText(s);
      expect(t.indexOf('-----x')).toBe(s.indexOf('-----x'));
      expect(t.indexOf('-----x', at + 1)).toBe(-1);
      expect(t.indexOf('--x', 3)).toBe(s.indexOf('--x', 3));
    }
    expect(asciiText('-'.repeat(150_000)).indexOf('-----x')).toBe(-1);
  });
});

const NOW = Date.UTC(2026, 0, 1);
const HEADER = fc.constantFrom(
  'From: Alice <alice@example.com>',
  'To: bob@example.net',
  'Subject: =?utf-8?q?caf=C3=A9?= report',
  'Date: Mon, 2 Jun 2025 10:00:00 +0000',
  'Content-Type: multipart/mixed; boundary="bb"',
  'Content-Type: multipart/report; report-type=delivery-status; boundary=bb',
  'Content-Type: text/plain',
  'Received: from a.example ([192.0.2.1]) by b.example; Mon, 2 Jun 2025 10:00:00 +0000',
  ' folded continuation',
  'X-Note: 1',
);
const BODY = fc.constantFrom(
  '--bb',
  '--bb--',
  'Content-Type: text/plain',
  'Content-Type: message/rfc822',
  'Content-Type: message/delivery-status',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '',
  'hello {x} there',
  'a',
  '=7B',
  'From: z@y.example',
  'Subject: inner',
  'Final-Recipient: rfc822; x@y.example',
  'Action: failed',
  'Status: 5.1.1',
  '--',
  'x\ry',
  'see https://link.example/a',
);
const EOL = fc.constantFrom('\r\n', '\r\n', '\r\n', '\n', '\r');
const line = (text: fc.Arbitrary<string>) => fc.tuple(text, EOL).map(([t, e]) => t + e);
const message = fc
  .tuple(
    fc.constantFrom('', '', '\r\n', '\t \r\n', 'From sender@example.com Mon Jun  2 10:00:00 2025\n', 'junk line\n'),
    fc.array(line(HEADER), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\r\n', '\n', '\r\n', '\r\n', '\n', ''),
    fc.array(line(BODY), { minLength: 400, maxLength: 900 }),
    fc.constantFrom('', '', '', '', '', '', '', 'caf\u00e9\r\n', 'caf\u00e9 \u2028\r\n'),
  )
  .map(([lead, head, blank, body, tail]) => lead + head.join('') + blank + body.join('') + tail);

describe('analyze(bytes): read in place = read as one string', () => {
  it('gives the same Report for any line-ending mix and head size', async () => {
    let inPlace = 0;
    await fc.assert(
      fc.asyncProperty(message, fc.integer({ min: 30, max: 99 }), fc.boolean(), async (text, percent, utf8) => {
        // A non-ASCII tail as UTF-8 or Latin-1 octets: not read in place, but the counted line facts are used.
        const bytes = utf8 ? new TextEncoder().encode(text) : bytesOf(text);
        // Cuts anywhere from near the top (too few lines: the string path) to near the end.
        const headBytes = Math.floor((bytes.length * percent) / 100);
        if (intakeAscii(bytes, lineFacts(bytes), latin1, (o) => (b, f) => o.indexOf(b, f), headBytes) !== null) inPlace++;
        const deps = { now: () => NOW };
        const a = await analyze(bytes, deps, { inPlace: { minBytes: 0, headBytes } });
        const b = await analyze(bytes, deps, { inPlace: { minBytes: Number.POSITIVE_INFINITY, headBytes } });
        expect(a).toEqual(b);
      }),
      { numRuns: 300 },
    );
    // The property is about the in-place reading: about a third of the generated messages take it (~110 of 300).
    expect(inPlace).toBeGreaterThan(50);
  }, 120_000);
});

describe('analyze(bytes) with DKIM verified: read in place = read as one string', () => {
  const key = rsaKey(1024);
  const dns = keyResolver({ 's1._domainkey.example.com': key.record });
  // Messages from the same pieces, with CRLF line ends as signers write them and one From (RFC 5322 §3.6).
  const crlfLine = (text: fc.Arbitrary<string>) => text.map((t) => `${t}\r\n`);
  const signable = fc.tuple(
    fc.array(crlfLine(HEADER.filter((h) => !h.startsWith(' ') && !h.startsWith('From:'))), { minLength: 1, maxLength: 6 }),
    fc.array(crlfLine(BODY), { minLength: 400, maxLength: 900 }),
    fc.constantFrom('', 'caf\u00e9\r\n', 'tail  with \t spaces'),
  );
  // What can happen to the bytes after signing: nothing, line ends rewritten to LF (RFC 6376 §5.3: the verifier
  // converts them back), a body byte changed near the end or near the top (the body hash must fail both ways).
  const damage = fc.constantFrom('none', 'none', 'lf', 'late byte', 'early byte');

  it('gives the same Report, DKIM results included, for either canonicalisation and any damage', async () => {
    let inPlace = 0;
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(signable, fc.constantFrom('relaxed/relaxed', 'simple/simple', 'relaxed/simple'), damage, fc.integer({ min: 30, max: 99 }), async ([head, body, tail], canonicalization, hurt, percent) => {
        const text = `From: Alice <alice@example.com>\r\n${head.join('')}\r\n${body.join('')}${tail}`;
        const signed = await signDkim(text, { domain: 'example.com', selector: 's1', key, canonicalization });
        let bytes = bytesOf(hurt === 'lf' ? signed.replace(/\r\n/g, '\n') : signed);
        if (hurt === 'late byte' || hurt === 'early byte') {
          bytes = bytes.slice();
          const at = hurt === 'late byte' ? bytes.length - 3 : signed.indexOf('\r\n\r\n') + 6;
          bytes[at] = bytes[at] === 0x21 ? 0x22 : 0x21;
        }
        const headBytes = Math.floor((bytes.length * percent) / 100);
        if (intakeAscii(bytes, lineFacts(bytes), latin1, (o) => (b, f) => o.indexOf(b, f), headBytes) !== null) inPlace++;
        const deps = { now: () => NOW, dns, decodeBytes: nodeDecodeBytes, findByte: nodeFindByte, hash: nodeHash };
        const a = await analyze(bytes, deps, { inPlace: { minBytes: 0, headBytes } });
        const b = await analyze(bytes, deps, { inPlace: { minBytes: Number.POSITIVE_INFINITY, headBytes } });
        expect(a).toEqual(b);
        if (a.live?.dkim.some((d) => d.code === 'dkim.pass') === true) passed++;
      }),
      { numRuns: 60 },
    );
    // Both readings are exercised, and the signatures verify where nothing was damaged (not a test of failures only).
    expect(inPlace).toBeGreaterThan(10);
    expect(passed).toBeGreaterThan(10);
  }, 120_000);
});
