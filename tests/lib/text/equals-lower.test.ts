import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalsLower, startsWithLower } from '../../../lib/text/equals-lower';

// Characters that stress the shortcut: ASCII letters either case, the separators of header names, and the
// non-ASCII ones whose lower case is ASCII (U+212A KELVIN SIGN -> k) or longer (U+0130 -> i + U+0307).
const CHARS = [
  'a',
  'b',
  'k',
  'i',
  's',
  'A',
  'B',
  'K',
  'I',
  'S',
  '-',
  '_',
  '@',
  '[',
  '`',
  '{',
  '\u212A',
  '\u0130',
  '\u017F',
  '\u00DF',
  '\u0307',
  'é',
  'É',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map((cs) => cs.join(''));
const lower = fc
  .array(fc.constantFrom('a', 'b', 'k', 'i', 's', '-', '_', '@', '[', '`', '{'), { maxLength: 6 })
  .map((cs) => cs.join(''));

describe('equalsLower and startsWithLower (toLowerCase comparisons without the copy)', () => {
  it('equalsLower(t, l) is t.toLowerCase() === l for an ASCII lower-case l', () => {
    fc.assert(
      fc.property(text, lower, (t, l) => equalsLower(t, l) === (t.toLowerCase() === l)),
      { numRuns: 20000 },
    );
    // Pairs that match: l derived from t.
    fc.assert(
      fc.property(text, (t) => {
        const l = t.toLowerCase();
        return Array.from(l).some((ch) => ch.charCodeAt(0) > 127) || equalsLower(t, l);
      }),
    );
  });

  it('startsWithLower(t, p) is t.toLowerCase().startsWith(p) for an ASCII lower-case p', () => {
    fc.assert(
      fc.property(text, lower, (t, p) => startsWithLower(t, p) === t.toLowerCase().startsWith(p)),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['List-Id', 'list-id', true],
    ['LIST-ID', 'list-id', true],
    ['List-Idx', 'list-id', false],
    ['List_Id', 'list-id', false],
    ['Feedbac\u212A-ID', 'feedback-id', true],
    ['[', '{', false],
  ] as const)('equalsLower(%j, %j) = %s', (t, l, want) => {
    expect(equalsLower(t, l)).toBe(want);
  });

  it.each([
    ['X-Mailgun-Sid', 'x-mailgun-', true],
    ['X-Mailgun', 'x-mailgun-', false],
    ['x\u0130', 'xi', true],
    ['Y-SES', 'x-ses-', false],
  ] as const)('startsWithLower(%j, %j) = %s', (t, p, want) => {
    expect(startsWithLower(t, p)).toBe(want);
  });
});
