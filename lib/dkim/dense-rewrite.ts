/**
 * RFC 6376 §3.4.4 (a)(b) (relaxed) and the CRLF rule of §3.4.3, byte by byte, for the parts of a body where
 * changes come every few bytes (a text part): cheaper there than one copied span per change. LF line breaks:
 * a line ends at LF (a CR just before it belongs to the break); WSP runs inside a line become one SP, WSP
 * before the break goes; every break is written CRLF. Stops at a line start QUIET bytes after the last
 * change (the caller goes back to skipping with indexOf), at the end, after CHUNK bytes, or when `dst` is full (in a
 * word, or before a WSP run's SP or a break: grow `dst` and call again).
 * Reads src[i], writes dst[h]: src and dst may be views of one buffer when writing never overtakes reading.
 *
 * The loops run per word and per WSP run, not per byte with a case for each: a word (bytes above SP) is copied in
 * a loop that only looks for its end and the end of the room in dst. Reading past the end of src gives undefined
 * (0 here), which ends every loop.
 */
const TAB = 9;
const LF = 10;
const CR = 13;
const SP = 32;
/** Stop at a line start this many bytes after the last change. */
export const QUIET = 256;
/**
 * Input bytes one call starts tokens in at most (it then returns 'chunk': call again). Many short calls,
 * not one long run over a large text part: V8 then runs the function's own optimised code, not the code it compiles
 * for a loop while the loop runs (on-stack replacement), which it kept using call after call in most processes once
 * the function's own code had been dropped (node --trace-deopt; the 1.5 MiB bench text part, one pass per call, 10
 * processes each: 9 of 10 at 2.1-2.3 ms a pass with chunks, 9 of 10 at 3.3-3.6 ms without).
 */
const CHUNK = 1 << 16;

export interface DenseCursor {
  /** Next input index. */
  i: number;
  /** Next output index. */
  h: number;
  /** Input index just past the last line break of a line that changed (or where dense mode started). */
  lastChange: number;
}

/**
 * Why a call returned: 'done' (a quiet line start or the end), 'room' (dst is full: make it strictly larger and call
 * again), 'chunk' (CHUNK input bytes done: call again).
 */
export type DenseStop = 'done' | 'room' | 'chunk';

export function denseRewrite(src: Uint8Array, relaxed: boolean, dst: Uint8Array, c: DenseCursor): DenseStop {
  const n = src.length;
  const end = Math.min(n, c.i + CHUNK);
  const cap = dst.length;
  let { i, h, lastChange } = c;
  // A line changed when input and output moved apart along it (i - h: a WSP run shortened or dropped, a CR added)
  // or a TAB alone became SP (`tab`). Checked at each line break; the line dense mode starts in counts as changed.
  let shift = -1 - cap;
  let tab = 0;
  let done = true;
  // b is always src[i].
  let b = src[i] ?? 0;
  while (i < end) {
    // A word: copied up to the next byte at or below SP, or as far as dst holds (the rest goes on in the next call).
    if (b > SP) {
      if (h >= cap) {
        done = false;
        break;
      }
      const last = i + (cap - h);
      do {
        dst[h++] = b;
        b = src[++i] ?? 0;
      } while (b > SP && i < last);
      if (b > SP) {
        done = false;
        break;
      }
      if (i >= n) break;
    }
    // A WSP run: one SP inside a line, nothing before a line break or at the end.
    if (relaxed && (b === SP || b === TAB)) {
      const p = i;
      tab |= b ^ SP;
      do b = src[++i] ?? 0;
      while (b === SP || b === TAB);
      if (i >= n || b === LF || (b === CR && src[i + 1] === LF)) continue;
      if (h >= cap) {
        i = p;
        done = false;
        break;
      }
      dst[h++] = SP;
      continue;
    }
    // A line break, written CRLF (a lone LF gets its CR).
    if (b === LF || (b === CR && src[i + 1] === LF)) {
      if (h + 2 > cap) {
        done = false;
        break;
      }
      dst[h++] = CR;
      dst[h++] = LF;
      i += b === CR ? 2 : 1;
      b = src[i] ?? 0;
      if (i - h !== shift || tab !== 0) {
        lastChange = i;
        shift = i - h;
        tab = 0;
      } else if (i - lastChange > QUIET) break;
      continue;
    }
    // Any other byte below SP (a lone CR, a control character; WSP when not relaxed) is kept.
    if (h >= cap) {
      done = false;
      break;
    }
    dst[h++] = b;
    b = src[++i] ?? 0;
  }
  c.i = i;
  c.h = h;
  c.lastChange = lastChange;
  if (!done) return 'room';
  return i >= n || i < end ? 'done' : 'chunk';
}
