/**
 * Where the canonical body is written (canonical-body.ts): spans of the body, copied as they are, and
 * single bytes (an added CR or LF, the SP that replaces a WSP run). Canonicalisation never touches
 * anything but ASCII CR, LF, SP and TAB, so it can work on the bytes of whole spans.
 *
 * Text (a JS string): in the common case (a UTF-8 text that is all ASCII, or the Latin-1 form) byte k of
 * the text is char k: the text is encoded once, at `room` bytes from the start of the buffer, and spans are
 * moved forward in place (copyWithin, only once an edit has shifted them). Otherwise each span is encoded
 * where it lands.
 * Received octets are written by splice-writer.ts instead.
 */
import { denseRewrite, type DenseCursor } from './dense-rewrite';
import type { ByteForm } from './text-bytes';

/** What the scan writes to. */
export interface SpanSink {
  /** Append the bytes of source[a, b) (spans end at CR, LF, SP or TAB, so never inside a surrogate pair). */
  copy(a: number, b: number): void;
  byte(v: number): void;
  /**
   * Optional: canonicalise from `from` (a WSP run's start or a lone LF, LF line breaks) byte by byte while
   * changes keep coming; returns the line start where it stopped. Cheaper than a span per change in a text part.
   */
  dense?(from: number, relaxed: boolean): number;
}

export interface BodyWriter extends SpanSink {
  /** The output so far is buf[0, pos). */
  readonly buf: Uint8Array<ArrayBuffer>;
  readonly pos: number;
}

const encoder = new TextEncoder();

/** Byte k of the text sits at room + k; writing never overtakes reading while at most `room` bytes are added. */
class ShiftWriter implements BodyWriter {
  pos = 0;
  constructor(
    readonly buf: Uint8Array<ArrayBuffer>,
    private readonly room: number,
  ) {}

  copy(a: number, b: number): void {
    const from = this.room + a;
    if (this.pos !== from) this.buf.copyWithin(this.pos, from, this.room + b);
    this.pos += b - a;
  }

  byte(v: number): void {
    this.buf[this.pos++] = v;
  }

  /** See dense-rewrite.ts: in place, reading byte i at room + i; writing never overtakes reading (room = bytes added). */
  dense(from: number, relaxed: boolean): number {
    const c: DenseCursor = { i: from, h: this.pos, lastChange: from };
    const src = this.buf.subarray(this.room);
    // In place it never runs out of room (writing stays behind reading): it only stops after a chunk or when done.
    // Anything else, or a chunk that read nothing, is an internal error (verifyDkim: a temperror), never a loop.
    for (let at = c.i, stop = denseRewrite(src, relaxed, this.buf, c); stop !== 'done'; at = c.i, stop = denseRewrite(src, relaxed, this.buf, c))
      if (stop !== 'chunk' || c.i === at) throw new Error(`in-place dense rewrite stopped with '${stop}' at ${String(c.i)}`);
    this.pos = c.h;
    return c.i;
  }
}

/** UTF-8 with non-ASCII characters: at most 3 bytes per UTF-16 code unit (a surrogate pair makes 4). */
class EncodeWriter implements BodyWriter {
  pos = 0;
  readonly buf: Uint8Array<ArrayBuffer>;
  constructor(
    private readonly text: string,
    room: number,
  ) {
    this.buf = new Uint8Array(3 * text.length + room);
  }

  copy(a: number, b: number): void {
    if (b > a) this.pos += encoder.encodeInto(this.text.substring(a, b), this.buf.subarray(this.pos)).written;
  }

  byte(v: number): void {
    this.buf[this.pos++] = v;
  }
}

/** Latin-1: one byte per code unit, the low 8 bits (as writeBytes in text-bytes.ts). */
function fillLatin1(text: string, buf: Uint8Array, at: number): void {
  for (let i = 0; i < text.length; i++) buf[at + i] = text.charCodeAt(i) & 0xff;
}

/** A writer for `text` in `form`, with room for `room` bytes added by canonicalisation. */
export function textWriter(text: string, form: ByteForm, room: number): BodyWriter {
  const n = text.length;
  const buf = new Uint8Array(room + n);
  if (form === 'latin1') {
    fillLatin1(text, buf, room);
    return new ShiftWriter(buf, room);
  }
  // All of it fits, one byte per code unit, exactly when the text is ASCII.
  const r = encoder.encodeInto(text, buf.subarray(room));
  if (r.read === n && r.written === n) return new ShiftWriter(buf, room);
  return new EncodeWriter(text, room);
}
