import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeInput, suffixBytes } from '../../../lib/mime/received-bytes';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('decodeInput + suffixBytes: the body found again among the received bytes', () => {
  it.each([
    ['ASCII', Buffer.from('Subject: x\r\n\r\nbody\r\n', 'utf8'), 'body\r\n'],
    ['UTF-8 header before the body', Buffer.from('Subject: héllo \u{1F600}\r\n\r\nbody é\r\n', 'utf8'), 'body é\r\n'],
    [
      'UTF-8 byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Subject: x\n\nbody\n')]),
      'body\n',
    ],
    ['not UTF-8: Latin-1, byte for byte', Buffer.from('Subject: caf\xe9\n\nna\xefve\n', 'latin1'), 'na\u00efve\n'],
  ])('%s', (_label, bytes, body) => {
    const d = decodeInput(bytes);
    expect(d.text.endsWith(body)).toBe(true);
    const view = suffixBytes(d, body.length);
    expect(view).toBeDefined();
    expect(view?.buffer).toBe(bytes.buffer);
    expect(latin1(view ?? new Uint8Array())).toBe(latin1(bytes.subarray(bytes.length - (view?.length ?? 0))));
    expect(
      d.form === 'latin1' ? latin1(view ?? new Uint8Array()) : Buffer.from(view ?? new Uint8Array()).toString('utf8'),
    ).toBe(body);
  });

  it('a suffix longer than the text: undefined', () => {
    expect(suffixBytes(decodeInput(Buffer.from('abc')), 4)).toBeUndefined();
  });

  it('an empty suffix: an empty view at the end', () => {
    expect(suffixBytes(decodeInput(Buffer.from('abc')), 0)?.length).toBe(0);
  });

  it('any UTF-8 text cut between code points: the view is exactly the suffix encoded (either side counted)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('a', '\r\n', 'é', '\u20ac', '\u{1F600}'), fc.string({ unit: 'grapheme' })), {
          maxLength: 60,
        }),
        fc.nat(),
        fc.boolean(),
        (pieces, cutAt, bom) => {
          const text = pieces.join('');
          // Each piece is whole code points: a cut between pieces is a cut on a code point.
          const suffix = pieces.slice(cutAt % (pieces.length + 1)).join('');
          const encoded = Buffer.from(text, 'utf8');
          const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encoded]) : encoded;
          const d = decodeInput(bytes);
          expect(d.text).toBe(text);
          const view = suffixBytes(d, suffix.length);
          expect(Buffer.from(view ?? new Uint8Array([0xff])).equals(Buffer.from(suffix, 'utf8'))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
