/**
 * RFC 6376 §3.4.4 (a)(b) (relaxed) and the CRLF rule of §3.4.3, byte by byte, for the parts of a body where
 * changes come every few bytes (a text part): cheaper there than one copied span per change. LF line breaks:
 * a line ends at LF (a CR just before it belongs to the break); WSP runs inside a line become one SP, WSP
 * before the break goes; every break is written CRLF. Stops at a line start QUIET bytes after the last
 * change (the caller goes back to skipping with indexOf), at the end, or when `dst` is nearly full.
 * Reads src[base + i], writes dst[h]: src and dst may be one buffer when writing never overtakes reading.
 */
const TAB = 9;
const LF = 10;
const CR = 13;
const SP = 32;
/** Stop at a line start this many bytes after the last change. */
export const QUIET = 256;

export interface DenseCursor {
  /** Next input index (relative to base). */
  i: number;
  /** Next output index. */
  h: number;
  /** Start of the pending WSP run, or -1. */
  ws: number;
  lastChange: number;
}

/** Returns false when it stopped because dst had no room for the next output (grow it and call again). */
export function denseRewrite(src: Uint8Array, base: number, n: number, relaxed: boolean, dst: Uint8Array, c: DenseCursor): boolean {
  let { i, h, ws, lastChange } = c;
  const cap = dst.length;
  let done = true;
  while (i < n) {
    const b = src[base + i] ?? 0;
    // Most bytes: printable, written as they are (after the SP that stands for a WSP run before them); the rest of
    // a run of them is copied in a tight loop.
    if (b > SP) {
      if (ws >= 0) {
        if (h + 2 > cap) {
          done = false;
          break;
        }
        if (i - ws > 1 || src[base + ws] === TAB) lastChange = i;
        dst[h++] = SP;
        ws = -1;
      } else if (h >= cap) {
        done = false;
        break;
      }
      dst[h++] = b;
      i++;
      const stop = Math.min(n, i + (cap - h));
      while (i < stop) {
        const x = src[base + i] ?? 0;
        if (x <= SP) break;
        dst[h++] = x;
        i++;
      }
      continue;
    }
    // A WSP run, skipped whole: what stands for it is written with the byte after it.
    if (relaxed && (b === SP || b === TAB)) {
      if (ws < 0) ws = i;
      i++;
      while (i < n) {
        const x = src[base + i] ?? 0;
        if (x !== SP && x !== TAB) break;
        i++;
      }
      continue;
    }
    if (b === LF || (b === CR && src[base + i + 1] === LF)) {
      if (h + 2 > cap) {
        done = false;
        break;
      }
      // A WSP run before the break goes; a lone LF gets its CR.
      if (ws >= 0 || b === LF) lastChange = i;
      ws = -1;
      dst[h++] = CR;
      dst[h++] = LF;
      i += b === CR ? 2 : 1;
      if (i - lastChange > QUIET) break;
      continue;
    }
    if (h + (ws >= 0 ? 2 : 1) > cap) {
      done = false;
      break;
    }
    if (ws >= 0) {
      if (i - ws > 1 || src[base + ws] === TAB) lastChange = i;
      dst[h++] = SP;
      ws = -1;
    }
    dst[h++] = b;
    i++;
  }
  // WSP left pending at the very end is trailing: it is not written.
  if (i >= n) ws = -1;
  c.i = i;
  c.h = h;
  c.ws = ws;
  c.lastChange = lastChange;
  return done;
}
