/**
 * The character-by-character splitLines that lib/mime/lines.ts replaced with indexOf jumps: kept as the
 * reference the property tests hold the fast reading to (same lines, rest, line ending and stray CR count).
 */
import type { LineEnding } from '../../../../lib/mime/types';
import type { PhysicalLine, SplitLines } from '../../../../lib/mime/lines';

interface Counts {
  crlf: number;
  lf: number;
  stray: number;
}

function countBreaks(text: string, from: number, c: Counts): void {
  for (let p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
    if (p > from && text.charCodeAt(p - 1) === 13) c.crlf++;
    else c.lf++;
  }
  for (let p = text.indexOf('\r', from); p >= 0; p = text.indexOf('\r', p + 1))
    if (text.charCodeAt(p + 1) !== 10) c.stray++;
}

export function splitLinesCharLoop(text: string, headChars = Number.POSITIVE_INFINITY): SplitLines {
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
