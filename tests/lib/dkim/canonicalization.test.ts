/**
 * RFC 6376 §3.4 canonicalisation. First the RFC's own example (§3.4.6), then the empty-body hashes,
 * LF/CRLF equivalence and properties (fast-check, 1000 runs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBody, canonicalBodySpliced } from '../../../lib/dkim/canonical-body';
import { joinSpliced } from '../../../lib/dkim/spliced-body';
import { canonicalHeader, canonicalSignatureField } from '../../../lib/dkim/canonical-header';
import { messageOf } from './message';

const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const body = (s: string, mode: 'simple' | 'relaxed', crBreaks = false): string => text(canonicalBody(s, mode, 'utf-8', crBreaks));

describe('RFC 6376 §3.4.6 example', () => {
  const msg = messageOf('A: X\r\nB : Y\t\r\n\tZ  \r\n\r\n C \r\nD \t E\r\n\r\n\r\n');
  it('has the two fields and the body', () => {
    expect(msg.fields.map((f) => f.name)).toEqual(['A', 'B']);
    expect(msg.body).toBe(' C \r\nD \t E\r\n\r\n\r\n');
  });
  it('relaxed headers: "a:X" and "b:Y Z"', () => {
    expect(msg.fields.map((f) => canonicalHeader(f.raw, 'relaxed', false)).join('')).toBe('a:X\r\nb:Y Z\r\n');
  });
  it('relaxed body: " C" and "D E"', () => {
    expect(body(msg.body ?? '', 'relaxed')).toBe(' C\r\nD E\r\n');
  });
  it('simple headers: unchanged', () => {
    expect(msg.fields.map((f) => canonicalHeader(f.raw, 'simple', false)).join('')).toBe('A: X\r\nB : Y\t\r\n\tZ  \r\n');
  });
  it('simple body: trailing empty lines removed only', () => {
    expect(body(msg.body ?? '', 'simple')).toBe(' C \r\nD \t E\r\n');
  });
});

describe('body edge cases (RFC 6376 §3.4.3, §3.4.4)', () => {
  it.each([
    ['', 'simple', '\r\n'],
    ['', 'relaxed', ''],
    ['\r\n\r\n', 'simple', '\r\n'],
    ['\r\n\r\n', 'relaxed', ''],
    ['  \t\r\n', 'relaxed', ''],
    ['x', 'simple', 'x\r\n'],
    ['x', 'relaxed', 'x\r\n'],
    ['a\nb\n\n', 'simple', 'a\r\nb\r\n'],
    ['a \t b  \n', 'relaxed', 'a b\r\n'],
    ['\tlead\n', 'relaxed', ' lead\r\n'],
    ['a\rb\n', 'simple', 'a\rb\r\n'],
    ['a\r\r\n', 'relaxed', 'a\r\r\n'],
  ] as const)('%j %s -> %j', (input, mode, want) => {
    expect(body(input, mode)).toBe(want);
  });

  it('a text without LF uses CR as its line break', () => {
    expect(body('a \r\rb\r\r', 'relaxed', true)).toBe('a\r\n\r\nb\r\n');
  });

  it.each([
    ['simple', 'frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY='],
    ['relaxed', '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
  ] as const)('the well-known sha256 of an empty %s body', async (mode, hash) => {
    const d = await crypto.subtle.digest('SHA-256', canonicalBody('', mode, 'utf-8', false));
    expect(Buffer.from(d).toString('base64')).toBe(hash);
  });

  it('UTF-8 and Latin-1 byte forms', () => {
    expect([...canonicalBody('é\u{1F600}\n', 'simple', 'utf-8', false)]).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, 13, 10]);
    expect([...canonicalBody('é\n', 'simple', 'latin1', false)]).toEqual([0xe9, 13, 10]);
  });
});

describe('headers', () => {
  it.each([
    ['folded colon (RFC 5322 §4.5 obs syntax)', 'From\r\n : boss@example.com\r\n', 'from:boss@example.com\r\n'],
    ['LF line ends as pasted', 'Subject:  a\n\t b  \n', 'subject:a b\r\n'],
    ['no final line break', 'To: x', 'to:x\r\n'],
    ['a line joined without WSP keeps its break', 'From: a\r\n\u00a0, evil\r\n', 'from:a\r\n\u00a0, evil\r\n'],
  ])('relaxed, %s', (_label, raw, want) => {
    expect(canonicalHeader(raw, 'relaxed', false)).toBe(want);
  });

  it('the signature field: b= emptied (with its folding), bh= kept, no final CRLF', () => {
    const raw = 'DKIM-Signature: v=1; bh=abc=;\r\n b=xy\r\n  z ; d=x\r\n';
    expect(canonicalSignatureField(raw, 'relaxed', false)).toBe('dkim-signature:v=1; bh=abc=; b=; d=x');
    expect(canonicalSignatureField('DKIM-Signature: a=1; b=xyz\r\n', 'simple', false)).toBe('DKIM-Signature: a=1; b=');
  });
});

/** The canonical body of received octets in one buffer (a view of them when nothing changed). */
const canonicalBodyBytes = (b: Uint8Array<ArrayBuffer>, mode: 'simple' | 'relaxed', crBreaks: boolean): Uint8Array => joinSpliced(canonicalBodySpliced(b, mode, crBreaks));

