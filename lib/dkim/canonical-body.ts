/**
 * RFC 6376 §3.4.3 / §3.4.4 body canonicalisation, straight from the body text into one exactly sized
 * Uint8Array. WebCrypto's digest is one-shot, so the canonical body must exist once in memory.
 * The text is not walked line by line: String indexOf finds the few places that change (a lone LF, a
 * WSP run that is not one SP inside a line) and everything between is copied as one span (body-writer.ts).
 * A lone LF ends a line like CRLF (pasted text lost its CRs); a lone CR ends one only in a text
 * without any LF (see text-bytes.ts crEndsLines).
 */
import { bodyWriter, type BodyWriter } from './body-writer';
import type { ByteForm } from './text-bytes';
import type { Canonicalization } from './types';

const TAB = 9;
const LF = 10;
const CR = 13;
const SP = 32;

function isWsp(c: number): boolean {
  return c === SP || c === TAB;
}

/** Next index of ch at or after `from`, or s.length. */
function find(s: string, ch: string, from: number): number {
  const k = s.indexOf(ch, from);
  return k < 0 ? s.length : k;
}

/** Bytes canonicalisation adds: a CR before each lone LF, or with CR line breaks an LF after each CR. */
function addedBreakBytes(s: string, crBreaks: boolean): number {
  let k = 0;
  if (crBreaks) {
    for (let p = s.indexOf('\r'); p >= 0; p = s.indexOf('\r', p + 1)) k++;
    return k;
  }
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) if (p === 0 || s.charCodeAt(p - 1) !== CR) k++;
  return k;
}

/** Does a line end at q (a WSP run ending at q is then trailing)? With LF breaks, CRLF or LF; else CR. */
function lineEndsAt(s: string, q: number, crBreaks: boolean): boolean {
  if (q >= s.length) return true;
  const c = s.charCodeAt(q);
  if (crBreaks) return c === CR;
  return c === LF || (c === CR && s.charCodeAt(q + 1) === LF);
}

/**
 * Write every line with CRLF line ends; relaxed: RFC 6376 §3.4.4 (b) WSP runs become one SP, WSP at
 * the end of a line goes. Empty lines at the end are left to finish(). `fixBreaks`: some line break
 * needs a byte added (else line breaks are not even looked at).
 */
function scan(s: string, relaxed: boolean, crBreaks: boolean, fixBreaks: boolean, out: BodyWriter): void {
  const n = s.length;
  const brk = crBreaks ? '\r' : '\n';
  let nextBrk = fixBreaks ? find(s, brk, 0) : n;
  let nextSp = relaxed ? find(s, ' ', 0) : n;
  let nextTab = relaxed ? find(s, '\t', 0) : n;
  // s[0, i) is written.
  let i = 0;
  for (;;) {
    const p = Math.min(nextBrk, nextSp, nextTab);
    if (p >= n) break;
    if (p === nextBrk) {
      nextBrk = find(s, brk, p + 1);
      if (crBreaks) {
        out.copy(i, p + 1);
        out.byte(LF);
        i = p + 1;
      } else if (p === 0 || s.charCodeAt(p - 1) !== CR) {
        out.copy(i, p);
        out.byte(CR);
        i = p;
      }
      continue;
    }
    // A WSP run [p, q): nothing before p in it, since earlier WSP was found first.
    let q = p + 1;
    while (q < n && isWsp(s.charCodeAt(q))) q++;
    if (nextSp < q) nextSp = find(s, ' ', q);
    if (nextTab < q) nextTab = find(s, '\t', q);
    if (lineEndsAt(s, q, crBreaks)) {
      out.copy(i, p);
      i = q;
    } else if (q > p + 1 || s.charCodeAt(p) === TAB) {
      out.copy(i, p);
      out.byte(SP);
      i = q;
    }
  }
  out.copy(i, n);
}

function endsWithEmptyLine(b: Uint8Array, w: number): boolean {
  return w >= 4 && b[w - 1] === LF && b[w - 2] === CR && b[w - 3] === LF && b[w - 4] === CR;
}

/**
 * The last line ends with CRLF even without a break in the text; RFC 6376 §3.4.3 / §3.4.4 (c) empty lines
 * at the end go; an empty simple body is one CRLF, an empty relaxed body stays empty.
 * Every line written ends in CRLF and no line's content ends in CRLF (it holds no LF, or with CR breaks no CR),
 * so "ends with CRLF CRLF" means "the last line is empty", and "just CRLF" means "one empty line".
 */
function finish(s: string, simple: boolean, crBreaks: boolean, out: BodyWriter): Uint8Array<ArrayBuffer> {
  let b = out.buf;
  let w = out.pos;
  const n = s.length;
  if (n > 0 && s.charCodeAt(n - 1) !== (crBreaks ? CR : LF)) {
    if (w + 2 > b.length) {
      const bigger = new Uint8Array(w + 2);
      bigger.set(b.subarray(0, w));
      b = bigger;
    }
    b[w++] = CR;
    b[w++] = LF;
  }
  while (endsWithEmptyLine(b, w)) w -= 2;
  if (w === 2) w = 0;
  if (w === 0) return simple ? Uint8Array.of(CR, LF) : new Uint8Array(0);
  return w === b.length ? b : b.slice(0, w);
}

/** The canonical body bytes. */
export function canonicalBody(body: string, mode: Canonicalization, form: ByteForm, crBreaks: boolean): Uint8Array<ArrayBuffer> {
  const added = addedBreakBytes(body, crBreaks);
  const out = bodyWriter(body, form, added);
  scan(body, mode === 'relaxed', crBreaks, added > 0, out);
  return finish(body, mode === 'simple', crBreaks, out);
}
