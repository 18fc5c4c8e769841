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

/** What is counted over a text with LF breaks: CRLF and lone-LF breaks, CRs not followed by LF. */
export interface LineFacts {
  crlf: number;
  lf: number;
  stray: number;
}

/** The line ending a text with these facts is reported with ('cr': a text without LF that has a CR). */
export function lineEndingOf(f: LineFacts, crOnly = false): LineEnding {
  return crOnly ? 'cr' : f.crlf && f.lf ? 'mixed' : f.crlf ? 'crlf' : f.lf ? 'lf' : 'none';
}

/** LF and CRLF line breaks of an LF/CRLF text from `from` (a line start) on, with native indexOf. */
function countLineBreaks(text: string, from: number, c: LineFacts): void {
  for (let p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
    if (p > from && text.charCodeAt(p - 1) === 13) c.crlf++;
    else c.lf++;
  }
}

/** CRs not followed by LF in an LF/CRLF text, with native indexOf (no JS walk per character). */
function countStrayCarriageReturns(text: string, c: LineFacts): void {
  for (let p = text.indexOf('\r'); p >= 0; p = text.indexOf('\r', p + 1)) if (text.charCodeAt(p + 1) !== 10) c.stray++;
}

/**
 * Split text into physical lines, keeping each terminator so the exact original can be rebuilt.
 * A text with no LF at all uses CR as its line break (old Mac mail, some pastes); otherwise a lone
 * CR is kept inside the line and counted, since MTAs disagree on it (header smuggling, docs/security-goals.md).
 * `headChars`: split only the lines that start within the first headChars characters; the rest of the
 * text is returned as it is (a 25 MB body is not cut into 300,000 line objects nobody reads).
 * Breaks are found with native indexOf jumps, never a JS walk per character.
 * `facts`: the text's line facts when the caller has counted them already (over its octets, lib/mime/line-facts);
 * then the text is not searched for them again.
 */
export function splitLines(text: string, headChars = Number.POSITIVE_INFINITY, facts?: LineFacts): SplitLines {
  // No LF and a CR: with facts, no break and a CR not followed by LF.
  const crOnly = facts === undefined ? !text.includes('\n') && text.includes('\r') : facts.crlf + facts.lf === 0 && facts.stray > 0;
  const c: LineFacts = { crlf: 0, lf: 0, stray: 0 };
  if (!crOnly && facts === undefined) countStrayCarriageReturns(text, c);
  const { lines, start } = crOnly ? cutAtCr(text, headChars) : cutAtLf(text, headChars, c);
  // The breaks of the lines cut are counted as they are cut; those of the rest here.
  if (!crOnly && facts === undefined) countLineBreaks(text, start, c);
  const counted = facts ?? c;
  let rest = '';
  // No break after `start`: the last line, unterminated; past the head: the unsplit rest.
  if (start < text.length && start < headChars) lines.push({ text: text.slice(start), eol: '' });
  else if (start < text.length) rest = text.slice(start);
  return { lines, rest, lineEnding: lineEndingOf(counted, crOnly), strayCarriageReturns: crOnly ? 0 : counted.stray };
}

interface Cut {
  lines: PhysicalLine[];
  /** Where the text after the last terminated line starts. */
  start: number;
}

/** The LF-terminated lines (a CR right before the LF is part of the terminator) starting before headChars, counted. */
function cutAtLf(text: string, headChars: number, c: LineFacts): Cut {
  const lines: PhysicalLine[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && start < headChars; nl = text.indexOf('\n', start)) {
    const isCrlf = nl > start && text.charCodeAt(nl - 1) === 13;
    if (isCrlf) c.crlf++;
    else c.lf++;
    lines.push(isCrlf ? { text: text.slice(start, nl - 1), eol: '\r\n' } : { text: text.slice(start, nl), eol: '\n' });
    start = nl + 1;
  }
  return { lines, start };
}

/** The CR-terminated lines of a text without LF, starting before headChars. */
function cutAtCr(text: string, headChars: number): Cut {
  const lines: PhysicalLine[] = [];
  let start = 0;
  for (let cr = text.indexOf('\r'); cr >= 0 && start < headChars; cr = text.indexOf('\r', start)) {
    lines.push({ text: text.slice(start, cr), eol: '\r' });
    start = cr + 1;
  }
  return { lines, start };
}
