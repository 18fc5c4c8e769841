import type { Finding } from '../findings';
import type { InputSource, LineEnding } from './types';
import { finding } from '../findings';
import { LIMITS } from '../limits';
import { splitLines, type LineFacts, type PhysicalLine, type SplitLines, type WholeText } from './lines';
import { fieldNameOf, foldedFieldNameAt, isContinuation } from './field-syntax';
import { isKnownHeader } from './known-headers';
import { decodeInput } from './received-bytes';

export type IntakeResult =
  | {
      ok: true;
      /** Lines from the first header line on, at least to the end of the header block. */
      lines: PhysicalLine[];
      /** The text after `lines`, not split into lines: it lies past the header block's end ('' for most inputs). */
      rest: string;
      /** The text the lines were cut from and where lines[0] starts in it (the body can then be one slice of it). */
      whole: WholeText;
      source: InputSource;
      lineEnding: LineEnding;
      strayCarriageReturns: number;
      findings: Finding[];
    }
  | { ok: false; status: 'empty' | 'too-large' | 'no-headers'; finding: Finding };

/** Decode bytes as UTF-8 (RFC 6532 allows it in headers); fall back to Latin-1, which keeps every byte. */
export function decodeInputBytes(bytes: Uint8Array): string {
  return decodeInput(bytes).text;
}

function mib(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The real size against the cap, to the unit: "52,428,801 bytes (50.0 MiB); the limit is 52,428,800 bytes (50.0 MiB)". */
export function overCapText(size: number, unit: 'bytes' | 'characters'): string {
  const exact = (n: number): string => `${n.toLocaleString('en-US')} ${unit}`;
  return `${exact(size)} (${mib(size)}); the limit is ${exact(LIMITS.maxInputChars)} (${mib(LIMITS.maxInputChars)})`;
}

/** The size cap's finding, with the real size (bytes for an opened file, characters for text). */
export function tooLargeFinding(size: number, unit: 'bytes' | 'characters'): Finding {
  return finding(
    'intake.too-large',
    'bad',
    'Message too large to analyse',
    `The input is ${overCapText(size, unit)}. Paste only the header block (everything above the first blank line).`,
  );
}

/** Gmail's "Show original" page: a summary table, then buttons, then the source. */
function gmailWrapperEnd(lines: readonly PhysicalLine[], from: number): number {
  const head = lines[from]?.text.trim().toLowerCase();
  if (head !== 'original message') return -1;
  const end = Math.min(lines.length, from + 40);
  for (let i = from + 1; i < end; i++) {
    const t = lines[i]?.text.trim() ?? '';
    if (/^(?:Download Original|Copy to clipboard)/i.test(t)) {
      // Both buttons may be on one line or two.
      const next = lines[i + 1]?.text.trim() ?? '';
      return /^Copy to clipboard/i.test(next) ? i + 2 : i + 1;
    }
  }
  return -1;
}

/** The line after `i`'s continuation lines. */
function nextFieldLine(lines: readonly PhysicalLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && isContinuation(lines[j]?.text ?? '')) j++;
  return j;
}

/**
 * The first line that starts a header block: a field with a name we know, or a field followed by
 * another field, a blank line or the end (so a stray "Note: ..." line of junk is not taken for one).
 */
function firstHeaderLine(lines: readonly PhysicalLine[], from: number): number {
  const end = Math.min(lines.length, from + LIMITS.maxLeadingLines);
  for (let i = from; i < end; i++) {
    const name = fieldNameOf(lines[i]?.text ?? '') ?? foldedFieldNameAt(lines, i);
    if (name === null) continue;
    if (isKnownHeader(name)) return i;
    const j = nextFieldLine(lines, i);
    const next = lines[j];
    if (next === undefined || next.text === '' || fieldNameOf(next.text) !== null) return i;
  }
  return -1;
}

/**
 * Raw intake: accept a whole message or a header block as pasted, downloaded or scraped, and find
 * where the header block starts. Size caps are checked here, before any parsing. `facts`: the text's line facts
 * when the caller counted them over its octets (lib/mime/line-facts), not searched for again.
 */
export function intake(text: string, facts?: LineFacts): IntakeResult {
  if (text.length > LIMITS.maxInputChars) return { ok: false, status: 'too-large', finding: tooLargeFinding(text.length, 'characters') };
  return intakeSplitting(text, [FIRST_CHARS, HEAD_CHARS], facts);
}

/**
 * intake() with the sizes of the partial splits to try, in order, before splitting every line (exported so tests
 * can check with small sizes that a partial split never changes the result).
 */
