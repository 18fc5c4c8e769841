/**
 * The MIME walker (RFC 2045/2046) every reader of a message body uses (the bounce decoder, the attached-message
 * search): splits a message into its leaf parts, decoded to text.
 * message/rfc822 and text/rfc822-headers parts are leaves (the returned original is not walked).
 * Linear: delimiters are found with indexOf (the lines of an attachment are never visited), each nesting level
 * searches only its own range, nesting and part counts are capped. Lines are CRLF, LF or lone-CR terminated.
 */
import { fieldValue, parseContentType, type PartField } from './part-headers';
import { readEntityHeader, type EntityHeader } from './entity-header';
import { decodeBody } from './transfer-decode';
import { end, isLineStart, joinLines, lineAt, nextLine } from './text-lines';
import type { AsciiText, MessageText } from './ascii-text';

export interface MimePart {
  /** Lower-case type/subtype. */
  readonly type: string;
  readonly params: Map<string, string>;
  readonly fields: PartField[];
  /** The body decoded to text (transfer encoding and charset undone). Decoded when first read. */
  readonly text: string;
  /** The part as written, header and body (for message/rfc822 this is the original message). Joined when first read. */
  readonly raw: string;
  /**
   * False when `text` certainly lacks the ASCII character `ch` (not CR or LF). A body its transfer encoding leaves
   * as written is searched where it lies, without being joined or decoded, and so is a quoted-printable body in an
   * ASCII-keeping charset (for `ch` as written or as "=XX"; not for "=", hex digits, SP or HTAB): a reader that
   * only needs to know whether a large text part holds, say, a "{" does not pay for making its text.
   */
  mayInclude(ch: string): boolean;
}

/**
 * A leaf part whose text is made only when read: a 20 MB base64 attachment is never decoded when nobody
 * looks at it (bounce detection and attached-message search read a few part types only).
 */
class LeafPart implements MimePart {
  private decoded: string | null = null;
  private written: string | null = null;
  constructor(
    readonly type: string,
    readonly params: Map<string, string>,
    readonly fields: PartField[],
    private readonly source: MessageText,
    private readonly from: number,
    private readonly bodyFrom: number,
    private readonly to: number,
  ) {}

  get text(): string {
    this.decoded ??= decodeBody(joinLines(this.source, this.bodyFrom, this.to), fieldValue(this.fields, 'content-transfer-encoding'), this.params.get('charset'));
    return this.decoded;
  }

  get raw(): string {
    this.written ??= joinLines(this.source, this.from, this.to);
    return this.written;
  }

  mayInclude(ch: string): boolean {
    if (this.decoded !== null) return this.decoded.includes(ch);
    const form = bodyForm(this.fields, this.params);
    if (form === 'decoded' || (form === 'quoted-printable' && !qpLiteral(ch))) return this.text.includes(ch);
    // decodeBody returns the joined lines as they are: the character is there exactly when the source range has it.
    if (this.sourceHas(ch)) return true;
    if (form === 'as-written') return false;
    // RFC 2045 §6.7: the octet may also be written "=" and its two hex digits, in either case (decodeQuotedPrintable
    // reads both); the charsets of bodyForm make that octet this character and no other octet makes it.
    const hex = ch.charCodeAt(0).toString(16).padStart(2, '0');
    return this.sourceHas(`=${hex}`) || this.sourceHas(`=${hex.toUpperCase()}`);
  }

  /** `s` lies whole inside the body's source range (searched there only, not in the parts after it). */
  private sourceHas(s: string): boolean {
    const { source, bodyFrom, to } = this;
    return (typeof source === 'string' ? source.slice(bodyFrom, to) : source.view(bodyFrom, to)).indexOf(s) >= 0;
  }
}

/**
 * ASCII characters a quoted-printable body (RFC 2045 §6.7) holds exactly where it has them as written or as "=XX":
 * not "=" (the escape), hex digits (read inside escapes), SP and HTAB (dropped before a soft line break).
 */
function qpLiteral(ch: string): boolean {
  const c = ch.length === 1 ? ch.charCodeAt(0) : 0;
  return c > 0x20 && c < 0x7f && c !== 0x3d && !/[\da-f]/i.test(ch);
}

/**
 * Charsets whose decoding (WHATWG Encoding Standard: UTF-8, and windows-1252 that us-ascii and iso-8859-1 name; an
 * absent one is read as UTF-8, and bytes UTF-8 refuses fall back to Latin-1) makes each byte below 0x80 that ASCII
 * character and no other bytes ASCII.
 */
const ASCII_CHARSETS = new Set(['', 'utf-8', 'utf8', 'us-ascii', 'iso-8859-1', 'windows-1252']);

/**
 * How decodeBody treats a body: left as written (line breaks aside: no base64 (RFC 2045 §6.8) or quoted-printable
 * (§6.7) to undo, no stateful ISO-2022 charset, whose escape sequences decoding interprets), quoted-printable in an
 * ASCII-keeping charset, or decoded otherwise.
 */
