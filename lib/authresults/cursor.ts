/**
 * A CFWS-aware cursor over one structured header value (RFC 5322 §3.2.2 comments and folding white
 * space, RFC 2045 §5.1 tokens, RFC 5322 §3.2.4 quoted strings). Every routine moves forward only, so
 * a whole parse is linear in the input length; comment nesting is counted, never recursed into.
 */
import { LIMITS } from '../limits';
import type { AuthResErrorCode } from './types';

export interface Cursor {
  readonly s: string;
  i: number;
}

export function cursor(s: string): Cursor {
  return { s, i: 0 };
}

export function atEnd(c: Cursor): boolean {
  return c.i >= c.s.length;
}

export function peek(c: Cursor): string {
  return c.s.charAt(c.i);
}

/** RFC 2045 §5.1 tspecials. */
const TSPECIALS = '()<>@,;:\\"/[]?=';
const TOKEN = new Uint8Array(128);
for (let ch = 33; ch < 127; ch++) TOKEN[ch] = TSPECIALS.includes(String.fromCharCode(ch)) ? 0 : 1;

/** RFC 2045 §5.1: any US-ASCII CHAR except SPACE, CTLs and tspecials. */
export function isTokenChar(code: number): boolean {
  return code < 128 && TOKEN[code] === 1;
}

export function isToken(s: string): boolean {
  if (s === '') return false;
  for (let k = 0; k < s.length; k++) if (!isTokenChar(s.charCodeAt(k))) return false;
  return true;
}

function isWsp(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** Past the quoted string that opens at s[i] (a '"'), or -1 when it does not close. */
function quotedEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const d = s.charCodeAt(j);
    if (d === 92) j++;
    else if (d === 34) return j + 1;
  }
  return -1;
}

export interface CfwsOptions {
  /**
   * Treat a closed "quoted string" inside a comment as text, so a "(" or ")" in it does not count. RFC 5322
   * §3.2.2 has no quoted strings in comments, but receivers echo the MAIL FROM into theirs verbatim
   * (Gmail: spf=pass (google.com: domain of "a(b"@example.com designates ...)).
   */
  quotedInComments?: boolean;
}

/**
 * Skip [CFWS] (RFC 5322 §3.2.2). Comment texts (outer parentheses removed) go to `comments` when given.
 * Nesting is counted up to LIMITS.maxCommentDepth.
 */
export function skipCfws(c: Cursor, comments?: string[], options: CfwsOptions = {}): AuthResErrorCode | null {
  const s = c.s;
  // Once a quote was found not to close, none after it can: later quotes are plain text (keeps this linear).
  let quotesClose = options.quotedInComments === true;
  for (;;) {
    const ch = s.charCodeAt(c.i);
    if (isWsp(ch)) {
      c.i++;
      continue;
    }
    if (ch !== 40) return null;
    const start = c.i + 1;
    let depth = 0;
    let closed = false;
    while (c.i < s.length) {
      const d = s.charCodeAt(c.i);
      if (d === 92) {
        c.i += 2;
        continue;
      }
      if (d === 34 && quotesClose) {
        const end = quotedEnd(s, c.i);
        if (end > 0) {
          c.i = end;
          continue;
        }
        quotesClose = false;
      }
      if (d === 40) {
        depth++;
        if (depth > LIMITS.maxCommentDepth) return 'authres.syntax.comment-too-deep';
      } else if (d === 41) {
        depth--;
        if (depth === 0) {
          closed = true;
          break;
        }
      }
      c.i++;
    }
    if (!closed) return 'authres.syntax.unbalanced-comment';
    comments?.push(s.slice(start, c.i));
    c.i++;
  }
}

/** Read a (possibly empty) RFC 2045 token. */
export function readToken(c: Cursor): string {
  const start = c.i;
  while (c.i < c.s.length && isTokenChar(c.s.charCodeAt(c.i))) c.i++;
  return c.s.slice(start, c.i);
}

/** Read an RFC 5322 quoted-string at the cursor (which must be on `"`), quoted-pairs undone. */
export function readQuoted(c: Cursor): { ok: true; text: string } | { ok: false; code: AuthResErrorCode } {
  const s = c.s;
  c.i++;
  let out = '';
  let from = c.i;
  while (c.i < s.length) {
    const ch = s.charCodeAt(c.i);
    if (ch === 34) {
      out += s.slice(from, c.i);
      c.i++;
      return { ok: true, text: out };
    }
    if (ch === 92) {
      out += s.slice(from, c.i);
      from = c.i + 1;
      c.i += 2;
      continue;
    }
    c.i++;
  }
  c.i = s.length;
  return { ok: false, code: 'authres.syntax.unterminated-quote' };
}

/** Read a run of anything up to white space, `;`, a comment, `)` or `"` (lenient values). */
export function readRun(c: Cursor): string {
  const start = c.i;
  while (c.i < c.s.length) {
    const ch = c.s.charCodeAt(c.i);
    if (isWsp(ch) || ch === 59 || ch === 40 || ch === 41 || ch === 34) break;
    c.i++;
  }
  return c.s.slice(start, c.i);
}

/** Move past the next `;` that is outside comments and quoted strings (lenient recovery). */
export function skipToSemicolon(c: Cursor): AuthResErrorCode | null {
  while (c.i < c.s.length) {
    const ch = c.s.charCodeAt(c.i);
    if (ch === 59) return null;
    if (ch === 40) {
      const err = skipCfws(c);
      if (err) return err;
      continue;
    }
    if (ch === 34) {
      const q = readQuoted(c);
      if (!q.ok) return q.code;
      continue;
    }
    c.i++;
  }
  return null;
}
