import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines } from '../../../lib/mime/lines';
import { splitLinesCharLoop } from './reference/split-lines-char-loop';
import { lineTexts } from './reference/line-texts';

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) };

describe('splitLines (indexOf jumps) reads every text as the character-by-character loop did', () => {
  it('same lines, rest, line ending and stray CRs, with and without a head limit', () => {
    fc.assert(
      fc.property(lineTexts, fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.nat({ max: 400 })), (text, head) => {
        expect(splitLines(text, head)).toEqual(splitLinesCharLoop(text, head));
        expect(splitLines(text)).toEqual(splitLinesCharLoop(text));
      }),
      RUNS,
    );
  });

  it.each([
    ['empty', ''],
    ['lone CR', '\r'],
    ['lone LF', '\n'],
    ['CR only', 'A: 1\rB: 2\r\rbody'],
    ['stray CR before CRLF', 'A\r\r\nB\r\n'],
    ['LF then CR', 'A\n\rB'],
    ['no break', 'A: 1'],
    ['huge line', `X: ${'y'.repeat(100_000)}\r\n\r\nbody`],
  ])('%s', (_label, text) => {
    for (const head of [0, 1, 2, 5, Number.POSITIVE_INFINITY])
      expect(splitLines(text, head)).toEqual(splitLinesCharLoop(text, head));
  });
});
