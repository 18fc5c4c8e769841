import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitHeaderBlock } from '../../../lib/mime/header-block';
import { intake, intakeSplitting } from '../../../lib/mime/intake';
import { LIMITS } from '../../../lib/limits';
import { splitHeaderBlockJoined } from './reference/header-block-joined';
import { lineTexts } from './reference/line-texts';
import { fixture, sample } from './fixture';

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) };

const REAL = [
  sample('phish-with-forged-results.eml'),
  fixture('rfc5322-A.4-trace-fields.eml'),
  fixture('smuggling-folded-colon.eml'),
  fixture('rfc2047-8-examples.eml'),
];

/** A real message with random lines of hostile shapes spliced in at line starts. */
const spliced = fc
  .tuple(fc.constantFrom(...REAL), fc.array(fc.tuple(fc.nat(), lineTexts), { maxLength: 4 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [pos, piece] of edits) {
      const nl = out.indexOf('\n', pos % (out.length + 1));
      const at = nl < 0 ? out.length : nl + 1;
      out = out.slice(0, at) + piece + out.slice(at);
    }
    return out;
  });

/** The block split both ways, from the intake of `text` (whole and partial splits), with and without the whole text. */
function expectSameAsJoined(text: string, limits: readonly number[]): void {
  const taken = limits.length === 0 ? intake(text) : intakeSplitting(text, limits);
  if (!taken.ok) return;
  expect(splitHeaderBlock(taken.lines, taken.rest, taken.whole)).toEqual(
    splitHeaderBlockJoined(taken.lines, taken.rest, taken.whole),
  );
  expect(splitHeaderBlock(taken.lines, taken.rest)).toEqual(splitHeaderBlockJoined(taken.lines, taken.rest));
}

describe('splitHeaderBlock (raws sliced from the text) gives what joining every raw from its lines gave', () => {
  it('on hostile line shapes and on real messages with hostile lines spliced in, whole and partial splits', () => {
    fc.assert(
      fc.property(fc.oneof(lineTexts, spliced), fc.array(fc.nat({ max: 600 }), { maxLength: 2 }), (text, limits) => {
        expectSameAsJoined(text, limits);
      }),
      RUNS,
    );
  });

  it.each([
    ['CR only', 'From: a@b.test\rSubject: x\r y\r\rbody'],
    ['lone CR inside a field', 'From: a@b.test\r\nSubject: x\ry\r\n\r\nbody'],
    ['repaired folds (no real fold in the block)', 'From: a@b.test\nSubject: one\ntwo three\n\nbody'],
    ['fake fold (NBSP)', 'From: a@b.test\nSubject: one\n\u00a0two\n b\n\nbody'],
    ['no blank line', 'From: a@b.test\nSubject: one\n two\nthis is the body\n'],
    ['mbox From_ line', 'From a@b.test Sat Jun  1 14:02:10 2024\nFrom: a@b.test\n\nbody'],
    ['BOM', '\ufeffFrom: a@b.test\r\n\r\nbody'],
    ['leading junk', 'Note: junk\n\nFrom: a@b.test\nTo: c@d.test\n\nbody'],
    [
      'header block over the limit',
      `From: a@b.test\nX-Pad: ${'y'.repeat(LIMITS.maxHeaderBlockChars / 2)}\nX-Pad: ${'y'.repeat(LIMITS.maxHeaderBlockChars / 2)}\n\nbody`,
    ],
    ['one huge line', `From: a@b.test\nX-Long: ${'y'.repeat(200_000)}\n\nbody`],
  ])('%s', (_label, text) => {
    expectSameAsJoined(text, []);
    expectSameAsJoined(text, [7]);
  });
});
