/**
 * Split an mbox file (RFC 4155) into messages, on bytes so each message is decoded on its own.
 * Each message starts at a line beginning "From " (RFC 4155 §2: the From_ line opens every message; it stays
 * in the message, which intake reads as the envelope line); mboxrd quoting (">From " in bodies, RFC 4155
 * Appendix A) is undone one level. MboxSplitter takes the file in pieces of any size, so a file of any length
 * is split holding only the message being read.
 */
/** What starts every message but the file's first: a From_ line after a line break. */
export const SEPARATOR = '\nFrom ';
const FROM = Buffer.from('From ', 'latin1');

export function isMbox(bytes: Uint8Array): boolean {
  return bytes.length > 5 && Buffer.from(bytes.buffer, bytes.byteOffset, 5).equals(FROM);
}

/** RFC 4155 Appendix A (mboxrd): a body line ">From ", ">>From " ... lost one ">" when it was written. */
function unquoteFromLines(msg: Uint8Array): Uint8Array {
  const buf = Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength);
  if (buf.indexOf('\n>', 0, 'latin1') < 0) return msg;
  // Every line the pattern below rewrites holds ">From "; without one the message is left as it is (quoted replies,
  // "> " lines, are common and need no copy through a string).
  if (buf.indexOf('>From ', 0, 'latin1') < 0) return msg;
  return ownBytes(Buffer.from(buf.toString('latin1').replace(/^>(>*From )/gm, '$1'), 'latin1'));
}

/** A copy in an ArrayBuffer of its own (Buffer.from may share a pool), so it can be transferred to a worker. */
function ownBytes(view: Uint8Array): Uint8Array {
  const out = new Uint8Array(view.byteLength);
  out.set(view);
  return out;
}

/** Only what String.prototype.trim removes from Latin-1 text: tab, LF, VT, FF, CR, space, no-break space. */
const BLANK = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

function isBlank(buf: Buffer): boolean {
  for (const b of buf) if (!BLANK.has(b)) return false;
  return true;
}

/** Feed the file with push(), then end(); each returns the messages completed so far, in file order. */
export class MboxSplitter {
  private buf = Buffer.alloc(0);
  /** Bytes of buf in use, from 0. */
  private len = 0;
  /** Where the current message starts in buf. */
  private start = 0;
  /** Where the next search for a separator begins. */
  private scan = 1;

  push(chunk: Uint8Array): Uint8Array[] {
    this.append(chunk);
    const out: Uint8Array[] = [];
    const view = this.buf.subarray(0, this.len);
    for (;;) {
      const next = view.indexOf(SEPARATOR, Math.max(this.scan, this.start + 1), 'latin1');
      if (next < 0) break;
      this.emit(next + 1, out);
    }
    // A separator may straddle the next piece: look again at the last 5 bytes.
    this.scan = Math.max(this.start + 1, this.len - (SEPARATOR.length - 1));
    return out;
  }

  end(): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.len > this.start) this.emit(this.len, out);
    this.buf = Buffer.alloc(0);
    this.len = this.start = 0;
    this.scan = 1;
    return out;
  }

  private emit(end: number, out: Uint8Array[]): void {
    const msg = this.buf.subarray(this.start, end);
    this.start = end;
    if (!isBlank(msg)) out.push(unquoteFromLines(ownBytes(msg)));
  }

  /** Keep the unread message at the front of one buffer, growing it by doubling (no copy per piece of a large message). */
  private append(chunk: Uint8Array): void {
    const kept = this.len - this.start;
    if (kept + chunk.byteLength > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.buf.length, kept + chunk.byteLength, 64 * 1024));
      this.buf.copy(grown, 0, this.start, this.len);
      this.buf = grown;
    } else if (this.start > 0) {
      this.buf.copyWithin(0, this.start, this.len);
    }
    this.scan -= this.start;
    this.start = 0;
    this.len = kept;
    this.buf.set(chunk, this.len);
    this.len += chunk.byteLength;
  }
}

/** A whole file in memory, split at once. */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const s = new MboxSplitter();
  return [...s.push(bytes), ...s.end()];
}
