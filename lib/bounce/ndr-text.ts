/**
 * Free-text NDRs (no machine-readable delivery-status part): find each failed recipient and the words
 * the remote server or the generator wrote about it. One reader for the common layouts:
 *   Postfix  "<rcpt>: host mx said: 550 ..."           qmail   "<rcpt>:" then lines, blank line
 *   Exim     "  rcpt" then indented "host ...: 550 ..."  Gmail   "rcpt" alone, then a paragraph
 *   Sendmail "<rcpt>" then "(reason: 550 ...)", or ">>> RCPT To:<rcpt>" / "<<< 550 ..." transcripts
 * A recipient line is a line that starts with an address (after "<", "RCPT To:" or "Recipient:").
 */
import { looksLikeAddress, tokenAt } from './address-token';
import { findCodes } from './codes-in-text';

export interface TextRecipient {
  address: string;
  diagnostic: string;
}

const MAX_LINES = 4000;
const MAX_BLOCK_LINES = 24;

/** Prefixes that may stand before a recipient address on its line. */
const LEADERS = [
  '>>> rcpt to:', 'rcpt to:', 'recipient address:', 'recipient:', 'original recipient:', 'failed recipient:',
  'could not be delivered to:',
];

/** Lines that mark the start of the returned original: the notice ends before them. */
const ORIGINAL_MARKERS = [
  'this is a copy of the message', 'below this line is a copy', 'original message', 'message headers follow',
  'unsent message follows', 'returned message', 'enclosed is a copy', 'text of the message follows',
  'headers of your message', 'your message reads', 'the header of the original', 'original mail',
  'content-type: message/rfc822', 'content-type: text/rfc822-headers', 'message header follows',
  'following is a copy', 'copy of the original', 'below is a copy', 'original message follows', 'included below',
];

export function noticeLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/, MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim().toLowerCase();
    const bare = t.replace(/^[\s\-=_*|>]+/, '');
    if (t.length > 8 && t.length < 100 && ORIGINAL_MARKERS.some((m) => bare.startsWith(m) || (bare !== t && t.includes(m)))) {
      return lines.slice(0, i);
    }
    if (t.startsWith('content-type: message/rfc822') || t.startsWith('content-type: text/rfc822-headers')) return lines.slice(0, i);
  }
  return lines;
}

/** The address a line starts with, and the rest of the line; null when it does not start with one. */
export function leadingAddress(line: string): { address: string; rest: string } | null {
  let s = line.trim();
  // Sendmail transcripts: "554 <rcpt>... 550 Host unknown": the reply code stands before the address.
  const code = /^[245]\d\d[ -]</.test(s) ? s.slice(0, 3) : '';
  if (code !== '') s = s.slice(4);
  const lower = s.toLowerCase();
  for (const lead of LEADERS) {
    if (lower.startsWith(lead)) {
      s = s.slice(lead.length).trim();
      break;
    }
  }
  const bracket = s.startsWith('<') || s.startsWith('"');
  if (bracket) s = s.slice(1);
  const { token, end } = tokenAt(s, 0);
  const address = token.replace(/^(?:mailto|rfc822|smtp):/i, '');
  if (!looksLikeAddress(address)) return null;
  let rest = s.slice(end);
  if (bracket && (rest.startsWith('>') || rest.startsWith('"'))) rest = rest.slice(1);
  rest = rest.trim();
  rest = rest.replace(/^[:.\s]+/, '');
  return { address, rest: code === '' || /^[245]\d\d\b/.test(rest) ? rest : `${code} ${rest}` };
}

/** Lines after a recipient line that belong to it: until the next recipient or the end of its paragraph. */
function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

function blockAfter(lines: readonly string[], from: number, restOfLine: string, address: string): { text: string; next: number } {
  const ownIndent = indentOf(lines[from - 1] ?? '');
  const taken: string[] = restOfLine === '' ? [] : [restOfLine];
  let i = from;
  let seenBlank = false;
  for (; i < lines.length && taken.length < MAX_BLOCK_LINES; i++) {
    const line = lines[i] ?? '';
    // A more deeply indented line right after ours continues it (Postfix folds "<rcpt>... User unknown").
    const continues = !seenBlank && taken.length > 0 && indentOf(line) > ownIndent;
    // Postfix wraps "<rcpt>: host X said: 550 5.2.1" / "<rcpt>... User Unknown (in reply to RCPT TO command)":
    // the same address again on the next line, before any blank line, continues the same report.
    const lead = continues ? null : leadingAddress(line);
    const sameAgain = lead !== null && !seenBlank && taken.length > 0 && lead.address.toLowerCase() === address.toLowerCase();
    if (lead !== null && !sameAgain) break;
    if (line.trim() === '') {
      seenBlank = true;
      continue;
    }
    if (seenBlank && taken.length > 0) {
      // A new paragraph belongs here only when what we have holds no code yet and it is indented or explains.
      const codes = findCodes(taken.join(' '));
      if (codes.replyCode !== null || codes.status !== null) break;
      if (!/^\s/.test(line) && !/details|error|reason|said|diagnostic/i.test(taken.join(' ') + line)) break;
    }
    seenBlank = false;
    taken.push(line.trim());
  }
  return { text: taken.join('\n'), next: i };
}

/** Recipients found in the notice text, each with its block of text; duplicates merged in order. */
export function readTextRecipients(notice: readonly string[]): TextRecipient[] {
  const byAddress = new Map<string, TextRecipient>();
  for (let i = 0; i < notice.length; i++) {
    const hit = leadingAddress(notice[i] ?? '');
    if (hit === null) continue;
    const block = blockAfter(notice, i + 1, hit.rest, hit.address);
    const key = hit.address.toLowerCase();
    const seen = byAddress.get(key);
    if (seen === undefined) byAddress.set(key, { address: hit.address, diagnostic: block.text });
    else if (findCodes(seen.diagnostic).replyCode === null && block.text !== '') {
      seen.diagnostic = seen.diagnostic === '' ? block.text : `${seen.diagnostic}\n${block.text}`;
    }
    i = block.next - 1;
  }
  return [...byAddress.values()];
}

/** RFC 5321 §4.2: a line that is a server reply ("550 - Requested action not taken: ..."). */
function isReplyLine(line: string): boolean {
  return /^[245]\d\d(?:[ -]|$)/.test(line.trim());
}

/**
 * The server's reply a notice quotes on a line of its own, for a recipient whose own block holds no
 * code (Verizon/Apache James "Error message below: 550 - ..."). Null when the notice quotes none.
 */
export function quotedReply(notice: readonly string[]): string | null {
  const line = notice.find(isReplyLine);
  return line === undefined ? null : line.trim();
}

/**
 * Exim's block for a file or pipe recipient ("save to /path", "|command"): the lines under
 * "The following address(es) failed:", up to the next blank line, without the address line itself.
 */
export function failedBlock(notice: readonly string[]): string | null {
  const at = notice.findIndex((l) => l.toLowerCase().includes('following address(es) failed'));
  if (at < 0) return null;
  const out: string[] = [];
  for (let i = at + 1; i < notice.length && out.length < MAX_BLOCK_LINES; i++) {
    const t = (notice[i] ?? '').trim();
    if (t === '') {
      if (out.length > 0) break;
      continue;
    }
    out.push(t);
  }
  return out.length > 1 ? out.slice(1).join('\n') : null;
}
