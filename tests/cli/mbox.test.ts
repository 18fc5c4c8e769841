import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMbox, MboxSplitter, splitMbox } from '../../cli/mbox';

const text = (msgs: readonly Uint8Array[]) => msgs.map((m) => Buffer.from(m).toString('latin1'));

/** The splitter this CLI had before it streamed (whole file in memory, a regex per message): the reference. */
function referenceSplit(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const next = buf.indexOf('\nFrom ', start + 1, 'latin1');
    const end = next < 0 ? buf.length : next + 1;
    const msg = buf.subarray(start, end).toString('latin1');
    if (msg.trim() !== '') out.push(msg.includes('\n>') ? msg.replace(/^>(>*From )/gm, '$1') : msg);
    if (next < 0) break;
    start = next + 1;
  }
  return out;
}

/** Feed `bytes` to a splitter in pieces cut at `cuts` (sorted offsets). */
function splitInPieces(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const s = new MboxSplitter();
  const out: Uint8Array[] = [];
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    out.push(...s.push(bytes.subarray(at, c)));
    at = c;
  }
  return [...out, ...s.end()];
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('mbox (RFC 4155)', () => {
  it('starts a message at every line beginning "From ", keeping that line', () => {
    const box = latin1(
      'From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\nFrom b@x Mon Jan  1 00:00:01 2024\r\nSubject: two\r\n\r\nx\r\n',
    );
    expect(text(splitMbox(box))).toEqual([
      'From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n',
      'From b@x Mon Jan  1 00:00:01 2024\r\nSubject: two\r\n\r\nx\r\n',
    ]);
  });

  it.each([
    ['"From" without a space', 'From a@x\n\nFromage\nFrom:x\n', 1],
    ['"From " inside a line', 'From a@x\n\nsent From here\n', 1],
    ['a ">From " line (quoted)', 'From a@x\n\n>From b@x\n', 1],
  ])('does not split at %s', (_n, box, count) => {
    expect(splitMbox(latin1(box))).toHaveLength(count);
  });

  it('undoes one level of >From quoting (mboxrd, RFC 4155 Appendix A), nothing else', () => {
    const box = latin1('From a@x\n\n>From the start\n>>From deeper\n> From not quoting\n>Fromage\n');
    expect(text(splitMbox(box))).toEqual(['From a@x\n\nFrom the start\n>From deeper\n> From not quoting\n>Fromage\n']);
  });

  it('gives each message an ArrayBuffer of its own (transferable to a worker)', () => {
    for (const m of splitMbox(latin1('From a@x\n\na\nFrom b@x\n\n>From b\n'))) {
      expect([m.byteOffset, m.byteLength]).toEqual([0, m.buffer.byteLength]);
    }
  });

  it('recognises an mbox by its first five bytes', () => {
    expect([
      isMbox(latin1('From a@x\n')),
      isMbox(latin1('From:')),
      isMbox(latin1('Subject: x\n')),
      isMbox(latin1('From ')),
    ]).toEqual([true, false, false, false]);
  });

  it('keeps a message that spans many pieces whole, and a separator cut across two pieces', () => {
    const big = `From a@x\n\n${'y'.repeat(300_000)}\nFrom b@x\n\nz\n`;
    const bytes = latin1(big);
    const sep = big.indexOf('\nFrom b');
    for (const cuts of [[sep + 1], [sep + 2], [sep + 3, sep + 5], Array.from({ length: 40 }, (_, i) => i * 7919)]) {
      expect(text(splitInPieces(bytes, cuts))).toEqual(referenceSplit(bytes));
    }
  });

  it('splits in pieces exactly as the whole-file splitter did, wherever the pieces are cut', () => {
    const line = fc.constantFrom(
      'From a@x Sat Jun  1 14:02:10 2024',
      'From ',
      'From',
      '>From x',
      '>>From y',
      'Subject: s',
      '',
      'body',
      '\r',
      ' From z',
      '\u00a0',
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const box = fc
      .array(fc.tuple(line, eol), { maxLength: 40 })
      .map((ls) => `From first@x\n${ls.map(([l, e]) => l + e).join('')}`);
    fc.assert(
      fc.property(box, fc.array(fc.nat(), { maxLength: 8 }), (s, raw) => {
        const bytes = latin1(s);
        const cuts = [...new Set(raw.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        expect(text(splitInPieces(bytes, cuts))).toEqual(referenceSplit(bytes));
      }),
      { numRuns: 300 },
    );
  });
});
