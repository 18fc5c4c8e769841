import type { LineEnding } from './types';

export interface PhysicalLine {
  /** The line without its terminator. */
  text: string;
  /** The terminator as written: "\r\n", "\n", "\r" or "" for the last line. */
  eol: string;
}

/** A text and the index in it where a run of split lines begins. */
export interface WholeText {
  text: string;
  start: number;
}

export interface SplitLines {
  lines: PhysicalLine[];
  /** The text after the last line split (starts at a line start; '' when every line was split). */
  rest: string;
  /** Line endings and stray CRs are counted over the whole text, `rest` included. */
  lineEnding: LineEnding;
  /** Lone CRs inside lines of an LF/CRLF text: content, not line breaks (a header-smuggling sign). */
  strayCarriageReturns: number;
}

interface Counts {
  crlf: number;
  lf: number;
  stray: number;
}

/** Line breaks and stray CRs of an LF/CRLF text from `from` on, with native indexOf (no JS walk per character). */
function countBreaks(text: string, from: number, c: Counts): void {
  for (let p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
    if (p > from && text.charCodeAt(p - 1) === 13) c.crlf++;
    else c.lf++;
  }
  for (let p = text.indexOf('\r', from); p >= 0; p = text.indexOf('\r', p + 1)) if (text.charCodeAt(p + 1) !== 10) c.stray++;
}

/**
 * Split text into physical lines, keeping each terminator so the exact original can be rebuilt.
 * A text with no LF at all uses CR as its line break (old Mac mail, some pastes); otherwise a lone
 * CR is kept inside the line and counted, since MTAs disagree on it (header smuggling, docs/security-goals.md).
 * `headChars`: split only the lines that start within the first headChars characters; the rest of the
 * text is returned as it is (a 25 MB body is not cut into 300,000 line objects nobody reads).
 */
export function splitLines(text: string, headChars = Number.POSITIVE_INFINITY): SplitLines {
  const crOnly = !text.includes('\n') && text.includes('\r');
  const lines: PhysicalLine[] = [];
  const c: Counts = { crlf: 0, lf: 0, stray: 0 };
  let start = 0;
  let i = 0;
  for (; i < text.length && start < headChars; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      const isCrlf = i > start && text.charCodeAt(i - 1) === 13;
      if (isCrlf) c.crlf++;
      else c.lf++;
      lines.push({ text: text.slice(start, isCrlf ? i - 1 : i), eol: isCrlf ? '\r\n' : '\n' });
      start = i + 1;
    } else if (ch === 13) {
      if (crOnly) {
        lines.push({ text: text.slice(start, i), eol: '\r' });
        start = i + 1;
      } else if (text.charCodeAt(i + 1) !== 10) {
        c.stray++;
      }
    }
  }
  let rest = '';
  if (start < text.length && i >= text.length) lines.push({ text: text.slice(start), eol: '' });
  else if (start < text.length) {
    rest = text.slice(start);
    if (!crOnly) countBreaks(text, start, c);
  }
  const lineEnding: LineEnding = crOnly ? 'cr' : c.crlf && c.lf ? 'mixed' : c.crlf ? 'crlf' : c.lf ? 'lf' : 'none';
  return { lines, rest, lineEnding, strayCarriageReturns: c.stray };
}
