import { LIMITS } from '../limits';

/**
 * Read a comment from s[i] === '(' (RFC 5322 §3.2.2): nested, with quoted-pairs. Returns the inner text (nested
 * parens kept up to the depth cap, deeper ones read as text) and the index after it; an unterminated comment
 * runs to the end. One pass, so linear on any input.
 */
export function readComment(s: string, i: number): [string, number] {
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

/** The text with every (comment) removed, as date parsers want it (RFC 5322 §3.3 allows CFWS around the parts). */
export function stripComments(s: string): string {
  let depth = 0;
  let out = '';
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}