function bodyForm(fields: readonly PartField[], params: Map<string, string>): 'as-written' | 'quoted-printable' | 'decoded' {
  const cte = (fieldValue(fields, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const charset = params.get('charset') ?? '';
  if (cte === 'base64') return 'decoded';
  if (cte === 'quoted-printable') return ASCII_CHARSETS.has(charset.trim().toLowerCase()) ? 'quoted-printable' : 'decoded';
  return charset.toLowerCase().startsWith('iso-2022') ? 'decoded' : 'as-written';
}

export interface WalkedMessage {
  fields: PartField[];
  /** Top-level content type (lower-case). */
  type: string;
  params: Map<string, string>;
  parts: MimePart[];
}

const MAX_DEPTH = 8;
const MAX_PARTS = 256;

interface Walk {
  text: MessageText;
  parts: MimePart[];
}

/** RFC 2046 §5.1.1: a delimiter line is "--" boundary, optionally "--" more, then blanks. */
function delimiterKind(line: string, boundary: string): 'open' | 'close' | null {
  if (!line.startsWith('--') || !line.startsWith(boundary, 2)) return null;
  const rest = line.slice(2 + boundary.length);
  if (rest.trim() === '') return 'open';
  if (rest.startsWith('--') && rest.slice(2).trim() === '') return 'close';
  return null;
}

interface Delimiter {
  at: number;
  kind: 'open' | 'close';
}

/** The first delimiter line of `boundary` starting in [from, to), found with indexOf (the lines between are not read). */
function nextDelimiter(text: MessageText, from: number, to: number, boundary: string): Delimiter | null {
  const needle = `--${boundary}`;
  for (let at = text.indexOf(needle, from); at >= 0 && at < to; at = text.indexOf(needle, at + 1)) {
    if (!isLineStart(text, at)) continue;
    const kind = delimiterKind(lineAt(text, at), boundary);
    if (kind !== null) return { at, kind };
  }
  return null;
}

function walkEntity(w: Walk, from: number, to: number, depth: number, inherited: string, known?: EntityHeader): void {
  if (w.parts.length >= MAX_PARTS) return;
  const { fields, bodyFrom } = known ?? readEntityHeader(w.text, from, to);
  const ct = parseContentType(fieldValue(fields, 'content-type') ?? (inherited === '' ? null : inherited));
  const boundary = ct.params.get('boundary');
  if (ct.type.startsWith('multipart/') && boundary !== undefined && boundary !== '' && depth < MAX_DEPTH) {
    walkMultipart(w, bodyFrom, to, depth, boundary, ct.type === 'multipart/digest' ? 'message/rfc822' : '');
    return;
  }
  w.parts.push(new LeafPart(ct.type, ct.params, fields, w.text, from, bodyFrom, to));
}

/**
 * The boundary the body really uses when the declared one never occurs (mangled or anonymised
 * headers): the first "--token" line that occurs at least twice.
 */
function guessBoundary(text: MessageText, from: number, to: number): string | null {
  const seen = new Map<string, number>();
  let n = 0;
  for (let p = from; p < to && p < end(text) && n < 5000; p = nextLine(text, p), n++) {
    const line = lineAt(text, p).trimEnd();
    if (!line.startsWith('--') || line.startsWith('---') || line.length < 6 || line.includes(' ')) continue;
    const token = line.endsWith('--') ? line.slice(2, -2) : line.slice(2);
    const count = (seen.get(token) ?? 0) + 1;
    if (count >= 2) return token;
    seen.set(token, count);
  }
  return null;
}

function walkMultipart(w: Walk, from: number, to: number, depth: number, declared: string, childDefault: string): void {
  const { text } = w;
  let boundary = declared;
  if (nextDelimiter(text, from, to, boundary) === null) boundary = guessBoundary(text, from, to) ?? declared;
  let start = -1;
  for (let d = nextDelimiter(text, from, to, boundary); d !== null; d = nextDelimiter(text, nextLine(text, d.at), to, boundary)) {
    if (start >= 0) walkEntity(w, start, d.at, depth + 1, childDefault);
    if (d.kind === 'close') return;
    start = nextLine(text, d.at);
  }
  // A missing close delimiter (truncated bounce): the last part runs to the end.
  if (start >= 0) walkEntity(w, start, to, depth + 1, childDefault);
  // RFC 2046 §5.1.1 needs at least one delimiter; a body with none (the delimiters were stripped) is
  // read the way mail readers show it: as one plain-text part.
  else w.parts.push(new LeafPart('text/plain', new Map(), [], text, from, from, to));
}

/** Walk `text` (a whole message) into its top-level fields and decoded leaf parts. */
export function walkMime(text: MessageText): WalkedMessage {
  const w: Walk = { text, parts: [] };
  const header = readEntityHeader(text, 0, end(text));
  const ct = parseContentType(fieldValue(header.fields, 'content-type'));
  walkEntity(w, 0, end(text), 0, '', header);
  return { fields: header.fields, type: ct.type, params: ct.params, parts: w.parts };
}

/** Skip an mbox "From " separator line (RFC 4155) and blank lines before the header. */
function stripEnvelope(raw: string): string {
  let s = raw.replace(/^\s+/, '');
  if (s.startsWith('From ')) {
    const nl = s.indexOf('\n');
    s = nl < 0 ? '' : s.slice(nl + 1);
  }
  return s;
}

/** stripEnvelope over ASCII octets: the same cut, as a view (JS \s among ASCII characters: HT, LF, VT, FF, CR, SP). */
function stripEnvelopeAscii(raw: AsciiText): AsciiText {
  let i = 0;
  for (let c = raw.charCodeAt(0); c === 32 || (c >= 9 && c <= 13); c = raw.charCodeAt(++i));
  const s = raw.view(i);
  if (s.slice(0, 5) !== 'From ') return s;
  const nl = s.indexOf('\n');
  return s.view(nl < 0 ? s.length : nl + 1);
}

/** A whole message as given (an mbox "From " line skipped) walked into its MIME tree. */
export function walkMessage(raw: MessageText): WalkedMessage {
  return walkMime(typeof raw === 'string' ? stripEnvelope(raw) : stripEnvelopeAscii(raw));
}
