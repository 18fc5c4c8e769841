/**
 * RFC 8601 §2.2 Authentication-Results parser (header value only, unfolded). Strict mode follows the
 * ABNF; lenient mode also accepts the breakage seen in the wild (Microsoft's form without an
 * authserv-id, bare `action=`, unquoted URLs and base64, trailing `;`, unknown results) and records
 * each as a named Leniency. Total: bad input returns `{ ok: false, code, at }`.
 */
import { atEnd, peek, readQuoted, readRun, readToken, skipCfws, skipToSemicolon } from './cursor';
import { deviate, fail, newState, type Failure, type ParseState } from './parse-state';
import { parseResinfoBody } from './parse-resinfo';
import type { AuthResults, ParseOptions, ParseOutcome, ResInfo } from './types';

/** Beyond this an A-R value is not parsed (real ones are under 4 KB). */
export const MAX_AUTHRES_CHARS = 64 * 1024;

export const STRICT: ParseOptions = { lenient: false, internationalized: false };
export const LENIENT: ParseOptions = { lenient: true, internationalized: true };

function hasNonAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return true;
  return false;
}

/** RFC 8601 §2.2 authserv-id = value (token / quoted-string), then optional authres-version. */
function readAuthservId(st: ParseState): { id: string; method: boolean } | Failure {
  const c = st.c;
  const start = c.i;
  if (peek(c) === '"') {
    const q = readQuoted(c);
    return q.ok ? { id: q.text, method: false } : fail(st, q.code);
  }
  let id = readToken(c);
  const next = c.s.charCodeAt(c.i);
  if (next > 127) {
    // RFC 8601 §2.2 + RFC 6532: a U-label authserv-id must be quoted.
    const f = deviate(st, 'authres.lenient.utf8', 'authres.syntax.non-ascii');
    if (f) return f;
    id += readRun(c);
  } else if (id === '' && peek(c) === ';') {
    const f = deviate(st, 'authres.lenient.no-authserv-id', 'authres.syntax.missing-authserv-id');
    return f ?? { id: '', method: false };
  } else if (!atEnd(c) && !isSeparator(next)) {
    // Not a token (e.g. a `/` or `:` inside the id).
    if (next === 61 || next === 47) {
      c.i = start;
      return { id, method: true };
    }
    const f = deviate(st, 'authres.lenient.unquoted-value', 'authres.syntax.bad-value');
    if (f) return f;
    id += readRun(c);
  }
  if (id === '') return fail(st, 'authres.syntax.missing-authserv-id');
  const save = c.i;
  const err = skipCfws(c);
  if (err) return fail(st, err);
  // Microsoft writes `spf=pass ...` with no authserv-id: the first word is a method.
  if (peek(c) === '=' || peek(c) === '/') {
    c.i = start;
    return { id, method: true };
  }
  c.i = save;
  return { id, method: false };
}

function isSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 59 || code === 40;
}

function parseVersion(st: ParseState): number | Failure {
  const c = st.c;
  const err = skipCfws(c);
  if (err) return fail(st, err);
  const code = c.s.charCodeAt(c.i);
  if (!(code >= 48 && code <= 57)) return 1;
  const digits = readToken(c);
  if (!/^\d{1,9}$/.test(digits)) return fail(st, 'authres.syntax.bad-version');
  return Number(digits);
}

export function parseAuthResults(value: string, opts: ParseOptions = LENIENT): ParseOutcome<AuthResults> {
  if (value.length > MAX_AUTHRES_CHARS) return { ok: false, code: 'authres.too-long', at: MAX_AUTHRES_CHARS };
  const st = newState(value, opts);
  return parsePayload(st);
}

