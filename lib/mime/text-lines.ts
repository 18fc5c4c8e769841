/**
 * Lines of a text addressed by where they start, without splitting the text: a 25 MB message is not cut into
 * 300,000 strings to find a few MIME delimiters. Line breaks are CRLF, LF or a lone CR, as
 * `text.split(/\r\n|\n|\r/)` reads them; a position is the offset where a line starts, or `end(text)` past the
 * last line (a text that ends with a break has one more, empty line at text.length). The text is a string or a
 * message's ASCII octets read in place (AsciiText).
 */
import type { MessageText } from './ascii-text';

/** The position after the last line. */
export function end(text: MessageText): number {
  return text.length + 1;
}

/** The characters of a line: anything but CR and LF (sticky, so it reads from lastIndex and nowhere else). */
const LINE_CHARS = /[^\r\n]*/y;

/** Where the line starting at `p` ends (its break, or the end of the text). */
export function lineEnd(text: MessageText, p: number): number {
  if (p >= text.length) return text.length;
  if (typeof text !== 'string') return text.lineEnd(p);
  // One native scan to the first CR or LF (linear: a single character class, no backtracking).
  LINE_CHARS.lastIndex = p;
  LINE_CHARS.test(text);
  return LINE_CHARS.lastIndex;
}

/** The start of the line after a line that ends at `e` (its break, or the end of the text), or end(text). */
export function afterBreak(text: MessageText, e: number): number {
  if (e >= text.length) return end(text);
  return text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
}

/** The start of the line after the one at `p`, or end(text). */
export function nextLine(text: MessageText, p: number): number {
  return afterBreak(text, lineEnd(text, p));
}

/** The line starting at `p` without its break. */
export function lineAt(text: MessageText, p: number): string {
  return p >= text.length ? '' : text.slice(p, lineEnd(text, p));
}

/** True when `p` (an offset in the text) starts a line. */
export function isLineStart(text: MessageText, p: number): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  // After "\r\n" or "\n" or a lone "\r"; a "\r" followed by "\n" ends its line only after the "\n".
  return c === 10 || (c === 13 && text.charCodeAt(p) !== 10);
}

/**
 * The lines from `a` up to (not including) the line at `b`, joined with "\n": what
 * `lines.slice(i, j).join('\n')` gives for the same lines of the split text.
 */
export function joinLines(text: MessageText, a: number, b: number): string {
  const stop = end(text);
  if (a >= b || a >= stop) return '';
  let slice: string;
  if (b >= stop) slice = text.slice(a);
  else {
    // Drop the break that ends the line before b.
    const crlf = b >= 2 && text.charCodeAt(b - 1) === 10 && text.charCodeAt(b - 2) === 13;
    slice = text.slice(a, b - (crlf ? 2 : 1));
  }
  return slice.includes('\r') ? slice.replace(/\r\n?/g, '\n') : slice;
}
