/** RFC 5322 §3.2.2 comments: the slice-copying readers agree with a character-by-character reference. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComment, stripComments } from '../../../lib/mime/comments';
import { LIMITS } from '../../../lib/limits';

/** The plain definition: one character at a time. */
function referenceRead(s: string, i: number): [string, number] {
  let depth = 0;
  let j = i;
  let out = '';
  while (j < s.length) {
    const c = s[j] ?? '';
    if (c === '\\' && j + 1 < s.length) {
      out += s[j + 1] ?? '';
      j += 2;
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth > 1 && depth <= LIMITS.maxCommentDepth) out += c;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return [out, j + 1];
      if (depth < LIMITS.maxCommentDepth) out += c;
    } else out += c;
    j++;
  }
  return [out, j];
}

function referenceStrip(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

const commentish = fc.string({ unit: fc.constantFrom('(', ')', '\\', 'a', ' ', '"', '['), maxLength: 120 });

describe('comment readers', () => {
  it('readComment matches the reference on any text starting with "("', () => {
    fc.assert(
      fc.property(commentish, (tail) => {
        expect(readComment(`(${tail}`, 0)).toEqual(referenceRead(`(${tail}`, 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('readComment keeps nesting up to the depth cap and reads deeper parentheses as text', () => {
    const deep = '('.repeat(40) + 'x' + ')'.repeat(40);
    expect(readComment(deep, 0)).toEqual(referenceRead(deep, 0));
    expect(readComment('(a \\) b (c)) rest', 0)).toEqual(['a ) b (c)', 12]);
  });

  it('stripComments matches the reference', () => {
    fc.assert(
      fc.property(commentish, (s) => {
        expect(stripComments(s)).toBe(referenceStrip(s));
      }),
      { numRuns: 2000 },
    );
    expect(stripComments('Tue, 14 Oct 2025 (Tuesday) 09:17:41 +0000 (UTC)')).toBe('Tue, 14 Oct 2025  09:17:41 +0000 ');
  });
});
