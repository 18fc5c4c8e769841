/**
 * RFC 6376 §3.4.3 / §3.4.4 body canonicalisation, from the body text or the received octets into one
 * Uint8Array. WebCrypto's digest is one-shot, so the canonical body must exist once in memory.
 * The body is not walked line by line: indexOf finds the few places that change (a lone LF, a WSP run
 * that is not one SP inside a line) and everything between is copied as one span (body-writer.ts); over
 * received bytes that need no change the result is a view of them, not a copy.
 * A lone LF ends a line like CRLF (pasted text lost its CRs); a lone CR ends one only in a text
 * without any LF (see text-bytes.ts crEndsLines).
 */
import { bytesSource, textSource, type BodySource } from './body-source';
import { textWriter, type BodyWriter, type SpanSink } from './body-writer';
import { SpliceWriter, type Speculate } from './splice-writer';
import type { SplicedBody } from './spliced-body';
import type { ByteForm } from './text-bytes';
import type { Canonicalization, FindByte } from './types';

const TAB = 9;
const LF = 10;
const CR = 13;
const SP = 32;

function isWsp(c: number): boolean {
  return c === SP || c === TAB;
}

/** Bytes canonicalisation adds: a CR before each lone LF, or with CR line breaks an LF after each CR. */
function addedBreakBytes(s: BodySource, crBreaks: boolean): number {
  const n = s.length;
  let k = 0;
  if (crBreaks) {
    for (let p = s.find(CR, 0); p < n; p = s.find(CR, p + 1)) k++;
    return k;
  }
  for (let p = s.find(LF, 0); p < n; p = s.find(LF, p + 1)) if (p === 0 || s.at(p - 1) !== CR) k++;
  return k;
}

/** Does a line end at q (a WSP run ending at q is then trailing)? With LF breaks, CRLF or LF; else CR. */
function lineEndsAt(s: BodySource, q: number, crBreaks: boolean): boolean {
  if (q >= s.length) return true;
  const c = s.at(q);
  if (crBreaks) return c === CR;
  return c === LF || (c === CR && s.at(q + 1) === LF);
}

/**
 * Where relaxed canonicalisation changes whitespace (RFC 6376 §3.4.4 (b)): a TAB, two WSP in a row, or WSP
 * at a line end. Single SPs inside lines (most of them) are never visited: the next place of each kind is
 * kept and looked up again only once the scan has passed it.
 */
/** How far the scan walks character by character before it falls back to native searches. */
const NEAR = 64;
/** Block of the pass that looks for SP and TAB together (both searches read a block while it is in cache). */
export const WSP_BLOCK = 1 << 16;

class WspChanges {
  /** Every sequence but the TAB starts with SP: they are searched from the next SP only. */
  private readonly seqs: string[];
  private readonly next: number[];
  /** Next TAB and next SP (valid while not behind the scan; -1 before the first search). */
  private tab = -1;
  private sp = -1;
  /** A single SP ending the text is trailing too: its index, else the length. */
  private readonly endSp: number;
  constructor(
    private readonly s: BodySource,
    private readonly crBreaks: boolean,
    loneLf: boolean,
  ) {
    this.seqs = ['  ', crBreaks ? ' \r' : ' \r\n'];
    if (loneLf && !crBreaks) this.seqs.push(' \n');
    this.next = this.seqs.map(() => -1);
    const n = s.length;
    this.endSp = n > 0 && s.at(n - 1) === SP ? n - 1 : n;
  }

  /** The first change at or after `from` (past every one found before), or the length. */
  at(from: number): number {
    // Where changes are dense (a text part), a short walk is cheaper than re-running the searches.
    const near = this.walk(from);
    if (near >= 0) return near;
    const { s } = this;
    const n = s.length;
    const start = Math.min(from + NEAR, n);
    if (this.tab < start && this.sp < start) this.skip(start);
    if (this.tab < start) this.tab = s.find(TAB, start);
    let min = Math.min(this.tab, this.endSp >= start ? this.endSp : n);
    for (let k = 0; k < this.next.length; k++) {
      let v = this.next[k] ?? n;
      if (v < start) {
        if (this.sp < start) this.sp = s.find(SP, start);
        v = this.sp >= n ? n : s.findSeq(this.seqs[k] ?? '', this.sp);
        this.next[k] = v;
      }
      if (v < min) min = v;
    }
    return min;
  }

  /**
   * The next TAB and SP at or after `start`, in one pass block by block while neither is found (a base64
   * attachment has neither: its bytes are read once by the two searches, not twice).
   */
  private skip(start: number): void {
    const { s } = this;
    const n = s.length;
    for (let a = start; a < n; a += WSP_BLOCK) {
      const e = Math.min(a + WSP_BLOCK, n);
      const t = s.findIn(TAB, a, e);
      const p = s.findIn(SP, a, e);
      if (t < e || p < e) {
        this.tab = t < e ? t : s.find(TAB, e);
        this.sp = p < e ? p : s.find(SP, e);
        return;
      }
    }
    this.tab = n;
    this.sp = n;
  }

  /** A change in [from, from + NEAR), or -1. A WSP just before the window's end is left to the searches. */
  private walk(from: number): number {
    const { s } = this;
    const end = Math.min(from + NEAR, s.length);
    for (let i = from; i < end; i++) {
      const c = s.at(i);
      if (c === TAB) return i;
      if (c !== SP) continue;
      if (i + 1 >= s.length) return i;
      const d = s.at(i + 1);
      if (d === SP || d === TAB || d === LF || d === CR) {
        if (d !== CR || this.crBreaks || s.at(i + 2) === LF) return i;
      }
    }
    return -1;
  }
}

