/**
 * RFC 8601 §2.2 resinfo after its `;`: methodspec [reasonspec] *propspec. Leaves the cursor on the
 * next `;` or at the end. Returns null when lenient mode skipped a resinfo it could not read.
 */
import { atEnd, peek, readQuoted, readRun, readToken, skipCfws, skipToSemicolon } from './cursor';
import { deviate, fail, type Failure, type ParseState } from './parse-state';
import { isKeyword, isPvalue } from './value-syntax';
import { checkResult } from './vocabulary';
import type { AuthResProperty, ResInfo } from './types';
import { isToken } from './cursor';

function cfws(st: ParseState, comments: string[]): Failure | null {
  const at = st.c.i;
  const kept = comments.length;
  const err = skipCfws(st.c, comments);
  if (err !== 'authres.syntax.unbalanced-comment' || !st.opts.lenient) return err ? fail(st, err) : null;
  // A "(" inside a quoted address the receiver echoed into its comment: read the quoted text as text.
  st.c.i = at;
  comments.length = kept;
  const again = skipCfws(st.c, comments, { quotedInComments: true });
  if (again) return fail(st, again);
  return deviate(st, 'authres.lenient.quoted-paren', 'authres.syntax.unbalanced-comment', at);
}

function keyword(st: ParseState, word: string, at: number): Failure | null {
  return isKeyword(word) ? null : deviate(st, 'authres.lenient.keyword-chars', 'authres.syntax.bad-keyword', at);
}

/** Skip the rest of a broken resinfo (lenient), or fail (strict). */
function stray(st: ParseState, strictCode: Parameters<typeof deviate>[2]): Failure | null {
  const f = deviate(st, 'authres.lenient.stray-text', strictCode);
  if (f) return f;
  const err = skipToSemicolon(st.c);
  return err ? fail(st, err) : null;
}

/** RFC 8601 §2.2 `value` (token / quoted-string) for reasonspec; leniently any run. */
function readValue(st: ParseState): string | Failure {
  const c = st.c;
  if (peek(c) === '"') {
    const q = readQuoted(c);
    return q.ok ? q.text : fail(st, q.code);
  }
  const at = c.i;
  const run = readRun(c);
  if (run === '') return fail(st, 'authres.syntax.expected-value');
  if (!isToken(run)) {
    const f = deviate(st, 'authres.lenient.unquoted-value', 'authres.syntax.bad-value', at);
    if (f) return f;
  }
  return run;
}

/** RFC 8601 §2.2 pvalue = [CFWS] ( value / [ [ local-part ] "@" ] domain-name ) [CFWS]. */
function readPvalue(st: ParseState, comments: string[]): string | Failure {
  const c = st.c;
  const e = cfws(st, comments);
  if (e) return e;
  if (peek(c) === '"') {
    const q = readQuoted(c);
    if (!q.ok) return fail(st, q.code);
    // A quoted local-part followed by @domain.
    if (peek(c) === '@') return q.text + readRun(c);
    return q.text;
  }
  const at = c.i;
  const run = readRun(c);
  if (run === '') {
    const f = deviate(st, 'authres.lenient.empty-value', 'authres.syntax.expected-value', at);
    return f ?? '';
  }
  if (!isPvalue(run, st.opts.internationalized || st.opts.lenient)) {
    const f = deviate(st, 'authres.lenient.unquoted-value', 'authres.syntax.bad-value', at);
    if (f) return f;
  }
  return run;
}

/** ptype and property, from `ptype.property`, `ptype . property` or a bare `name` (ptype ''). */
function readPropName(st: ParseState, word: string, comments: string[]): { ptype: string; property: string } | Failure {
  const c = st.c;
  const dot = word.indexOf('.');
  if (dot > 0 && dot < word.length - 1) return { ptype: word.slice(0, dot), property: word.slice(dot + 1) };
  const ptype = dot > 0 ? word.slice(0, dot) : word;
  if (dot < 0) {
    const e = cfws(st, comments);
    if (e) return e;
    if (peek(c) !== '.') return { ptype: '', property: word };
    const t = readToken(c);
    if (t !== '.') return { ptype, property: t.slice(1) };
  }
  const e = cfws(st, comments);
  if (e) return e;
  const property = readToken(c);
  if (property === '') return fail(st, 'authres.syntax.bad-keyword');
  return { ptype, property };
}

