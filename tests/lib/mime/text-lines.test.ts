import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterBreak, lineEnd, nextLine } from '../../../lib/mime/text-lines';
import { lineTexts } from './reference/line-texts';

/** The character loop lineEnd was before it became one sticky-regex scan. */
function lineEndCharLoop(text: string, p: number): number {
  let i = p;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    i++;
  }
  return text.length;
}

describe('lineEnd (one regex scan) ends lines where the character loop did', () => {
  it('from any position of hostile texts, and past the end', () => {
    fc.assert(
      fc.property(lineTexts, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (text, picks) => {
        for (const pick of picks) {
          const p = pick % (text.length + 3);
          expect(lineEnd(text, p)).toBe(lineEndCharLoop(text, p));
          expect(nextLine(text, p)).toBe(afterBreak(text, lineEndCharLoop(text, p)));
        }
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) },
    );
  });

  it('a line as long as a 100,000-character field', () => {
    const text = `X: ${'y'.repeat(100_000)}\r\nZ: 1`;
    expect(lineEnd(text, 0)).toBe(100_003);
    expect(lineEnd(text, 100_005)).toBe(text.length);
  });
});
