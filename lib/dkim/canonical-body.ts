/**
 * RFC 6376 §3.4.3 / §3.4.4 body canonicalisation, straight from the body text into one exactly sized
 * Uint8Array: a counting pass, then a writing pass with the same code. WebCrypto's digest is one-shot,
 * so the canonical body must exist once in memory; nothing else is copied (no per-line strings).
 * A lone LF ends a line like CRLF (pasted text lost its CRs); a lone CR ends one only in a text
 * without any LF (see text-bytes.ts crEndsLines).
 */
import type { ByteForm } from './text-bytes';
import { byteLength, writeBytes } from './text-bytes';
import type { Canonicalization } from './types';

function isWsp(c: number): boolean {
  return c === 32 || c === 9;
}

class Emitter {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly form: ByteForm,
    private readonly out: Uint8Array | null,
  ) {}

  chars(a: number, b: number): void {
    if (this.out) this.pos = writeBytes(this.text, a, b, this.form, this.out, this.pos);
    else this.pos += byteLength(this.text, a, b, this.form);
  }

  byte(v: number): void {
    if (this.out) this.out[this.pos] = v;
    this.pos++;
  }

  crlf(count: number): void {
    for (let k = 0; k < count; k++) {
      this.byte(13);
      this.byte(10);
    }
  }
}

/** RFC 6376 §3.4.4 (b): WSP runs inside a line become one SP (leading runs too); trailing WSP was cut. */
function relaxedLine(text: string, a: number, e: number, em: Emitter): void {
  let k = a;
  while (k < e) {
    let m = k + 1;
    if (isWsp(text.charCodeAt(k))) {
      while (m < e && isWsp(text.charCodeAt(m))) m++;
      em.byte(32);
    } else {
      while (m < e && !isWsp(text.charCodeAt(m))) m++;
      em.chars(k, m);
    }
    k = m;
  }
}

function run(body: string, mode: Canonicalization, form: ByteForm, crBreaks: boolean, out: Uint8Array | null): number {
  const em = new Emitter(body, form, out);
  const n = body.length;
  const sep = crBreaks ? '\r' : '\n';
  let pendingEmpty = 0;
  let i = 0;
  while (i < n) {
    let end = body.indexOf(sep, i);
    const next = end < 0 ? n : end + 1;
    if (end < 0) end = n;
    // CRLF: the CR belongs to the terminator.
    else if (!crBreaks && end > i && body.charCodeAt(end - 1) === 13) end--;
    let e = end;
    if (mode === 'relaxed') while (e > i && isWsp(body.charCodeAt(e - 1))) e--;
    if (e === i) {
      // RFC 6376 §3.4.3 / §3.4.4 (c): empty lines at the end are ignored, so hold them back.
      pendingEmpty++;
    } else {
      em.crlf(pendingEmpty);
      pendingEmpty = 0;
      if (mode === 'relaxed') relaxedLine(body, i, e, em);
      else em.chars(i, e);
      em.crlf(1);
    }
    i = next;
  }
  // RFC 6376 §3.4.3: an empty simple body is one CRLF; §3.4.4: a CRLF is added only to a non-empty relaxed body.
  if (em.pos === 0 && mode === 'simple') em.crlf(1);
  return em.pos;
}

/** The canonical body bytes. */
export function canonicalBody(body: string, mode: Canonicalization, form: ByteForm, crBreaks: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(run(body, mode, form, crBreaks, null));
  run(body, mode, form, crBreaks, out);
  return out;
}
