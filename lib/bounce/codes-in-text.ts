/**
 * Finding codes in free text: the RFC 5321 §4.2 reply code ("550") and the RFC 3463 §2 enhanced status
 * code ("5.1.1") a server wrote. A small tokenizer over runs of digits and dots, so IP addresses, dates
 * and version numbers are not taken for codes.
 */
import { isKnownHeader } from '../mime/known-headers';

interface NumberToken {
  text: string;
  start: number;
  end: number;
}

function numberTokens(text: string, cap: number): NumberToken[] {
  const out: NumberToken[] = [];
  const n = Math.min(text.length, cap);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      const isDigit = d >= 48 && d <= 57;
      const dotThenDigit = d === 46 && i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57;
      if (!isDigit && !dotThenDigit) break;
      i++;
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Characters that may not touch a code (it would be part of a word, a path or a version). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w@/=]/.test(ch);
}

function isHexOrColon(ch: string | undefined): boolean {
  return ch !== undefined && /[\da-f:]/i.test(ch);
}

/**
 * RFC 4291 §2.2: a group between colons inside a run of hex digits and colons with at least three colons
 * is part of an IPv6 address ("[2606:2800:220:6d::1]"), not a reply code. Bounded look-around.
 */
function inIpv6(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== ':' || text[end] !== ':') return false;
  let colons = 0;
  for (let i = start - 1; i >= 0 && i > start - 40 && isHexOrColon(text[i]); i--) if (text[i] === ':') colons++;
  for (let i = end; i < text.length && i < end + 40 && isHexOrColon(text[i]); i++) if (text[i] === ':') colons++;
  return colons >= 3;
}

/** RFC 3463 §2: class "." subject "." detail; class 2, 4 or 5, subject and detail 1-3 digits. */
export function isEnhancedStatus(s: string): boolean {
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(s);
}

/**
 * Reply codes that exist: RFC 5321 §4.2.2-4.2.3, RFC 4954 §6 (AUTH: 235, 432, 454, 530, 534, 535, 538), RFC 7504
 * (521, 556), RFC 1985 (ETRN: 253, 458, 459), RFC 3030 and RFC 5248's references (422, 430, 523, 524, 525, 533),
 * RFC 2645 (453), and 455/555 (RFC 5321 §4.2.2 parameters). Another three-digit number is not a reply.
 */
const REPLY_CODES = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '253', '354',
  '421', '422', '430', '432', '450', '451', '452', '453', '454', '455', '456', '458', '459',
  '500', '501', '502', '503', '504', '520', '521', '523', '524', '525', '530', '533', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556', '557',
]);

export function isReplyCode(s: string): boolean {
  return REPLY_CODES.has(s);
}

export interface CodesFound {
  replyCode: string | null;
  status: string | null;
}

const SCAN_CAP = 64 * 1024;

/** RFC 3464 §2.2-2.3 delivery-status fields: the field names whose values may carry the codes. */
const DSN_FIELDS = new Set(['status', 'diagnostic-code', 'remote-mta', 'reporting-mta', 'action', 'final-recipient', 'original-recipient', 'x-actual-recipient']);

/** A message header field (RFC 5322 §3.6, RFC 2045, RFC 2369, X- extensions) that is no delivery-status field. */
function isMessageField(name: string): boolean {
  const key = name.toLowerCase();
  if (DSN_FIELDS.has(key)) return false;
  return isKnownHeader(key) || /^(?:x|content|list|resent|arc|dkim)-/.test(key);
}

/**
 * Start and end offsets of the lines of `text` that are header fields of a quoted message ("X-Mailer: Foo 5.5.2",
 * "Message-ID: <550.1@x>"): numbers there are not the server's codes. Linear.
 */
function foreignFieldLines(text: string, cap: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < cap) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > cap) end = cap;
    const colon = text.indexOf(':', start);
    if (colon > start && colon < end && colon - start <= 60 && /^[a-z][\w-]*$/i.test(text.slice(start, colon)) && isMessageField(text.slice(start, colon))) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/**
 * The reply code and enhanced status code of a diagnostic. A pair written together ("550 5.1.1",
 * "550-5.1.1") wins; otherwise the first of each, the reply code's class agreeing with the status's.
 */
export function findCodes(text: string): CodesFound {
  const foreign = foreignFieldLines(text, Math.min(text.length, SCAN_CAP));
  // Both lists are in text order: one merge pass drops the tokens inside foreign lines.
  let f = 0;
  const tokens = numberTokens(text, SCAN_CAP).filter((t) => {
    while (f < foreign.length && (foreign[f]?.[1] ?? 0) <= t.start) f++;
    const range = foreign[f];
    return range === undefined || t.start < range[0];
  });
  const replies: NumberToken[] = [];
  const statuses: NumberToken[] = [];
  for (const t of tokens) {
    const before = text[t.start - 1];
    const after = text[t.end];
    if (isWordChar(before) || isWordChar(after) || before === '.' || (before === '-' && /[a-z]/i.test(text[t.start - 2] ?? ''))) continue;
    if (inIpv6(text, t.start, t.end)) continue;
    if (isReplyCode(t.text)) replies.push(t);
    else if (isEnhancedStatus(t.text)) statuses.push(t);
  }
  // A session transcript quotes the server's successes too ("250 2.1.5 Ok", "354"): a bounce is about
  // the refusal, so a failure pair (RFC 5321 §4.2.1 classes 4 and 5) wins over an earlier success pair.
  let success: CodesFound | null = null;
  for (const r of replies) {
    const pair = statuses.find((s) => s.start > r.end && s.start - r.end <= 2 && s.text[0] === r.text[0]);
    if (pair === undefined) continue;
    if (r.text[0] === '4' || r.text[0] === '5') return { replyCode: r.text, status: pair.text };
    success ??= { replyCode: r.text, status: pair.text };
  }
  if (success !== null && !replies.some((r) => r.text[0] === '4' || r.text[0] === '5')) return success;
  const status = statuses[0]?.text ?? null;
  const reply = (status === null ? replies[0] : replies.find((r) => r.text[0] === status[0]) ?? replies[0])?.text ?? null;
  return { replyCode: reply, status };
}

/**
 * RFC 2034 §4: an enhanced status code's class matches its reply's first digit. For a status from elsewhere (the DSN
 * Status field), the reply code written in `text` with that class, or null when the text has only other classes.
 */
export function replyOfClass(text: string, replyCode: string | null, status: string | null): string | null {
  if (replyCode === null || status === null || replyCode[0] === status[0]) return replyCode;
  const cls = status[0] ?? '';
  for (const t of numberTokens(text, SCAN_CAP)) {
    const before = text[t.start - 1];
    const after = text[t.end];
    if (t.text[0] !== cls || !isReplyCode(t.text) || isWordChar(before) || isWordChar(after) || before === '.') continue;
    return t.text;
  }
  return null;
}

/** Just the first enhanced status code in `text`, or null. */
export function findStatus(text: string): string | null {
  return findCodes(text).status;
}
