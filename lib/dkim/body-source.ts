/**
 * What body canonicalisation reads: the body as text (UTF-16 code units) or as the octets received.
 * Canonicalisation only looks for ASCII CR, LF, SP and TAB, which mean the same in both.
 */
import type { ByteFinder, FindByte } from './types';

export interface BodySource {
  readonly length: number;
  /** Index of the ASCII code `c` at or after `from`, or `length` when there is none. */
  find(c: number, from: number): number;
  /** Index of the ASCII sequence `seq` at or after `from`, or `length`. */
  findSeq(seq: string, from: number): number;
  /** Index of the ASCII code `c` in [from, to), or `to` (a search that reads no further than `to`). */
  findIn(c: number, from: number, to: number): number;
  /** The code unit (text) or octet (bytes) at i; 0 outside. */
  at(i: number): number;
}

const CHAR: Readonly<Record<number, string>> = { 9: '\t', 10: '\n', 13: '\r', 32: ' ' };

// Classes, not closures: one method per kind keeps the scan's call sites inlinable (closures made per call are not).
class TextSource implements BodySource {
  readonly length: number;
  constructor(protected readonly s: string) {
    this.length = s.length;
  }

  find(c: number, from: number): number {
    const k = this.s.indexOf(CHAR[c] ?? String.fromCharCode(c), from);
    return k < 0 ? this.length : k;
  }

  findSeq(seq: string, from: number): number {
    const k = this.s.indexOf(seq, from);
    return k < 0 ? this.length : k;
  }

  /** A slice of a long string is a view of it (no copy): indexOf on it reads [from, to) only. */
  findIn(c: number, from: number, to: number): number {
    const k = this.s.slice(from, to).indexOf(CHAR[c] ?? String.fromCharCode(c));
    return k < 0 ? to : from + k;
  }

  at(i: number): number {
    return this.s.charCodeAt(i) || 0;
  }
}

/** Over bytes, indexOf is a native scan (memchr speed): the body is never walked byte by byte in JS. */
class BytesSource implements BodySource {
  readonly length: number;
  constructor(protected readonly b: Uint8Array) {
    this.length = b.length;
  }

  find(c: number, from: number): number {
    const k = this.b.indexOf(c, from);
    return k < 0 ? this.length : k;
  }

  /** Bytes have no native sequence search: each occurrence of the first byte is checked. */
  findSeq(seq: string, from: number): number {
    const first = seq.charCodeAt(0);
    for (let p = this.find(first, from); p < this.length; p = this.find(first, p + 1)) {
      let k = 1;
      while (k < seq.length && this.b[p + k] === seq.charCodeAt(k)) k++;
      if (k === seq.length) return p;
    }
    return this.length;
  }

  findIn(c: number, from: number, to: number): number {
    const k = this.b.subarray(from, to).indexOf(c);
    return k < 0 ? to : from + k;
  }

  at(i: number): number {
    return this.b[i] ?? 0;
  }
}

/** Bytes searched by the host's finder (deps.findByte: Node's Buffer indexOf, cheaper per call). */
class HostBytesSource extends BytesSource {
  private readonly finder: ByteFinder;
  constructor(
    b: Uint8Array,
    private readonly findByte: FindByte,
  ) {
    super(b);
    this.finder = findByte(b);
  }

  override find(c: number, from: number): number {
    const k = this.finder(c, from);
    return k < 0 ? this.length : k;
  }

  /** The host's search over a view of [from, to) (a view per call: for long ranges only). */
  override findIn(c: number, from: number, to: number): number {
    const k = this.findByte(this.b.subarray(from, to))(c, 0);
    return k < 0 ? to : from + k;
  }
}

/**
 * Received bytes with the same body decoded one character per byte: searched with String indexOf (much
 * faster per call than Uint8Array indexOf), read with typed-array loads (faster than charCodeAt).
 */
class PairedSource extends TextSource {
  constructor(
    s: string,
    private readonly b: Uint8Array,
  ) {
    super(s);
  }

  override at(i: number): number {
    return this.b[i] ?? 0;
  }
}

export function textSource(s: string): BodySource {
  return new TextSource(s);
}

/**
 * The received bytes, with their decoded text when it has one character per byte (searched as text), else searched
 * with the host's finder when given (`findByte`), else with Uint8Array indexOf.
 */
export function bytesSource(b: Uint8Array, text?: string | null, findByte?: FindByte): BodySource {
  if (typeof text === 'string' && text.length === b.length) return new PairedSource(text, b);
  return findByte === undefined ? new BytesSource(b) : new HostBytesSource(b, findByte);
}
