import { LIMITS } from '../limits';

/**
 * Read a comment from s[i] === '(' (RFC 5322 §3.2.2): nested, with quoted-pairs. Returns the inner text (nested
 * parens kept up to the depth cap, deeper ones read as text) and the index after it; an unterminated comment
 * runs to the end. One pass, so linear on any input.
 */
export function readComment(s: string, i: number): [string, number] {
  // Runs of plain text are copied as slices: appending one character at a time made long comments slow.
  const parts: string[] = [];
  let depth = 0;
  let run = i;
  let j = i;
  const cut = (next: number): void => {
    if (j > run) parts.push(s.slice(run, j));
    run = next;
  };
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x5c && j + 1 < s.length) {
      cut(j + 2);
      parts.push(s[j + 1] ?? '');
      j += 2;
      continue;
    }
    if (c === 0x28) {
      depth++;
      if (depth <= 1 || depth > LIMITS.maxCommentDepth) cut(j + 1);
    } else if (c === 0x29) {
      depth--;
      if (depth === 0) {
        cut(j + 1);
        return [parts.join(''), j + 1];
      }
      if (depth >= LIMITS.maxCommentDepth) cut(j + 1);
    }
    j++;
  }
  cut(j);
  return [parts.join(''), j];
}

/**
 * The text with every (comment) removed, as date parsers want it (RFC 5322 §3.3 allows CFWS around the parts).
 * Copies the uncommented runs as slices: appending one character at a time made long inputs slow.
 */
export function stripComments(s: string): string {
  if (!s.includes('(') && !s.includes(')')) return s;
  const parts: string[] = [];
  let depth = 0;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x28 && c !== 0x29) continue;
    if (depth === 0 && i > runStart) parts.push(s.slice(runStart, i));
    depth = c === 0x28 ? depth + 1 : Math.max(0, depth - 1);
    runStart = i + 1;
  }
  if (depth === 0 && runStart < s.length) parts.push(s.slice(runStart));
  return parts.join('');
}
