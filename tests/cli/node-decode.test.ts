import { describe, expect, it } from 'vitest';
import { nodeDecodeBytes } from '../../cli/node-decode';
import { decodeInput } from '../../lib/mime/received-bytes';

const bytes = (a: readonly number[]) => Uint8Array.from(a);

describe("the CLI's Buffer decoder gives what lib's decodeInput gives", () => {
  it.each([
    ['ASCII', Buffer.from('Subject: x\r\n\r\nbody\r\n')],
    ['UTF-8', Buffer.from('Subject: héllo \u{1F600}\r\n\r\nbody é\r\n', 'utf8')],
    ['UTF-8 byte order mark', bytes([0xef, 0xbb, 0xbf, 0x41, 0x0a])],
    ['a byte order mark alone', bytes([0xef, 0xbb, 0xbf])],
    ['Latin-1 (not UTF-8)', Buffer.from('Subject: caf\xe9\n\nna\xefve\n', 'latin1')],
    ['a truncated UTF-8 sequence', bytes([0x41, 0xc3])],
    ['an overlong encoding', bytes([0xc0, 0xaf])],
    ['an encoded surrogate (CESU-8)', bytes([0xed, 0xa0, 0x80])],
    ['above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80])],
    ['every byte value', Uint8Array.from({ length: 256 }, (_, i) => i)],
    ['empty', bytes([])],
    ['a view into a larger buffer', Buffer.from('xxFrom: a@b.c\n\nbody\nyy').subarray(2, 20)],
  ])('%s', (_label, input) => {
    const lib = decodeInput(input);
    const node = nodeDecodeBytes(input);
    expect(node).toEqual({ text: lib.text, form: lib.form, skipped: lib.skipped });
    expect(decodeInput(input, nodeDecodeBytes)).toEqual(lib);
  });

  it('a large Latin-1 input is decoded byte for byte by lib (chunked) and by Node alike', () => {
    const input = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    const lib = decodeInput(input);
    expect(lib.form).toBe('latin1');
    expect(lib.text).toHaveLength(100_000);
    expect(nodeDecodeBytes(input).text).toBe(lib.text);
  });
});
