/**
 * splitHeaderBlock as it was before it cut raws as slices of the text and skipped the field-name test on folded
 * lines: every raw joined from its lines. Kept as the reference the property tests hold the faster reading to.
 */
import type { Finding } from '../../../../lib/findings';
import { finding } from '../../../../lib/findings';
import { LIMITS, RFC5322_MAX_LINE } from '../../../../lib/limits';
import type { PhysicalLine, WholeText } from '../../../../lib/mime/lines';
import type { HeaderBlock, HeaderField } from '../../../../lib/mime/header-block';
import {
  fieldNameOf,
  foldedFieldNameAt,
  isContinuation,
  isPlausibleFieldName,
  startsWithFakeWhitespace,
} from '../../../../lib/mime/field-syntax';

/**
 * The body: lines[bodyStart..] + rest. With the text the lines came from, one slice of it (no copy: a
 * joined body would be a rope that V8 flattens, copying a 25 MB body, on the first search in it).
 */
function bodyText(
  lines: readonly PhysicalLine[],
  bodyStart: number,
  rest: string,
  whole: WholeText | undefined,
): string {
  if (whole === undefined)
    return (
      lines
        .slice(bodyStart)
        .map((l) => l.text + l.eol)
        .join('') + rest
    );
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
  parts: string[];
  raw: string[];
  line: number;
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

function finish(b: Building): HeaderField {
  const joined = b.parts.join('');
  const colon = joined.indexOf(':');
  return {
    name: b.name,
    key: b.name.toLowerCase(),
    value: trimWsp(joined.slice(colon + 1)),
    raw: b.raw.join(''),
    line: b.line,
    repaired: b.repaired,
  };
}

/**
 * Split the header block (RFC 5322 §2.1, §2.2) off the intake lines, keeping every field's exact text.
 * Damaged pastes: a line that neither starts a field nor is folded is joined to the previous field when
 * the block has no real folds at all (indentation was lost: unambiguous), and ends the header block
 * when it does (the body started without its blank line). Both are reported.
 */
export function splitHeaderBlockJoined(lines: readonly PhysicalLine[], rest = '', whole?: WholeText): HeaderBlock {
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
    const name = fieldNameOf(text) ?? (folded ? null : foldedFieldNameAt(lines, i));
    if (current && folded) {
      current.parts.push(text);
      current.raw.push(text + line.eol);
      continue;
    }
    if (name !== null && !(current && !hasRealFolds && !isPlausibleFieldName(name))) {
      if (current) fields.push(finish(current));
      current = { name, parts: [text], raw: [text + line.eol], line: i, repaired: false };
      continue;
    }
    // Neither a field nor a fold.
    if (current && startsWithFakeWhitespace(text)) {
      fakeFolds++;
      current.parts.push(' ' + text.slice(1));
      current.raw.push(text + line.eol);
      current.repaired = true;
      continue;
    }
    if (current && !hasRealFolds) {
      repairedLines++;
      current.parts.push(' ' + text);
      current.raw.push(text + line.eol);
      current.repaired = true;
      continue;
    }
    noBlankAt = i;
    chars -= text.length + line.eol.length;
    bodyStart = i;
    break;
  }
  if (current) fields.push(finish(current));

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