/**
 * Write every line with CRLF line ends; relaxed: RFC 6376 §3.4.4 (b) WSP runs become one SP, WSP at
 * the end of a line goes. Empty lines at the end are left to finish(). `fixBreaks`: some line break
 * needs a byte added (else line breaks are not even looked at).
 */
function scan(s: BodySource, relaxed: boolean, crBreaks: boolean, fixBreaks: boolean, out: SpanSink): void {
  const n = s.length;
  const brk = crBreaks ? CR : LF;
  const wsp = relaxed ? new WspChanges(s, crBreaks, fixBreaks) : null;
  let nextBrk = fixBreaks ? s.find(brk, 0) : n;
  let nextWsp = wsp ? wsp.at(0) : n;
  // s[0, i) is written.
  let i = 0;
  for (;;) {
    const p0 = Math.min(nextBrk, nextWsp);
    if (p0 >= n) break;
    if (p0 === nextBrk) {
      nextBrk = s.find(brk, p0 + 1);
      if (crBreaks) {
        out.copy(i, p0 + 1);
        out.byte(LF);
        i = p0 + 1;
      } else if (p0 === 0 || s.at(p0 - 1) !== CR) {
        out.copy(i, p0);
        if (out.dense) {
          i = out.dense(p0, relaxed);
          nextBrk = s.find(brk, i);
          nextWsp = wsp ? wsp.at(i) : n;
          continue;
        }
        out.byte(CR);
        i = p0;
      }
      continue;
    }
    // The WSP run [p, q) around p0 (it may start before p0: " \t" is found at its TAB).
    let p = p0;
    while (p > i && isWsp(s.at(p - 1))) p--;
    if (out.dense && !crBreaks) {
      out.copy(i, p);
      i = out.dense(p, true);
      nextBrk = fixBreaks ? s.find(brk, i) : n;
      nextWsp = wsp ? wsp.at(i) : n;
      continue;
    }
    let q = p0 + 1;
    while (q < n && isWsp(s.at(q))) q++;
    nextWsp = wsp ? wsp.at(q) : n;
    if (lineEndsAt(s, q, crBreaks)) {
      out.copy(i, p);
      i = q;
    } else if (q > p + 1 || s.at(p) === TAB) {
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
function finish(s: BodySource, simple: boolean, crBreaks: boolean, out: BodyWriter): Uint8Array<ArrayBuffer> {
  let b = out.buf;
  let w = out.pos;
  const n = s.length;
  if (n > 0 && s.at(n - 1) !== (crBreaks ? CR : LF)) {
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

/** The canonical body bytes of a body text, encoded in `form`, in one exactly sized buffer. */
export function canonicalBody(body: string, mode: Canonicalization, form: ByteForm, crBreaks: boolean): Uint8Array<ArrayBuffer> {
  const s = textSource(body);
  const added = addedBreakBytes(s, crBreaks);
  const out = textWriter(body, form, added);
  scan(s, mode === 'relaxed', crBreaks, added > 0, out);
  return finish(s, mode === 'simple', crBreaks, out);
}

/**
 * The canonical body of the octets received, as canonical bytes up to the last change + the untouched rest
 * of the received bytes (spliced-body.ts); they are never written to here. `text`, the same body decoded,
 * helps searching when it has one character per byte (body-source.ts); without it the octets are searched. `noLoneLf`: the caller has counted
 * the line breaks and all are CRLF.
 */
export function canonicalBodySpliced(
  body: Uint8Array<ArrayBuffer>,
  mode: Canonicalization,
  crBreaks: boolean,
  opts: {
    text?: string | null | undefined;
    noLoneLf?: boolean | undefined;
    speculate?: Speculate | undefined;
    /** The host's search over the octets, used when there is no one-character-per-byte text (body-source.ts). */
    findByte?: FindByte | undefined;
  } = {},
): SplicedBody {
  const s = bytesSource(body, opts.text, opts.findByte);
  const added = crBreaks || opts.noLoneLf !== true ? addedBreakBytes(s, crBreaks) : 0;
  const simple = mode === 'simple';
  const out = new SpliceWriter(body, crBreaks ? null : (opts.speculate ?? null), simple, added);
  scan(s, mode === 'relaxed', crBreaks, added > 0, out);
  const n = s.length;
  const done = out.finish(simple, n > 0 && s.at(n - 1) !== (crBreaks ? CR : LF));
  return { ...done, speculationHeld: out.speculationHeld };
}

/**
 * One live instance of each class the scan uses, for the life of the module. V8 keeps the object shapes
 * (maps) of class instances only while some instance lives; after a full GC with none alive, the optimised
 * scan code that depends on them is thrown away and rebuilt on the next message (measured: a 25 MB body
 * took 18-28 ms after each GC instead of 9). Verifying message after message (an mbox in the CLI, the
 * worker over a session) keeps the optimised code this way.
 */
export const KEPT_SHAPES: readonly unknown[] = (() => {
  const b = new Uint8Array(1);
  const paired = bytesSource(b, ' ');
  const host = bytesSource(b, null, (x) => (c, from) => x.indexOf(c, from));
  return [paired, bytesSource(b), host, textSource(' '), new WspChanges(paired, false, true), new WspChanges(host, false, true), new SpliceWriter(b)];
})();
