import type { Finding } from '../findings';
import { finding } from '../findings';
import { LIMITS, RFC5322_MAX_LINE } from '../limits';
import type { PhysicalLine, WholeText } from './lines';
import { fieldNameOf, foldedFieldNameAt, isContinuation, isPlausibleFieldName, startsWithFakeWhitespace } from './field-syntax';
import { mapList } from '../list/map-list';

export interface HeaderField {
  /** Field name as written. */
  name: string;
  /** Lower-cased name, for look-ups. */
  key: string;
  /** Unfolded value (RFC 5322 §2.2.3), leading and trailing WSP removed. */
  value: string;
  /** The exact original text of the field, line terminators included (DKIM canonicalisation reads this). */
  raw: string;
  /** 0-based index of the field's first line in the intake lines. */
  line: number;
  /** True when the field was assembled from lines whose folding we repaired. */
  repaired: boolean;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Length of the header block text as written (fields only, not the separator line). */
  headerChars: number;
  /**
   * Lines after the header block (the blank separator line excluded), or null for headers only. Only the
   * lines intake split: for a large message the body goes on in `body`.
   */
  bodyLines: PhysicalLine[] | null;
  /** The whole body text exactly as given (bodyLines' text + eol, then intake's `rest`), or null for headers only. */
  body: string | null;
  findings: Finding[];
  tooLarge: boolean;
}

/**
 * The body: lines[bodyStart..] + rest. With the text the lines came from, one slice of it (no copy: a
 * joined body would be a rope that V8 flattens, copying a 25 MB body, on the first search in it).
 */
function bodyText(lines: readonly PhysicalLine[], bodyStart: number, rest: string, whole: WholeText | undefined): string {
  if (whole === undefined) return mapList(lines.slice(bodyStart), (l) => l.text + l.eol).join('') + rest;
  let offset = whole.start;
  for (let i = 0; i < bodyStart; i++) offset += (lines[i]?.text.length ?? 0) + (lines[i]?.eol.length ?? 0);
  return whole.text.slice(offset);
}

/** True when some line before the first blank line is a genuine fold (WSP then text). */
function blockHasRealFolds(lines: readonly PhysicalLine[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '') return false;
    if (isContinuation(text) && text.trim() !== '') return true;
  }
  return false;
}

interface Building {
  name: string;
  /** The field's line texts as unfolding joins them (a repaired line with its added space). */
  parts: string[];
  /** Index of the field's first line. */
  line: number;
  /** Index after the field's last line. */
  lineEnd: number;
  /** Header-block characters before the field and after its last line (terminators included). */
  from: number;
  to: number;
  repaired: boolean;
}

/** Strip leading and trailing space/tab without a regex (linear on hostile input). */
function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

/**
 * The field's exact text: one slice of the text the lines were cut from (they lie there one after the other from
 * whole.start on, terminators included), or the lines joined back when the caller gave no such text.
 */
function rawText(b: Building, lines: readonly PhysicalLine[], whole: WholeText | undefined): string {
  if (whole !== undefined) return whole.text.slice(whole.start + b.from, whole.start + b.to);
  let raw = '';
  for (let i = b.line; i < b.lineEnd; i++) raw += (lines[i]?.text ?? '') + (lines[i]?.eol ?? '');
  return raw;
}

function finish(b: Building, lines: readonly PhysicalLine[], whole: WholeText | undefined): HeaderField {
  const joined = b.parts.length === 1 ? (b.parts[0] ?? '') : b.parts.join('');
  const colon = joined.indexOf(':');
  return {
    name: b.name,
    key: b.name.toLowerCase(),
    value: trimWsp(joined.slice(colon + 1)),
    raw: rawText(b, lines, whole),
    line: b.line,
    repaired: b.repaired,
  };
}

/** Line `i` (`text`, ending `chars` characters into the block) continues field `b`. */
function extend(b: Building, text: string, i: number, chars: number): void {
  b.parts.push(text);
  b.lineEnd = i + 1;
  b.to = chars;
}

/**
 * Split the header block (RFC 5322 §2.1, §2.2) off the intake lines, keeping every field's exact text.
 * Damaged pastes: a line that neither starts a field nor is folded is joined to the previous field when
 * the block has no real folds at all (indentation was lost: unambiguous), and ends the header block
 * when it does (the body started without its blank line). Both are reported.
 */