export function intakeSplitting(text: string, limits: readonly number[], facts?: LineFacts): IntakeResult {
  // RFC 3629 §6: a leading U+FEFF is a byte order mark (a signature), not part of the message.
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most messages: the top 256 KiB hold the header block; then up to the header block limit; then everything.
  for (const limit of limits) {
    if (limit >= t.length) break;
    const r = intakeLines(splitLines(t, limit, facts), t);
    if (r) return r;
  }
  // Every line split: rest is '', so intakeLines has no partial split to give up on and never returns null.
  return intakeLines(splitLines(t, Number.POSITIVE_INFINITY, facts), t) as IntakeResult;
}

/**
 * Lines are split only over the first HEAD_CHARS characters when those hold every line the search for the
 * header block looks at and the whole header block (an empty line follows its start). Otherwise (a huge junk
 * preamble or header block) all lines are split, and the result is as if no shortcut existed.
 */
const HEAD_CHARS = LIMITS.maxHeaderBlockChars + 1024 * 1024;
const FIRST_CHARS = 256 * 1024;
/** Lines after the leading blank ones that the search may read: mbox line, Gmail page (40), junk window. */
const SEARCH_LINES = LIMITS.maxLeadingLines + 50;

/** Characters before lines[n] (the lines were cut from the start of the text, terminators kept). */
function lineOffset(lines: readonly PhysicalLine[], n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) k += (lines[i]?.text.length ?? 0) + (lines[i]?.eol.length ?? 0);
  return k;
}

function hasEmptyLineFrom(lines: readonly PhysicalLine[], from: number): boolean {
  for (let i = from; i < lines.length; i++) if (lines[i]?.text === '') return true;
  return false;
}

/**
 * intake() of a text's first lines alone (`head`: the text up to and including one of its LFs, the rest of the text
 * not given): the result intake() gives on the whole text, or null when that could depend on lines past the head.
 * Line endings and stray CRs are counted over the head only: the caller counts them over the whole text.
 */
export function intakeHead(head: string): IntakeResult | null {
  if (!head.endsWith('\n') || head.charCodeAt(0) === 0xfeff) return null;
  return intakeLines(splitLines(head), head, true);
}

/** The intake of split lines; null when `split` is partial (or the text goes on past it) and the header block may lie beyond it. */
function intakeLines(split: SplitLines, text: string, more = false): IntakeResult | null {
  const partial = split.rest !== '' || more;
  const { lines } = split;
  const findings: Finding[] = [];
  let i = 0;
  while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
  if (partial && i + SEARCH_LINES >= lines.length) return null;
  if (i === lines.length) {
    return {
      ok: false,
      status: 'empty',
      finding: finding('intake.empty', 'bad', 'Nothing to analyse', 'The input is empty. Paste a message source or its headers.'),
    };
  }
  let source: InputSource = 'raw';
  // RFC 4155: an mbox message starts with a "From " envelope line; "From : x" is a field (RFC 5322 §4.5).
  const firstText = lines[i]?.text ?? '';
  if (firstText.startsWith('From ') && fieldNameOf(firstText) === null && foldedFieldNameAt(lines, i) === null) {
    source = 'mbox';
    i++;
  }
  const gmailEnd = gmailWrapperEnd(lines, i);
  if (gmailEnd >= 0) {
    source = 'gmail-show-original';
    findings.push(
      finding(
        'intake.gmail-wrapper',
        'info',
        "Read from Gmail's \"Show original\" page",
        "The summary table above the source was set aside; Gmail's own SPF/DKIM/DMARC lines there are not used as verdicts.",
      ),
    );
    i = gmailEnd;
  }
  const start = firstHeaderLine(lines, i);
  if (partial && (start < 0 || !hasEmptyLineFrom(lines, start))) return null;
  if (start < 0) {
    return {
      ok: false,
      status: 'no-headers',
      finding: finding(
        'intake.no-headers',
        'bad',
        'No email headers found',
        'No line of the form "Name: value" was found near the top. Copy the full message source ("Show original" in Gmail, "View message source" in Outlook).',
      ),
    };
  }
  const junk = lines.slice(i, start).filter((l) => l.text.trim() !== '').length;
  if (junk > 0) {
    const first = lines.slice(i, start).find((l) => l.text.trim() !== '')?.text ?? '';
    if (/message source|view source|original message/i.test(first)) source = 'outlook-source';
    findings.push(
      finding(
        'intake.leading-junk',
        'info',
        `Skipped ${String(junk)} line${junk === 1 ? '' : 's'} before the first header`,
        `The text before the header block was not part of the message (it began: "${first.slice(0, 60)}").`,
      ),
    );
  }
  return {
    ok: true,
    lines: lines.slice(start),
    rest: split.rest,
    whole: { text, start: lineOffset(lines, start) },
    source,
    lineEnding: split.lineEnding,
    strayCarriageReturns: split.strayCarriageReturns,
    findings,
  };
}
