/**
 * Finding codes in free text: the RFC 5321 §4.2 reply code ("550") and the RFC 3463 §2 enhanced status
 * code ("5.1.1") a server wrote. A small tokenizer over runs of digits and dots, so IP addresses, dates
 * and version numbers are not taken for codes.
 */

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

/** RFC 5321 §4.2: three digits, first 2-5, second 0-5. */
export function isReplyCode(s: string): boolean {
  return /^[2-5][0-5]\d$/.test(s);
}

export interface CodesFound {
  replyCode: string | null;
  status: string | null;
}

const SCAN_CAP = 64 * 1024;

/**
 * The reply code and enhanced status code of a diagnostic. A pair written together ("550 5.1.1",
 * "550-5.1.1") wins; otherwise the first of each, the reply code's class agreeing with the status's.
 */
export function findCodes(text: string): CodesFound {
  const tokens = numberTokens(text, SCAN_CAP);
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

/** Just the first enhanced status code in `text`, or null. */
export function findStatus(text: string): string | null {
  return findCodes(text).status;
}
