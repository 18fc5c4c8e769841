import type { WalkedMessage } from '../mime/walk';
import { fieldValue } from '../mime/part-headers';

/** Analysts forward suspicious mail as an attachment: at most this many attached messages are analysed. */
export const MAX_ATTACHED = 5;

export interface AttachedRaw {
  filename: string | null;
  raw: string;
}

function filenameOf(disposition: string | null, type: string | null): string | null {
  const m = /\b(?:file)?name\*?="?([^";]{1,200})/i.exec(`${disposition ?? ''};${type ?? ''}`);
  return m?.[1]?.trim() ?? null;
}

/**
 * Messages attached to this one (RFC 2046 §5.2.1 message/rfc822, or an .eml file sent as application/octet-stream),
 * as text, for the orchestrator to analyse on their own.
 */
export function attachedMessages(walked: WalkedMessage): AttachedRaw[] {
  if (!walked.type.startsWith('multipart/')) return [];
  const out: AttachedRaw[] = [];
  for (const part of walked.parts) {
    if (out.length >= MAX_ATTACHED) break;
    const filename = filenameOf(fieldValue(part.fields, 'content-disposition'), fieldValue(part.fields, 'content-type'));
    const isEml = part.type === 'message/rfc822' || (part.type === 'application/octet-stream' && filename !== null && /\.eml$/i.test(filename));
    if (isEml && part.text.trim() !== '') out.push({ filename, raw: part.text });
  }
  return out;
}

/** A forward's own words fit in this many characters ("Is this one real? Forwarding as attachment."). */
export const SHORT_FORWARD_CHARS = 1000;

/** Visible characters of an HTML text, tags skipped (a linear scan, no regex over hostile input). */
function htmlTextLength(html: string): number {
  let n = 0;
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3c) inTag = true;
    else if (c === 0x3e) inTag = false;
    else if (!inTag && c > 0x20) n++;
  }
  return n;
}

/** The outer message's own text (its text parts, attachments left out) is short: the reader's question is about the attachment. */
export function isShortForward(walked: WalkedMessage): boolean {
  let plain = 0;
  let html = 0;
  for (const part of walked.parts) {
    const disposition = fieldValue(part.fields, 'content-disposition') ?? '';
    if (/^\s*attachment/i.test(disposition)) continue;
    if (part.type === 'text/plain') plain += part.text.trim().length;
    else if (part.type === 'text/html') html += htmlTextLength(part.text);
  }
  return (plain > 0 ? plain : html) <= SHORT_FORWARD_CHARS;
}
