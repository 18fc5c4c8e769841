import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../lib/mime/lines';
import { joinLines } from './fixture';

describe('splitLines (RFC 5322 §2.1 lines, with the deviations in lib/mime/index.ts)', () => {
  it.each([
    ['CRLF', 'A: 1\r\nB: 2\r\n', [['A: 1', '\r\n'], ['B: 2', '\r\n']], 'crlf', 0],
    ['LF', 'A: 1\nB: 2\n', [['A: 1', '\n'], ['B: 2', '\n']], 'lf', 0],
    ['CR only', 'A: 1\rB: 2\r', [['A: 1', '\r'], ['B: 2', '\r']], 'cr', 0],
    ['mixed CRLF and LF', 'A: 1\r\nB: 2\n', [['A: 1', '\r\n'], ['B: 2', '\n']], 'mixed', 0],
    ['no terminator at all', 'A: 1', [['A: 1', '']], 'none', 0],
    ['last line unterminated', 'A: 1\nB', [['A: 1', '\n'], ['B', '']], 'lf', 0],
    ['empty text', '', [], 'none', 0],
    ['blank lines kept', '\n\nA\n', [['', '\n'], ['', '\n'], ['A', '\n']], 'lf', 0],
    ['lone CR inside an LF text stays in the line', 'A: 1\rX: 2\nB\n', [['A: 1\rX: 2', '\n'], ['B', '\n']], 'lf', 1],
    ['lone CR at the very end of an LF text', 'A\nB\r', [['A', '\n'], ['B\r', '']], 'lf', 1],
    ['CR CR LF: one stray CR, then CRLF', 'A\r\r\nB', [['A\r', '\r\n'], ['B', '']], 'crlf', 1],
    ['LF CR in a CRLF text', 'A\r\n\rB\r\n', [['A', '\r\n'], ['\rB', '\r\n']], 'crlf', 1],
  ] as const)('%s', (_label, text, expected, lineEnding, stray) => {
    const split = splitLines(text);
    expect(split.lines.map((l) => [l.text, l.eol])).toEqual(expected);
    expect(split.lineEnding).toBe(lineEnding);
    expect(split.strayCarriageReturns).toBe(stray);
    // The exact original can always be rebuilt.
    expect(joinLines(split.lines)).toBe(text);
  });

  it('CRLF, LF and CR-only spellings of one text give the same line texts', () => {
    const lf = 'From: a@example.com\nSubject: hi\n there\n\nbody\n';
    const texts = [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')].map((t) => splitLines(t).lines.map((l) => l.text));
    expect(texts[1]).toEqual(texts[0]);
    expect(texts[2]).toEqual(texts[0]);
  });
});

describe('splitLines with a head limit (large messages: only the top is cut into lines)', () => {
  it.each([
    ['CRLF', 'A: 1\r\nB: 2\r\n\r\nbody\r\nmore\r\n'],
    ['LF with a lone CR in the rest', 'A: 1\nB: 2\n\nbo\rdy\nmore'],
    ['mixed: lone LF only in the rest', 'A: 1\r\nB: 2\r\n\r\nbody\nmore\r\n'],
    ['CR only', 'A: 1\rB: 2\r\rbody\rmore\r'],
  ] as const)('%s: lines + rest rebuild the text; line endings and stray CRs counted over all of it', (_label, text) => {
    const full = splitLines(text);
    for (let head = 0; head <= text.length; head++) {
      const part = splitLines(text, head);
      expect(joinLines(part.lines) + part.rest).toBe(text);
      expect(part.lines).toEqual(full.lines.slice(0, part.lines.length));
      expect(part.lineEnding).toBe(full.lineEnding);
      expect(part.strayCarriageReturns).toBe(full.strayCarriageReturns);
      if (part.rest !== '') expect(joinLines(part.lines).length).toBeGreaterThanOrEqual(head);
    }
  });
});
