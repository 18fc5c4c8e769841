/**
 * The MIME walker (RFC 2045/2046) every reader of a message body uses (the bounce decoder, the attached-message
 * search): splits a message into its leaf parts, decoded to text.
 * message/rfc822 and text/rfc822-headers parts are leaves (the returned original is not walked).
 * Linear: each nesting level scans only its own lines, nesting and part counts are capped.
 */
import { fieldValue, parseContentType, readFields, type PartField } from './part-headers';
import { decodeBody } from './transfer-decode';

export interface MimePart {
  /** Lower-case type/subtype. */
  readonly type: string;
  readonly params: Map<string, string>;
  readonly fields: PartField[];
  /** The body decoded to text (transfer encoding and charset undone). Decoded when first read. */
  readonly text: string;
  /** The part as written, header and body (for message/rfc822 this is the original message). Joined when first read. */
  readonly raw: string;
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
    private readonly lines: readonly string[],
    private readonly from: number,
    private readonly bodyFrom: number,
    private readonly to: number,
  ) {}

  get text(): string {
    this.decoded ??= decodeBody(join(this.lines, this.bodyFrom, this.to), fieldValue(this.fields, 'content-transfer-encoding'), this.params.get('charset'));
    return this.decoded;
  }

  get raw(): string {
    this.written ??= join(this.lines, this.from, this.to);
    return this.written;
  }
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

/** Index of the blank line that ends the header block, or -1. */
function headerEnd(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((lines[i] ?? '').trim() === '') return i;
  return -1;
}

function join(lines: readonly string[], from: number, to: number): string {
  return lines.slice(from, Math.max(from, to)).join('\n');
}

interface Walk {
  lines: readonly string[];
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

function walkEntity(w: Walk, from: number, to: number, depth: number, inherited: string): void {
  if (w.parts.length >= MAX_PARTS) return;
  const end = headerEnd(w.lines, from, to);
  const headerTo = end < 0 ? to : end;
  const fields = readFields(w.lines.slice(from, headerTo));
  const bodyFrom = end < 0 ? to : end + 1;
  const ct = parseContentType(fieldValue(fields, 'content-type') ?? (inherited === '' ? null : inherited));
  const boundary = ct.params.get('boundary');
  if (ct.type.startsWith('multipart/') && boundary !== undefined && boundary !== '' && depth < MAX_DEPTH) {
    walkMultipart(w, bodyFrom, to, depth, boundary, ct.type === 'multipart/digest' ? 'message/rfc822' : '');
    return;
  }
  w.parts.push(new LeafPart(ct.type, ct.params, fields, w.lines, from, bodyFrom, to));
}

/**
 * The boundary the body really uses when the declared one never occurs (mangled or anonymised
 * headers): the first "--token" line that occurs at least twice.
 */
function guessBoundary(lines: readonly string[], from: number, to: number): string | null {
  const seen = new Map<string, number>();
  for (let i = from; i < to && i < from + 5000; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (!line.startsWith('--') || line.startsWith('---') || line.length < 6 || line.includes(' ')) continue;
    const token = line.endsWith('--') ? line.slice(2, -2) : line.slice(2);
    const n = (seen.get(token) ?? 0) + 1;
    if (n >= 2) return token;
    seen.set(token, n);
  }
  return null;
}

function walkMultipart(w: Walk, from: number, to: number, depth: number, declared: string, childDefault: string): void {
  let boundary = declared;
  let found = false;
  for (let i = from; i < to && !found; i++) found = delimiterKind(w.lines[i] ?? '', boundary) !== null;
  if (!found) boundary = guessBoundary(w.lines, from, to) ?? declared;
  let start = -1;
  for (let i = from; i < to; i++) {
    const kind = delimiterKind(w.lines[i] ?? '', boundary);
    if (kind === null) continue;
    if (start >= 0) walkEntity(w, start, i, depth + 1, childDefault);
    if (kind === 'close') return;
    start = i + 1;
  }
  // A missing close delimiter (truncated bounce): the last part runs to the end.
  if (start >= 0) walkEntity(w, start, to, depth + 1, childDefault);
  // RFC 2046 §5.1.1 needs at least one delimiter; a body with none (the delimiters were stripped) is
  // read the way mail readers show it: as one plain-text part.
  else w.parts.push({ type: 'text/plain', params: new Map(), fields: [], text: join(w.lines, from, to), raw: join(w.lines, from, to) });
}

/** Walk `text` (a whole message) into its top-level fields and decoded leaf parts. */
export function walkMime(text: string): WalkedMessage {
  const lines = text.split(/\r\n|\n|\r/);
  const w: Walk = { lines, parts: [] };
  const end = headerEnd(lines, 0, lines.length);
  const fields = readFields(lines.slice(0, end < 0 ? lines.length : end));
  const ct = parseContentType(fieldValue(fields, 'content-type'));
  walkEntity(w, 0, lines.length, 0, '');
  return { fields, type: ct.type, params: ct.params, parts: w.parts };
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

/** A whole message as given (an mbox "From " line skipped) walked into its MIME tree. */
export function walkMessage(raw: string): WalkedMessage {
  return walkMime(stripEnvelope(raw));
}
