/**
 * A message's octets read as text without decoding them into one string: for an all-ASCII message (each octet is
 * one character, under UTF-8 and Latin-1 alike) the MIME walk reads positions, characters and the few slices it
 * keeps from the octets where they lie. A 25 MB string per message is a fresh large allocation whose page faults
 * cost more than a SHA-256 of the same bytes on the bench machine; the walk reads a few KiB of a message that size.
 */

/** Index of the octet `byte` at or after `from`, or -1 (Uint8Array indexOf's contract; a host may give a native one). */
export type OctetFinder = (byte: number, from: number) => number;

/** A finder over the given octets only (so that a view's search ends where the view does). */
export type FindOctets = (octets: Uint8Array) => OctetFinder;

/** Octets -> text; only ever given ASCII octets here, which every decoder of mail turns into the same characters. */
export type OctetDecoder = (octets: Uint8Array) => string;

/** Search pieces (characters) when a search falls back to decoded pieces. */
const PIECE = 64 * 1024;

/**
 * The ASCII octets bytes[offset..] as a read-only text with the String methods the MIME walk uses (lib/mime/walk,
 * text-lines, entity-header). Positions are character positions, which are octet positions here. The caller
 * guarantees every octet is below 0x80.
 */
export class AsciiText {
  readonly length: number;
  private readonly find: OctetFinder;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly findIn: FindOctets,
    private readonly decode: OctetDecoder,
    private readonly offset = 0,
  ) {
    this.length = bytes.length - offset;
    this.find = findIn(bytes);
  }

  /** String slice(start, end) as a view sharing these octets, whose searches stop at its end. */
  view(start: number, end = this.length): AsciiText {
    const b = this.at(end);
    return new AsciiText(this.bytes.subarray(0, this.offset + b), this.findIn, this.decode, this.offset + Math.min(this.at(start), b));
  }

  /** A position clamped into [0, length]. */
  private at(p: number): number {
    return Math.min(Math.max(p, 0), this.length);
  }

  charCodeAt(i: number): number {
    return i >= 0 && i < this.length ? (this.bytes[this.offset + i] ?? Number.NaN) : Number.NaN;
  }

  /** String.prototype.slice for non-negative positions (the only ones the walk passes). */
  slice(start: number, end = this.length): string {
    const a = this.at(start);
    const b = this.at(end);
    if (b <= a) return '';
    return this.decode(this.bytes.subarray(this.offset + a, this.offset + b));
  }

  /** Where the line starting at `p` ends: the first CR or LF at or after p, or the length. */
  lineEnd(p: number): number {
    const { bytes, offset, length } = this;
    let i = Math.max(p, 0);
    while (i < length) {
      const c = bytes[offset + i];
      if (c === 10 || c === 13) return i;
      i++;
    }
    return length;
  }

  /**
   * String.prototype.indexOf. One-character needles go to the finder. Longer ones: the finder's hits on the first
   * character are compared in place while that work stays within a constant of the distance searched; past it
   * (text made of near-matches) the rest is searched in decoded pieces with the engine's own string search, so a
   * search costs time linear in the distance it covers plus the needle's length, whatever the text.
   */
  indexOf(s: string, from = 0): number {
    const start = this.at(from);
    if (s.length === 0) return start;
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return -1;
    const first = s.charCodeAt(0);
    let work = 0;
    for (let p = this.findAt(first, start); p >= 0; p = this.findAt(first, p + 1)) {
      if (p + s.length > this.length) return -1;
      let k = 1;
      while (k < s.length && this.bytes[this.offset + p + k] === s.charCodeAt(k)) k++;
      if (k === s.length) return p;
      work += k + 16;
      if (work > p - start + 4 * s.length + 1024) return this.searchPieces(s, p + 1);
    }
    return -1;
  }

  private findAt(byte: number, from: number): number {
    const at = this.find(byte, this.offset + from);
    return at < 0 ? -1 : at - this.offset;
  }

  /** indexOf over pieces decoded one at a time, each overlapping the next by the needle's length less one. */
  private searchPieces(s: string, from: number): number {
    const step = Math.max(PIECE, 4 * s.length);
    for (let p = from; p + s.length <= this.length; p += step) {
      const at = this.slice(p, p + step + s.length - 1).indexOf(s);
      if (at >= 0) return p + at;
    }
    return -1;
  }
}

/** A text the MIME walk reads: a string, or a message's ASCII octets read in place. */
export type MessageText = string | AsciiText;
