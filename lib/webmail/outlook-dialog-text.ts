import { rfc822Gate } from './rfc822-gate';

/**
 * What an Outlook dialog's text is. Outlook on the web has two: "View message source" (Outlook.com and
 * the new Outlook: the whole message, Wino-Mail issue #457, 2024-10) and "View message details" (Microsoft
 * 365 work accounts: the transport headers only, OfficeDev/office-js issue #6591, 2026-03). A text that
 * passes the RFC 822 gate is the source when a body follows its header block and the title does not say
 * "details"; otherwise it is the headers only, cut at the end of the header block (RFC 5322 §2.1: the first
 * empty line), so nothing after it is ever read as a body the DKIM body hash would then fail on.
 */
export type OutlookDialogKind = 'outlook-dialog' | 'outlook-details';

export interface OutlookDialogText {
  kind: OutlookDialogKind;
  text: string;
}

/** Offset just past the header block's terminating empty line, or the text's length when it has none. */
export function headerBlockEnd(text: string): { end: number; bodyStart: number | null } {
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if ((line === '' || line === '\r') && pos > 0) return { end: pos, bodyStart: nl === -1 ? null : nl + 1 };
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { end: text.length, bodyStart: null };
}

function hasBody(text: string): boolean {
  const { bodyStart } = headerBlockEnd(text);
  return bodyStart !== null && text.slice(bodyStart, bodyStart + 65536).trim() !== '';
}

/** Titles of the headers-only dialog ("Message details", "Internet headers"), in English; other languages fall back to the text. */
const DETAILS_TITLE = /\b(?:details|internet headers|message headers)\b/i;
const SOURCE_TITLE = /\bsource\b/i;

/** Classify one dialog's text (already read from the page) given its title; null when it is not mail. */
export function classifyOutlookDialog(title: string, text: string): OutlookDialogText | null {
  if (!rfc822Gate(text).ok) return null;
  const t = title.slice(0, 200);
  const details = DETAILS_TITLE.test(t) || (!SOURCE_TITLE.test(t) && !hasBody(text));
  if (!details) return { kind: 'outlook-dialog', text };
  return { kind: 'outlook-details', text: text.slice(0, headerBlockEnd(text).end) };
}
