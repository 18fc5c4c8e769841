import type { LineEnding } from '../report';

export interface PhysicalLine {
  /** The line without its terminator. */
  text: string;
  /** The terminator as written: "\r\n", "\n", "\r" or "" for the last line. */
  eol: string;
}

export interface SplitLines {
  lines: PhysicalLine[];
  lineEnding: LineEnding;
  /** Lone CRs inside lines of an LF/CRLF text: content, not line breaks (a header-smuggling sign). */
  strayCarriageReturns: number;
}

/**
 * Split text into physical lines, keeping each terminator so the exact original can be rebuilt.
 * A text with no LF at all uses CR as its line break (old Mac mail, some pastes); otherwise a lone
 * CR is kept inside the line and counted, since MTAs disagree on it (NOTES-SECURITY 1i).
 */
export function splitLines(text: string): SplitLines {
  const crOnly = !text.includes('\n') && text.includes('\r');
  const lines: PhysicalLine[] = [];
  let crlf = 0;
  let lf = 0;
  let stray = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      const isCrlf = i > start && text.charCodeAt(i - 1) === 13;
      if (isCrlf) crlf++;
      else lf++;
      lines.push({ text: text.slice(start, isCrlf ? i - 1 : i), eol: isCrlf ? '\r\n' : '\n' });
      start = i + 1;
    } else if (c === 13) {
      if (crOnly) {
        lines.push({ text: text.slice(start, i), eol: '\r' });
        start = i + 1;
      } else if (text.charCodeAt(i + 1) !== 10) {
        stray++;
      }
    }
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: '' });
  const lineEnding: LineEnding = crOnly ? 'cr' : crlf && lf ? 'mixed' : crlf ? 'crlf' : lf ? 'lf' : 'none';
  return { lines, lineEnding, strayCarriageReturns: stray };
}
