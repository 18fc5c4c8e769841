/**
 * RFC 7208 §9.1 Received-SPF:
 *   result [FWS] [comment] [FWS] [key-value-list]
 *   key-value-pair = key [CFWS] "=" ( dot-atom / quoted-string ); keys client-ip, envelope-from, helo,
 *   problem, receiver, identity, mechanism, and extensions.
 * The first word of the comment, when it ends in ':', names the receiver (the common
 * "(google.com: domain of ...)" form).
 */
import { atEnd, peek, readQuoted, readRun, readToken, skipCfws, cursor } from './cursor';

const RESULTS = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror'];

export interface ReceivedSpf {
  /** RFC 7208 §2.6 result, lower-cased. */
  result: string;
  comment: string | null;
  /** Receiver named by the comment's leading "host:" or by receiver=. */
  receiver: string | null;
  /** Keys lower-cased; a Map so hostile keys such as __proto__ stay data. */
  pairs: Map<string, string>;
  /** A deviation we accepted (non-RFC result word such as RFC 4408 "Pass" casing is not one). */
  notes: string[];
}

export type ReceivedSpfOutcome = { ok: true; value: ReceivedSpf } | { ok: false; code: 'spf.received.empty' | 'spf.received.unknown-result' | 'spf.received.bad-syntax' | 'spf.received.too-long'; at: number };

export function parseReceivedSpf(value: string): ReceivedSpfOutcome {
  if (value.length > 64 * 1024) return { ok: false, code: 'spf.received.too-long', at: 0 };
  const c = cursor(value);
  if (skipCfws(c) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
  if (atEnd(c)) return { ok: false, code: 'spf.received.empty', at: 0 };
  const word = readToken(c).toLowerCase();
  // RFC 4408 allowed "hardfail"-style and capitalised words; only the RFC 7208 §2.6 names are results.
  if (!RESULTS.includes(word)) return { ok: false, code: 'spf.received.unknown-result', at: 0 };
  const comments: string[] = [];
  if (skipCfws(c, comments) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
  const notes: string[] = [];
  const pairs = new Map<string, string>();
  while (!atEnd(c)) {
    const keyAt = c.i;
    const key = readToken(c).toLowerCase();
    if (skipCfws(c, comments) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
    if (key === '' || peek(c) !== '=') {
      // Stray text: skip one run and note it.
      if (key === '') readRun(c);
      if (c.i === keyAt) c.i++;
      if (!notes.includes('stray-text')) notes.push('stray-text');
      if (skipCfws(c, comments) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
      continue;
    }
    c.i++;
    if (skipCfws(c, comments) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
    let v: string;
    if (peek(c) === '"') {
      const q = readQuoted(c);
      if (!q.ok) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
      v = q.text;
    } else {
      v = readRun(c);
    }
    if (!pairs.has(key)) pairs.set(key, v);
    if (skipCfws(c, comments) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
    if (peek(c) === ';') c.i++;
    if (skipCfws(c, comments) !== null) return { ok: false, code: 'spf.received.bad-syntax', at: c.i };
  }
  const comment = comments[0] ?? null;
  return { ok: true, value: { result: word, comment, receiver: pairs.get('receiver') ?? receiverFromComment(comment), pairs, notes } };
}

function receiverFromComment(comment: string | null): string | null {
  if (comment === null) return null;
  const colon = comment.indexOf(':');
  if (colon <= 0) return null;
  const host = comment.slice(0, colon).trim();
  return /^[\w.-]+$/.test(host) ? host.toLowerCase() : null;
}
