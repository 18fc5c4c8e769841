/**
 * The scan's output over received octets, kept as a SplicedBody: spans that follow each other in the source
 * stay a pending range of it; a change (a skipped WSP run, an added or replaced byte) first moves the pending
 * range into `head`. Whatever range is pending at the end is the tail, never copied.
 */
import type { SpanSink } from './body-writer';
import { denseRewrite, type DenseCursor } from './dense-rewrite';
import type { SplicedBody } from './spliced-body';

const CR = 13;
const LF = 10;
/** Head room made at once in dense mode. */
const BLOCK = 4096;
/** Spans shorter than this are copied byte by byte: a subarray per span would cost more than the copy. */
const SHORT_SPAN = 48;
/** Lines this long on average or shorter: the whole body is rewritten when they end with a lone LF. */
const LINE_BYTES = 256;
/** Speculate only when at least this much of the body is left to confirm unchanged. */
const SPECULATE_MIN = 1 << 20;

/**
 * Called once, when a stretch of changes ends with a large part of the body still ahead: the body as it would be
 * if nothing else changed. The verifier starts hashing it (off the main thread) while the scan confirms the rest.
 */
export type Speculate = (provisional: SplicedBody) => void;

export class SpliceWriter implements SpanSink {
  private head = new Uint8Array(0);
  private headLen = 0;
  private from = 0;
  private to = 0;
  private speculated = false;
  private wroteAfter = false;

  constructor(
    private readonly src: Uint8Array<ArrayBuffer>,
    private readonly speculate: Speculate | null = null,
    private readonly simple = false,
    /** Bytes the line breaks add (a CR before each lone LF, or an LF after each CR of a CR-broken body). */
    private readonly added = 0,
  ) {}

  copy(a: number, b: number): void {
    if (a === this.to) {
      this.to = b;
      return;
    }
    // Bytes between `to` and `a` are dropped: a change even when nothing is pending.
    this.wroteAfter = true;
    this.flush();
    this.from = a;
    this.to = b;
  }

  byte(v: number): void {
    this.flush();
    this.room(1);
    this.head[this.headLen++] = v;
    this.wroteAfter = true;
  }

  /** See dense-rewrite.ts; the head grows as needed. */
  dense(from: number, relaxed: boolean): number {
    this.flush();
    this.wroteAfter = true;
    const c: DenseCursor = { i: from, h: this.headLen, lastChange: from };
    let last: { i: number; size: number } | null = null;
    for (;;) {
      // A call made with the same input position and the same head as the one before would repeat it for ever: an
      // internal error (verifyDkim reports it as a temperror), never a hang on a hostile body.
      if (last !== null && c.i === last.i && this.head.length === last.size)
        throw new Error(`dense rewrite made no progress at ${String(c.i)}`);
      last = { i: c.i, size: this.head.length };
      const stop = denseRewrite(this.src, relaxed, this.head, c);
      if (stop === 'done') break;
      // Out of room: the head grows by at least a block and at least one byte past its size (a long word that did
      // not fit must find more room the next time, however long it is).
      if (stop === 'room') {
        this.headLen = c.h;
        this.room(Math.max(2 * BLOCK, this.head.length - this.headLen + 1));
      }
    }
    this.headLen = c.h;
    this.from = c.i;
    this.to = c.i;
    this.maybeSpeculate();
    return c.i;
  }

  /** True when the body finish() returned is the one handed to `speculate` (nothing changed after it). */
  get speculationHeld(): boolean {
    return this.speculated && !this.wroteAfter;
  }

  /**
   * The provisional body: what is written so far + the rest of the source as it is, finished like finish()
   * does. Not when the body lacks its final line break (finish would copy the whole tail to add it).
   */
  private maybeSpeculate(): void {
    const n = this.src.length;
    if (this.speculate === null || this.speculated || n - this.from < SPECULATE_MIN || this.src[n - 1] !== LF) return;
    const provisional = new SpliceWriter(this.src);
    provisional.head = this.head;
    provisional.headLen = this.headLen;
    provisional.from = this.from;
    provisional.to = n;
    this.speculated = true;
    this.wroteAfter = false;
    this.speculate(provisional.finish(this.simple, false));
  }

  /**
   * RFC 6376 §3.4.3 / §3.4.4 (c): the last line ends with CRLF (`addBreak`: the body did not end with a
   * line break); empty lines at the end go; an empty simple body is one CRLF, an empty relaxed body stays
   * empty. Every line written ends in CRLF, so "ends with CRLF CRLF" means "the last line is empty".
   */
  finish(simple: boolean, addBreak: boolean): SplicedBody {
    if (addBreak) {
      this.byte(CR);
      this.byte(LF);
    }
    while (this.endsWithEmptyLine()) this.drop(2);
    if (this.length() === 2) this.drop(2);
    if (this.length() === 0) return { head: simple ? Uint8Array.of(CR, LF) : new Uint8Array(0), src: this.src, tailFrom: 0, tailTo: 0 };
    return { head: this.head.subarray(0, this.headLen), src: this.src, tailFrom: this.from, tailTo: this.to };
  }

  private length(): number {
    return this.headLen + this.to - this.from;
  }

  /** Byte k of the output so far. */
  private at(k: number): number {
    return k < this.headLen ? (this.head[k] ?? 0) : (this.src[this.from + k - this.headLen] ?? 0);
  }

  private endsWithEmptyLine(): boolean {
    const w = this.length();
    return w >= 4 && this.at(w - 1) === LF && this.at(w - 2) === CR && this.at(w - 3) === LF && this.at(w - 4) === CR;
  }

  /** Remove the last n bytes: from the tail first, then from the head. */
  private drop(n: number): void {
    const fromTail = Math.min(n, this.to - this.from);
    this.to -= fromTail;
    this.headLen -= n - fromTail;
  }

  private flush(): void {
    const n = this.to - this.from;
    if (n === 0) return;
    this.room(n);
    const { head, src } = this;
    if (n < SHORT_SPAN) {
      let p = this.headLen;
      for (let k = this.from; k < this.to; k++) head[p++] = src[k] ?? 0;
    } else {
      head.set(src.subarray(this.from, this.to), this.headLen);
    }
    this.headLen += n;
    this.from = this.to;
    this.wroteAfter = true;
  }

  /**
   * Grow the head for n more bytes: doubling, capped at what the head can reach, the source plus the bytes the
   * breaks add plus a final CRLF (each source byte is written at most once; relaxed WSP handling only shortens);
   * a request past the cap (dense mode asks for a block of room at a time) is given as asked. A body whose breaks
   * add a byte every LINE_BYTES or less (LF line ends, as Unix tools and mbox files store mail) is rewritten
   * whole: its head is made that size at once, not doubled up to it with a copy at each step (a 25 MB LF-only
   * body: up to 13 allocations from 4 KB, ~25 MB of copies, and the page faults of each fresh buffer).
   */
  private room(n: number): void {
    const need = this.headLen + n;
    if (need <= this.head.length) return;
    const reach = this.src.length + this.added + 2;
    const doubled = Math.max(2 * this.head.length, 4096);
    const size = this.added * LINE_BYTES >= this.src.length ? reach : Math.min(doubled, reach);
    const bigger = new Uint8Array(Math.max(need, size));
    bigger.set(this.head.subarray(0, this.headLen));
    this.head = bigger;
  }
}
