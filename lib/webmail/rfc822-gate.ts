import { LIMITS } from '../limits';

/**
 * The RFC 822 gate: does a text scraped or fetched from a webmail page look like a message source?
 * Endpoints change shape (HTML viewer instead of text, a sign-in page, an error page), so every capture
 * passes through here before it is sent to the worker. A message source is a header block (RFC 5322 §2.2:
 * fields `name: value`, continuation lines start with WSP), optionally after an mbox `From ` line, ending
 * at a blank line or the end of the text, that names its author or identity: From, Message-ID or
 * DKIM-Signature (or at least a Received trace).
 */

export type GateFailure = 'empty' | 'too-large' | 'html' | 'no-header-block' | 'no-identity-field';
export type GateResult = { ok: true; headerCount: number } | { ok: false; reason: GateFailure };

const IDENTITY = new Set(['from', 'message-id', 'dkim-signature', 'received']);
const MAX_HEADER_LINES = 20_000;

/** RFC 5322 §3.6.8: field-name = 1*ftext, ftext = %d33-57 / %d59-126. Returns the name or null. */
function fieldName(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 200) return null;
  for (let i = 0; i < colon; i++) {
    const c = line.charCodeAt(i);
    if (c < 33 || c > 126) {
      // Tolerate whitespace before the colon (RFC 5322 §4.5.4 obsolete syntax: `Subject :`).
      if ((c === 32 || c === 9) && line.slice(i, colon).trim() === '' && i > 0) return line.slice(0, i).toLowerCase();
      return null;
    }
  }
  return line.slice(0, colon).toLowerCase();
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && i < 4096 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n' || text[i] === '\uFEFF')) i++;
  return i;
}

export function rfc822Gate(text: string, maxChars: number = LIMITS.maxInputChars): GateResult {
  if (text.length > maxChars) return { ok: false, reason: 'too-large' };
  const start = firstNonSpace(text);
  if (start >= text.length) return { ok: false, reason: 'empty' };
  if (text[start] === '<') return { ok: false, reason: 'html' };
  let pos = start;
  let lines = 0;
  let count = 0;
  let identity = false;
  while (pos < text.length && lines < MAX_HEADER_LINES) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let line = text.slice(pos, Math.min(nl, pos + 4096));
    if (line.endsWith('\r')) line = line.slice(0, -1);
    pos = nl + 1;
    lines++;
    if (line === '') break; // end of the header block
    if (lines === 1 && line.startsWith('From ')) continue; // mbox separator (RFC 4155)
    if (line[0] === ' ' || line[0] === '\t') {
      if (count === 0) return { ok: false, reason: 'no-header-block' };
      continue;
    }
    const name = fieldName(line);
    if (name === null) {
      // After a field, a line that is no field (nor markup) is a folded line that lost its indentation (text
      // shown as rendered HTML collapses leading white space); the header splitter re-joins it and says so.
      if (count >= 1 && !line.trimStart().startsWith('<')) continue;
      return { ok: false, reason: count === 0 && line.trimStart().startsWith('<') ? 'html' : 'no-header-block' };
    }
    count++;
    if (IDENTITY.has(name)) identity = true;
  }
  if (count < 2) return { ok: false, reason: 'no-header-block' };
  if (!identity) return { ok: false, reason: 'no-identity-field' };
  return { ok: true, headerCount: count };
}