export function splitHeaderBlock(lines: readonly PhysicalLine[], rest = '', whole?: WholeText): HeaderBlock {
  const fields: HeaderField[] = [];
  const findings: Finding[] = [];
  const hasRealFolds = blockHasRealFolds(lines);
  let current: Building | null = null;
  let chars = 0;
  let repairedLines = 0;
  let fakeFolds = 0;
  let longLines = 0;
  let bodyStart = lines.length;
  let separator = false;
  let tooLarge = false;
  let noBlankAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    const { text } = line;
    if (text === '') {
      bodyStart = i + 1;
      separator = true;
      break;
    }
    chars += text.length + line.eol.length;
    if (chars > LIMITS.maxHeaderBlockChars) {
      tooLarge = true;
      break;
    }
    if (text.length > RFC5322_MAX_LINE) longLines++;
    const folded = isContinuation(text);
    // RFC 5322 §2.2.3: a line starting with WSP continues the field above (it never starts a field).
    if (current && folded) {
      extend(current, text, i, chars);
      continue;
    }
    const name = fieldNameOf(text) ?? (folded ? null : foldedFieldNameAt(lines, i));
    if (name !== null && !(current && !hasRealFolds && !isPlausibleFieldName(name))) {
      if (current) fields.push(finish(current, lines, whole));
      current = { name, parts: [text], line: i, lineEnd: i + 1, from: chars - text.length - line.eol.length, to: chars, repaired: false };
      continue;
    }
    // Neither a field nor a fold.
    if (current && startsWithFakeWhitespace(text)) {
      fakeFolds++;
      extend(current, ' ' + text.slice(1), i, chars);
      current.repaired = true;
      continue;
    }
    if (current && !hasRealFolds) {
      repairedLines++;
      extend(current, ' ' + text, i, chars);
      current.repaired = true;
      continue;
    }
    noBlankAt = i;
    chars -= text.length + line.eol.length;
    bodyStart = i;
    break;
  }
  if (current) fields.push(finish(current, lines, whole));

  if (tooLarge) {
    findings.push(
      finding(
        'intake.header-too-large',
        'bad',
        'Header block too large',
        `The header block is larger than ${String(LIMITS.maxHeaderBlockChars / 1024)} KiB, far beyond any real message; it was not analysed.`,
      ),
    );
  }
  if (repairedLines > 0) {
    findings.push(
      finding(
        'intake.repaired-folding',
        'warn',
        `Repaired ${String(repairedLines)} folded line${repairedLines === 1 ? '' : 's'} that lost indentation`,
        'Folded header lines must start with a space or tab; the pasted text had none, so each such line was joined to the header above it. Signatures may not verify on a damaged paste: use the original source or download the .eml.',
      ),
    );
  }
  if (fakeFolds > 0) {
    findings.push(
      finding(
        'intake.suspicious-fold',
        'bad',
        'Header line starts with a character that only looks like a space',
        `${String(fakeFolds)} line${fakeFolds === 1 ? '' : 's'} in the header block start with a non-breaking space, form feed, vertical tab or similar. RFC 5322 folds only on space or tab; programs disagree about such lines, a known way to hide or smuggle headers.`,
      ),
    );
  }
  if (noBlankAt >= 0) {
    findings.push(
      finding(
        'intake.no-blank-line',
        'warn',
        'No blank line between headers and body',
        `Line ${String(noBlankAt + 1)} of the header block is neither a header nor a folded continuation; it was taken as the start of the body. Check that the paste is complete.`,
      ),
    );
  }
  if (longLines > 0) {
    findings.push(
      finding(
        'intake.line-too-long',
        'info',
        `${String(longLines)} header line${longLines === 1 ? ' is' : 's are'} longer than 998 characters`,
        'RFC 5322 §2.1.1 limits lines to 998 characters; some servers reject or rewrap such lines, which breaks DKIM.',
      ),
    );
  }
  const text = separator || noBlankAt >= 0 ? bodyText(lines, bodyStart, rest, whole) : null;
  // Headers only means a text that ends after the header block, with or without the blank line (a pasted header
  // block keeps or loses it by chance); only a body of at least one character is a body.
  const body = text === '' ? null : text;
  const bodyLines = body === null ? null : lines.slice(bodyStart);
  return { fields, headerChars: chars, bodyLines, body, findings, tooLarge };
}