export function parseResinfoBody(st: ParseState): ResInfo | null | Failure {
  const c = st.c;
  const comments: string[] = [];
  const methodAt = c.i;
  const method = readToken(c);
  if (method === '') {
    if (peek(c) === ')') return fail(st, 'authres.syntax.unbalanced-comment');
    return stray(st, 'authres.syntax.expected-method');
  }
  const kf = keyword(st, method, methodAt);
  if (kf) return kf;
  let e = cfws(st, comments);
  if (e) return e;
  let methodVersion = 1;
  if (peek(c) === '/') {
    c.i++;
    e = cfws(st, comments);
    if (e) return e;
    const v = readToken(c);
    if (!/^\d{1,9}$/.test(v)) return fail(st, 'authres.syntax.bad-version');
    methodVersion = Number(v);
    e = cfws(st, comments);
    if (e) return e;
  }
  if (peek(c) !== '=') return stray(st, 'authres.syntax.expected-equals');
  c.i++;
  e = cfws(st, comments);
  if (e) return e;
  const resultAt = c.i;
  const written = readToken(c);
  if (written === '') return stray(st, 'authres.syntax.expected-result');
  const rk = keyword(st, written, resultAt);
  if (rk) return rk;
  const lowerMethod = method.toLowerCase();
  const check = checkResult(lowerMethod, written);
  if (check === 'unknown') {
    const f = deviate(st, 'authres.lenient.unknown-result', 'authres.result.unknown', resultAt);
    if (f) return f;
  } else if (check === 'case') {
    const f = deviate(st, 'authres.lenient.result-case', 'authres.result.unknown', resultAt);
    if (f) return f;
  }
  const info: ResInfo = { method: lowerMethod, methodVersion, result: written.toLowerCase(), reason: null, properties: [], comments };
  for (;;) {
    e = cfws(st, comments);
    if (e) return e;
    if (atEnd(c) || peek(c) === ';') return info;
    const wordAt = c.i;
    const word = readToken(c);
    if (word === '') {
      if (peek(c) === ')') return fail(st, 'authres.syntax.unbalanced-comment');
      const f = deviate(st, 'authres.lenient.stray-text', 'authres.syntax.unexpected', wordAt);
      if (f) return f;
      if (peek(c) === '"') {
        const q = readQuoted(c);
        if (!q.ok) return fail(st, q.code);
      } else if (readRun(c) === '') c.i++;
      continue;
    }
    const save = c.i;
    e = cfws(st, comments);
    if (e) return e;
    // RFC 8601 §2.2 reasonspec, before any propspec (leniently anywhere, once).
    if (word.toLowerCase() === 'reason' && peek(c) === '=' && info.reason === null && (info.properties.length === 0 || st.opts.lenient)) {
      c.i++;
      e = cfws(st, comments);
      if (e) return e;
      const v = readValue(st);
      if (typeof v !== 'string') return v;
      info.reason = v;
      continue;
    }
    c.i = save;
    const name = readPropName(st, word, comments);
    if ('ok' in name) return name;
    if (name.ptype === '') {
      e = cfws(st, comments);
      if (e) return e;
      if (peek(c) !== '=') {
        if (peek(c) === ')') return fail(st, 'authres.syntax.unbalanced-comment');
        const f = deviate(st, 'authres.lenient.stray-text', 'authres.syntax.unexpected', wordAt);
        if (f) return f;
        continue;
      }
      const f = deviate(st, 'authres.lenient.bare-property', 'authres.syntax.bare-property', wordAt);
      if (f) return f;
    } else {
      const k1 = keyword(st, name.ptype, wordAt) ?? keyword(st, name.property, wordAt);
      if (k1) return k1;
      e = cfws(st, comments);
      if (e) return e;
      if (peek(c) !== '=') return stray(st, 'authres.syntax.expected-equals');
    }
    c.i++;
    const v = readPvalue(st, comments);
    if (typeof v !== 'string') return v;
    const prop: AuthResProperty = { ptype: name.ptype.toLowerCase(), property: name.property, value: v };
    info.properties.push(prop);
  }
}
