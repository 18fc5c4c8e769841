/**
 * denseRewrite (lib/dkim/dense-rewrite.ts) on its own: RFC 6376 §3.4.3 / §3.4.4 line by line against a reference
 * written the obvious way, with the output buffer grown a few bytes at a time (a word, a WSP run or a line break
 * that does not fit is taken back and written again after the growth), in place (source and output one buffer,
 * as the text writer uses it), and restarted wherever it stops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBody, canonicalBodySpliced } from '../../../lib/dkim/canonical-body';
import { denseRewrite, QUIET, type DenseCursor } from '../../../lib/dkim/dense-rewrite';
import { joinSpliced } from '../../../lib/dkim/spliced-body';

/**
 * What dense mode writes for `t` (latin1, one char per byte): lines end at LF (a CR just before it belongs to the
 * break), every break written CRLF; relaxed: WSP runs -> one SP, WSP before a break or at the very end dropped. A
 * lone CR is content. (Empty lines at the end and the final CRLF are left to the caller, as in the code.)
 */
function reference(t: string, relaxed: boolean): string {
  const parts = t.split('\n');
  return parts
    .map((line, k) => {
      const last = k === parts.length - 1;
      let l = !last && line.endsWith('\r') ? line.slice(0, -1) : line;
      if (relaxed) l = l.replace(/[ \t]+/g, ' ').replace(/ $/, '');
      return last ? l : `${l}\r\n`;
    })
    .join('');
}

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const bytesOf = (t: string): Uint8Array => new Uint8Array(Buffer.from(t, 'latin1'));

/** Dense mode from 0, restarted where it stops, its output grown by `step` bytes (from `first`) when full. */
function rewriteGrowing(src: Uint8Array, relaxed: boolean, first: number, step: number): { out: string; stops: number[] } {
  let dst = new Uint8Array(first);
  const c: DenseCursor = { i: 0, h: 0, lastChange: 0 };
  const stops: number[] = [];
  let guard = 0;
  while (c.i < src.length) {
    if (guard++ > 100_000) throw new Error('no progress');
    const before = c.i;
    const stop = denseRewrite(src, relaxed, dst, c);
    if (stop === 'done') {
      if (c.i < src.length) stops.push(c.i);
      // The caller goes back to its searches and re-enters at a change; here: straight back in.
      c.lastChange = c.i;
    } else if (stop === 'room') {
      expect(c.h).toBeLessThanOrEqual(dst.length);
      const bigger = new Uint8Array(dst.length + step);
      bigger.set(dst.subarray(0, c.h));
      dst = bigger;
    }
    expect(c.i).toBeGreaterThanOrEqual(before);
  }
  return { out: latin1(dst.subarray(0, c.h)), stops };
}

const piece = fc.constantFrom('a', 'bc', 'word', '\u00e9', '\u00ff', '\u0001', ' ', '  ', '\t', ' \t ', '\r', '\n', '\r\n', ' \r\n', '\t\n', '\r\r\n', 'QUJDREVG');