/** RFC 8601 §2.2 authres-payload, from the cursor to the end. Shared with ARC-Authentication-Results. */
export function parsePayload(st: ParseState): ParseOutcome<AuthResults> {
  const c = st.c;
  if (!st.opts.internationalized && hasNonAscii(c.s)) {
    const f = deviate(st, 'authres.lenient.utf8', 'authres.syntax.non-ascii', 0);
    if (f) return f;
  }
  const err = skipCfws(c);
  if (err) return fail(st, err);
  if (atEnd(c)) return fail(st, 'authres.syntax.empty');
  const idr = readAuthservId(st);
  if ('ok' in idr) return idr;
  let authservId = idr.id;
  let version = 1;
  const resinfo: ResInfo[] = [];
  let missingSemicolon = false;
  if (idr.method) {
    const f = deviate(st, 'authres.lenient.no-authserv-id', 'authres.syntax.missing-authserv-id');
    if (f) return f;
    authservId = '';
  } else {
    const v = parseVersion(st);
    if (typeof v !== 'number') return v;
    version = v;
    const e2 = skipCfws(c);
    if (e2) return fail(st, e2);
    if (atEnd(c)) {
      const f = deviate(st, 'authres.lenient.no-results', 'authres.syntax.expected-semicolon');
      return f ?? { ok: true, value: { authservId, version, resinfo, leniencies: st.leniencies } };
    }
    if (peek(c) !== ';') {
      if (peek(c) === ')') return fail(st, 'authres.syntax.unbalanced-comment');
      if (startsResinfo(st)) {
        const f = deviate(st, 'authres.lenient.missing-semicolon', 'authres.syntax.expected-semicolon');
        if (f) return f;
        missingSemicolon = true;
      }
    }
    if (peek(c) !== ';' && !missingSemicolon) {
      const f = deviate(st, 'authres.lenient.stray-text', 'authres.syntax.expected-semicolon');
      if (f) return f;
      const e3 = skipToSemicolon(c);
      if (e3) return fail(st, e3);
      if (atEnd(c)) return { ok: true, value: { authservId, version, resinfo, leniencies: st.leniencies } };
    }
  }
  let first = true;
  for (;;) {
    if (!(first && (idr.method || missingSemicolon))) {
      // At a `;` (or the end).
      if (atEnd(c)) break;
      c.i++;
      const e = skipCfws(c);
      if (e) return fail(st, e);
      if (atEnd(c)) {
        const f = deviate(st, 'authres.lenient.trailing-semicolon', 'authres.syntax.trailing-semicolon');
        if (f) return f;
        break;
      }
      if (peek(c) === ';') {
        const f = deviate(st, 'authres.lenient.empty-resinfo', 'authres.syntax.expected-method');
        if (f) return f;
        continue;
      }
      // RFC 8601 §2.2 no-result: `; none` alone.
      if (first && isNone(st)) return { ok: true, value: { authservId, version, resinfo, leniencies: st.leniencies } };
    }
    first = false;
    const r = parseResinfoBody(st);
    if (r !== null && 'ok' in r) return r;
    if (r !== null) resinfo.push(r);
    if (atEnd(c)) break;
  }
  return { ok: true, value: { authservId, version, resinfo, leniencies: st.leniencies } };
}

/** A Keyword followed by `=` or `/` at the cursor (the cursor does not move). */
function startsResinfo(st: ParseState): boolean {
  const c = st.c;
  const save = c.i;
  const word = readToken(c);
  const ok = word !== '' && skipCfws(c) === null && (peek(c) === '=' || peek(c) === '/');
  c.i = save;
  return ok;
}

/** `none` followed only by CFWS (and, leniently, a trailing `;`). */
function isNone(st: ParseState): boolean {
  const c = st.c;
  const save = c.i;
  const word = readToken(c);
  if (word.toLowerCase() === 'none' && skipCfws(c) === null) {
    if (atEnd(c)) return true;
    if (st.opts.lenient && peek(c) === ';') {
      c.i++;
      if (skipCfws(c) === null && atEnd(c)) return true;
    }
  }
  c.i = save;
  return false;
}