describe('received octets (canonicalBodySpliced)', () => {
  const bytesOf = (s: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(s, 'utf8'));
  it.each([
    ['crlf text with a WSP run', 'a  b\r\nc\r\n'],
    ['lone LF', 'a\nb\n'],
    ['trailing empty lines', 'x\r\n\r\n\r\n'],
    ['no final break', 'x'],
    ['non-ASCII', 'é \t\u{1F600}\r\n'],
  ])('%s: the same bytes as from the text', (_label, input) => {
    for (const mode of ['simple', 'relaxed'] as const) {
      expect([...canonicalBodyBytes(bytesOf(input), mode, false)]).toEqual([...canonicalBody(input, mode, 'utf-8', false)]);
    }
  });

  it('a body that needs no change is returned as a view of the input, never written to', () => {
    const input = bytesOf('line one\r\nline two\r\n\r\n');
    const before = [...input];
    const out = canonicalBodyBytes(input, 'relaxed', false);
    expect(out.buffer).toBe(input.buffer);
    expect(Buffer.from(out).toString('latin1')).toBe('line one\r\nline two\r\n');
    expect([...input]).toEqual(before);
  });

  it('a body that changes is copied; the input is left as it was', () => {
    const input = bytesOf('a  b\nc');
    const out = canonicalBodyBytes(input, 'relaxed', false);
    expect(out.buffer).not.toBe(input.buffer);
    expect(Buffer.from(out).toString('latin1')).toBe('a b\r\nc\r\n');
    expect(Buffer.from(input).toString('latin1')).toBe('a  b\nc');
  });

  it('a view into a larger buffer (the body after the headers) stays inside its window', () => {
    const whole = bytesOf('H: v\r\n\r\nbody \r\n');
    const bodyView = whole.subarray(8);
    expect(Buffer.from(canonicalBodyBytes(bodyView, 'relaxed', false)).toString('latin1')).toBe('body\r\n');
    expect(Buffer.from(canonicalBodyBytes(bodyView, 'simple', false)).toString('latin1')).toBe('body \r\n');
  });
});

describe('properties', () => {
  const lines = fc.array(fc.stringMatching(/^[ \ta-z\u00e9\u00a0\r]{0,12}$/), { maxLength: 8 });
  it('LF and CRLF line ends canonicalise to the same bytes', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('simple', 'relaxed'), (ls, mode) => {
        const clean = ls.map((l) => l.replace(/\r/g, ''));
        expect(body(clean.join('\r\n'), mode)).toBe(body(clean.join('\n'), mode));
      }),
      { numRuns: 1000 },
    );
  });
  it('from octets and from text: the same canonical bytes', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('simple', 'relaxed'), fc.constantFrom('\n', '\r\n'), (ls, mode, eol) => {
        const t = ls.join(eol);
        const crBreaks = !t.includes('\n') && t.includes('\r');
        expect([...canonicalBodyBytes(new Uint8Array(Buffer.from(t, 'utf8')), mode, crBreaks)]).toEqual([...canonicalBody(t, mode, 'utf-8', crBreaks)]);
      }),
      { numRuns: 1000 },
    );
  });
  it('Latin-1 and UTF-8 byte forms canonicalise the same characters (1000 runs)', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('simple', 'relaxed'), fc.constantFrom('\n', '\r\n'), (ls, mode, eol) => {
        const t = ls.join(eol);
        const viaUtf8 = Buffer.from(Buffer.from(canonicalBody(t, mode, 'utf-8', false)).toString('utf8'), 'latin1');
        expect([...canonicalBody(t, mode, 'latin1', false)]).toEqual([...viaUtf8]);
      }),
      { numRuns: 1000 },
    );
  });
  it('canonicalisation is idempotent', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('simple', 'relaxed'), (ls, mode) => {
        const once = body(ls.join('\n'), mode);
        expect(body(Buffer.from(once, 'latin1').toString('utf8'), mode)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
