/**
 * The human-readable notice of a bounce: its text parts before the returned original, or the
 * whole body of a single-part message. HTML-only notices are reduced to their text.
 */
import type { MimePart, WalkedMessage } from '../mime/walk';
import { mapList } from '../list/map-list';

const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers', 'message/partial']);
const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'message/disposition-notification', 'message/global-disposition-notification']);

export function isOriginalPart(p: MimePart): boolean {
  return ORIGINAL_TYPES.has(p.type);
}

/** Fields a message's own header carries (RFC 5322 §3.6) but a MIME body part's does not. */
const MESSAGE_FIELDS = new Set(['received', 'return-path', 'from', 'date', 'message-id', 'subject', 'to', 'delivered-to']);

/**
 * A returned message pasted after the notice without a message/rfc822 wrapper: a later part whose header
 * starts with message fields. RFC 2046 §5.1: only Content-* fields mean anything in a body part, so such
 * a header (and any Content-Type in it) is the original's own, not the part's: the part is the original.
 */
export function isUnwrappedOriginal(p: MimePart, index: number): boolean {
  if (index === 0 || p.fields.length < 2 || !MESSAGE_FIELDS.has(p.fields[0]?.key ?? '')) return false;
  return p.fields.filter((f) => MESSAGE_FIELDS.has(f.key)).length >= 2;
}

/** Index of the returned original among the parts (wrapped or pasted), or -1. */
export function originalIndex(parts: readonly MimePart[]): number {
  return parts.findIndex((p, i) => isOriginalPart(p) || isUnwrappedOriginal(p, i));
}

export function isReportPart(p: MimePart): boolean {
  return REPORT_TYPES.has(p.type);
}

function isAttachment(p: MimePart): boolean {
  const disposition = p.fields.find((f) => f.key === 'content-disposition')?.value.toLowerCase() ?? '';
  return disposition.startsWith('attachment');
}

/** Tags out, a few entities decoded, block tags to line breaks. Linear scan, no regex over the body. */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, Math.min(gt, lt + 12)).toLowerCase();
    if (/^\/?(?:br|p|div|tr|li|h\d|table)\b/.test(tag)) out += '\n';
    i = gt + 1;
  }
  return out.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** True when text[a, b) has a character String.prototype.trim keeps (ASCII blanks: TAB, VT, FF, SP). */
function hasText(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c !== 9 && c !== 11 && c !== 12 && c !== 32 : !/\s/.test(text.charAt(i))) return true;
  }
  return false;
}

/** Lines that are not blank and lines that start with ">", counted without cutting the text into line strings. */
function quoteCounts(text: string): { filled: number; quoted: number } {
  const breaks = /\r\n|\n|\r/g;
  let filled = 0;
  let quoted = 0;
  for (let start = 0; ; ) {
    const m = breaks.exec(text);
    const stop = m === null ? text.length : m.index;
    if (hasText(text, start, stop)) {
      filled++;
      if (text.charCodeAt(start) === 62) quoted++;
    }
    if (m === null) return { filled, quoted };
    start = breaks.lastIndex;
  }
}

/**
 * A bounce the sender forwarded from a mail client ("Begin forwarded message:") arrives quoted, one ">"
 * a line (RFC 3676 §4.5 quote depth): when most lines are quoted, one level of quoting is taken off so
 * the notice and its delivery-status fields read as written.
 */
export function unquoteForwarded(text: string): string {
  // Counted first: most notices are not quoted, and their lines are then never made.
  const { filled, quoted } = quoteCounts(text);
  if (quoted < 5 || quoted * 2 <= filled) return text;
  return mapList(text.split(/\r\n|\n|\r/), (l) => (l.startsWith('> ') ? l.slice(2) : l.startsWith('>') ? l.slice(1) : l)).join('\n');
}

function isTextType(p: MimePart): boolean {
  return p.type === 'text/plain' || p.type === 'text/enriched' || p.type === 'text/html';
}

/**
 * False when noticeText(msg) certainly lacks the ASCII character `ch`: no text part the notice could be made of has
 * it (the notice only joins, unquotes and strips tags from those parts' texts, which adds no other character).
 */
export function noticeMayInclude(msg: WalkedMessage, ch: string): boolean {
  return msg.parts.some((p) => isTextType(p) && p.mayInclude(ch));
}

/** The readable text of `parts`: their text/plain parts, else their text/html parts reduced to text. */
function readable(parts: readonly MimePart[], attachments: boolean): string {
  const plain: string[] = [];
  const html: string[] = [];
  for (const p of parts) {
    if (isReportPart(p) || isOriginalPart(p) || (!attachments && isAttachment(p))) continue;
    if (p.type === 'text/plain' || p.type === 'text/enriched') plain.push(p.text);
    else if (p.type === 'text/html') html.push(htmlToText(p.text));
  }
  return plain.length > 0 ? plain.join('\n') : html.join('\n');
}

/**
 * Notice text: text/plain parts (else text/html) that come before the original and are not reports. When those say
 * nothing, the readable text wherever it is in the multipart bounce (RFC 2046 §5.1.3: a multipart/mixed body's parts
 * are all the message): an explanation sent as an attached text part or placed after the returned original.
 */
export function noticeText(msg: WalkedMessage): string {
  const end = originalIndex(msg.parts);
  const before = readable(end < 0 ? msg.parts : msg.parts.slice(0, end), false);
  if (before.trim() !== '') return before;
  const others = msg.parts.filter((p, i) => i !== end && !isUnwrappedOriginal(p, i));
  return readable(others, true);
}
