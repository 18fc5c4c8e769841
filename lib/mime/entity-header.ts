/**
 * The header of a MIME entity read where it lies in a text (positions: lib/mime/text-lines): RFC 2045 §3 and
 * RFC 5322 §2.1, the fields up to the first blank line. One pass over the header's lines, each cut once;
 * the body is never visited.
 */
import { readFields, type PartField } from './part-headers';
import { afterBreak, end, lineEnd } from './text-lines';
import type { MessageText } from './ascii-text';

export interface EntityHeader {
  fields: PartField[];
  /** Where the body starts: after the blank line, or `to` when the header has none. */
  bodyFrom: number;
}

/** A blank line ends the header: empty or white space only (JS trim, as mail readers take it). */
function isBlank(line: string): boolean {
  // The first character after leading spaces and tabs (a folded line's indent): visible ASCII is never white space,
  // so such a line is not blank and is not trimmed (a copy) to find that out.
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line.charCodeAt(i);
  if (c > 32 && c < 127) return false;
  return line.trim() === '';
}

/** The fields of the header starting at `from` and where its body starts, reading no further than `to`. */
export function readEntityHeader(text: MessageText, from: number, to: number): EntityHeader {
  const lines: string[] = [];
  const stop = Math.min(to, end(text));
  for (let p = from; p < stop;) {
    const e = lineEnd(text, p);
    const line = text.slice(p, e);
    if (isBlank(line)) return { fields: readFields(lines), bodyFrom: afterBreak(text, e) };
    lines.push(line);
    p = afterBreak(text, e);
  }
  return { fields: readFields(lines), bodyFrom: to };
}