describe('denseRewrite', () => {
  it('property: equals the reference, output grown a few bytes at a time (words, WSP runs, breaks at the edge), simple and relaxed (3000 runs)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (ps, relaxed, first, step) => {
        const t = ps.join('');
        const { out, stops } = rewriteGrowing(bytesOf(t), relaxed, first, step);
        expect(out).toBe(reference(t, relaxed));
        // It only stops (room aside) at a line start.
        for (const at of stops) expect(t[at - 1]).toBe('\n');
      }),
      { numRuns: 3000 },
    );
  });

  it('property: in place (source and output views of one buffer, room for the CRs added before lone LFs) (2000 runs)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (ps, relaxed) => {
        const t = ps.join('');
        const room = (t.match(/(?<!\r)\n/g) ?? []).length;
        const buf = new Uint8Array(room + t.length);
        buf.set(bytesOf(t), room);
        const c: DenseCursor = { i: 0, h: 0, lastChange: 0 };
        while (c.i < t.length) {
          expect(denseRewrite(buf.subarray(room), relaxed, buf, c)).toBe('done');
          c.lastChange = c.i;
        }
        expect(latin1(buf.subarray(0, c.h))).toBe(reference(t, relaxed));
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at the first line start more than QUIET bytes after the last changed line', () => {
    const quiet = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\r\n';
    const t = `${quiet.repeat(3)}a  b\r\n${quiet.repeat(20)}`;
    const c: DenseCursor = { i: 0, h: 0, lastChange: 0 };
    expect(denseRewrite(bytesOf(t), true, new Uint8Array(t.length), c)).toBe('done');
    const changedLineEnd = quiet.length * 3 + 6;
    expect(c.i).toBe(changedLineEnd + quiet.length * Math.ceil((QUIET + 1) / quiet.length));
  });

  it('a line whose only change is one TAB counts as changed: the stop moves past it', () => {
    const quiet = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\r\n';
    const tabLineEnd = 6 + quiet.length * 5 + 5;
    const t = `a  b\r\n${quiet.repeat(5)}c\td\r\n${quiet.repeat(20)}`;
    const c: DenseCursor = { i: 0, h: 0, lastChange: 0 };
    expect(denseRewrite(bytesOf(t), true, new Uint8Array(t.length), c)).toBe('done');
    expect(c.i).toBe(tabLineEnd + quiet.length * Math.ceil((QUIET + 1) / quiet.length));
  });

  it('a dense stretch longer than one call takes (64 KiB) is done in several calls: the same bytes, growing or in place', () => {
    const lines = ['Quarterly  figures \t', '\tRevenue:  1,204  ', 'plain line', '', '> quoted   reply '];
    let t = '';
    for (let k = 0; t.length < 200_000; k++) t += `${lines[k % lines.length] ?? ''}${k % 7 === 0 ? '\n' : '\r\n'}`;
    const want = reference(t, true);
    const src = bytesOf(t);
    const c: DenseCursor = { i: 0, h: 0, lastChange: 0 };
    const dst = new Uint8Array(2 * t.length);
    // One call stops after a chunk (not for room: dst is large enough), at a token boundary, and says so.
    expect(denseRewrite(src, true, dst, c)).toBe('chunk');
    expect(c.i).toBeGreaterThanOrEqual(1 << 16);
    expect(c.i).toBeLessThan(t.length);
    expect(want.startsWith(latin1(dst.subarray(0, c.h)))).toBe(true);
    let calls = 1;
    while (denseRewrite(src, true, dst, c) !== 'done') calls++;
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(c.i).toBe(t.length);
    expect(latin1(dst.subarray(0, c.h))).toBe(want);
    expect(rewriteGrowing(src, true, 0, 4096).out).toBe(want);
    const room = (t.match(/(?<!\r)\n/g) ?? []).length;
    const buf = new Uint8Array(room + t.length);
    buf.set(src, room);
    const d: DenseCursor = { i: 0, h: 0, lastChange: 0 };
    while (denseRewrite(buf.subarray(room), true, buf, d) === 'chunk');
    expect(latin1(buf.subarray(0, d.h))).toBe(want);
  });

  it('a word longer than the output buffer is written up to its end and goes on in the next call', () => {
    const t = `x\t${'y'.repeat(50)}  z\n`;
    const { out } = rewriteGrowing(bytesOf(t), true, 3, 7);
    expect(out).toBe(`x ${'y'.repeat(50)} z\r\n`);
    const c: DenseCursor = { i: 2, h: 2, lastChange: 2 };
    const dst = new Uint8Array(40);
    expect(denseRewrite(bytesOf(t), true, dst, c)).toBe('room');
    expect([c.i, c.h]).toEqual([40, 40]);
    expect(latin1(dst.subarray(2))).toBe('y'.repeat(38));
    // Full at the call: nothing written, nothing read.
    expect(denseRewrite(bytesOf(t), true, dst, c)).toBe('room');
    expect([c.i, c.h]).toEqual([40, 40]);
  });

  it.each([
    ['LF line ends (every line rewritten)', 'a\n', '\nb  c\n'],
    ['a WSP run before it', 'a  ', '  b\r\n'],
  ])('a word longer than the head grows in any step (100 KB, %s): the canonical body, not a loop without end', (_label, before, after) => {
    const t = `${before}${'Q'.repeat(100_000)}${after}`;
    const want = reference(t, true);
    const received = bytesOf(t) as Uint8Array<ArrayBuffer>;
    const spliced = latin1(joinSpliced(canonicalBodySpliced(received, 'relaxed', false, {})));
    expect(spliced).toBe(want.endsWith('\r\n') ? want : `${want}\r\n`);
    expect(latin1(canonicalBody(t, 'relaxed', 'utf-8', false))).toBe(spliced);
  });
});
