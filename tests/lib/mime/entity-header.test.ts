import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readEntityHeader } from '../../../lib/mime/entity-header';
import { end, isLineStart } from '../../../lib/mime/text-lines';
import { readHeaderThreePass } from './reference/walk-header-three-pass';
import { lineTexts } from './reference/line-texts';

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) };

/** A line start of `text` at or after `p` (positions as lib/mime/text-lines has them). */
function lineStartFrom(text: string, p: number): number {
  let q = Math.min(p, end(text));
  while (q < text.length && !isLineStart(text, q)) q++;
  return q;
}

describe('readEntityHeader (one pass) reads what the three-pass header reading read', () => {
  it('from any line start to any bound, on hostile line shapes', () => {
    fc.assert(
      fc.property(lineTexts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = lineStartFrom(text, a % (text.length + 2));
        const to = from + (b % (end(text) - from + 2));
        expect(readEntityHeader(text, from, to)).toEqual(readHeaderThreePass(text, from, to));
      }),
      RUNS,
    );
  });

  it.each([
    ['CRLF header and body', 'A: 1\r\n b\r\n\r\nbody'],
    ['white space line ends it', 'A: 1\n \t\nB: 2\n'],
    ['NBSP line ends it', 'A: 1\n\u00a0\nB: 2\n'],
    ['indent then NBSP ends it', 'A: 1\n \t\u00a0 \nB: 2\n'],
    ['indent then U+2028 ends it', 'A: 1\r\n \u2028\r\nB: 2\r\n'],
    ['indent then text is a fold', 'A: 1\n \tb\n\nbody'],
    ['vertical tab line ends it', 'A: 1\n\u000b\nB: 2\n'],
    ['indent then form feed ends it', 'A: 1\n \u000c\nB: 2\n'],
    ['no blank line', 'A: 1\nB: 2'],
    ['CR only', 'A: 1\r\rbody'],
    ['lone CR in a CRLF text', 'A: 1\rB: 2\r\n\r\nbody'],
    ['trailing break', 'A: 1\n'],
    ['empty', ''],
  ])('%s', (_label, text) => {
    expect(readEntityHeader(text, 0, end(text))).toEqual(readHeaderThreePass(text, 0, end(text)));
  });
});
