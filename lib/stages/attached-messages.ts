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
