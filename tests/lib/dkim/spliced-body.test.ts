/**
 * Canonical bodies of received octets kept as head + untouched tail (lib/dkim/spliced-body.ts): the same
 * bytes and digests as one buffer, the received bytes unchanged afterwards, and the platform property the
 * digest relies on (WebCrypto copies its input before digest() returns).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBody, canonicalBodySpliced, WSP_BLOCK as BLOCK } from '../../../lib/dkim/canonical-body';
import { digestSpliced, joinSpliced, splicedLength } from '../../../lib/dkim/spliced-body';
import { bytesSource, textSource } from '../../../lib/dkim/body-source';
import { nodeHash } from '../../../cli/node-hash';
import { nodeFindByte } from '../../../cli/node-find-byte';

/**
 * RFC 6376 §3.4.4 (relaxed body) written the obvious way: lines at LF (CR before it dropped), WSP runs -> SP, trailing
 * WSP and trailing empty lines removed, CRLF after every line; an empty body stays empty.
 */
const oracle = (t: string): string => {
  const ls = t.split('\n').map((l, i, all) => (i < all.length - 1 && l.endsWith('\r') ? l.slice(0, -1) : l));
  if (ls.length > 0 && ls[ls.length - 1] === '') ls.pop();
  const out = ls.map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.map((l) => `${l}\r\n`).join('');
};

const hex = (b: ArrayBuffer | Uint8Array): string => Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex');
const sha = async (b: Uint8Array<ArrayBuffer>): Promise<string> => hex(await crypto.subtle.digest('SHA-256', b));

describe('WebCrypto digest() copies its input before it returns (W3C WebCrypto, SubtleCrypto.digest)', () => {
  it('changing the bytes right after the call does not change the digest', async () => {
    const data = new Uint8Array(1 << 20).fill(7);
    const want = await sha(data.slice());
    const pending = crypto.subtle.digest('SHA-256', data);
    data.fill(9);
    expect(hex(await pending)).toBe(want);
  });
});

describe('spliced canonical body', () => {
  it('only a text part on top changes: the tail is a range of the received bytes, not a copy', () => {
    const received = new Uint8Array(Buffer.from(`a  b \r\n${'QUJD\r\n'.repeat(1000)}`));
    const b = canonicalBodySpliced(received, 'relaxed', false);
    // The changes are rewritten byte by byte until a few hundred bytes pass unchanged; the rest is the tail.
    expect(Buffer.from(b.head).toString('latin1').startsWith('a b\r\nQUJD\r\n')).toBe(true);
    expect(b.src).toBe(received);
    expect(b.tailTo).toBe(received.length);
    expect(b.tailFrom).toBeLessThan(400);
    expect(b.head.length).toBe(b.tailFrom - 2);
  });

  it.each([
    ['relaxed, changes on top', 'x \t y  \r\n' + 'ABCD\r\n'.repeat(50), 'relaxed', 0],
    ['relaxed, with l= inside the head', 'x \t y  \r\n' + 'ABCD\r\n'.repeat(50), 'relaxed', 3],
    ['relaxed, with l= inside the tail', 'x \t y  \r\n' + 'ABCD\r\n'.repeat(50), 'relaxed', 100],
    ['simple, lone LFs (head longer than what precedes the tail)', 'a\nb\nc\r\n' + 'ABCD\r\n'.repeat(5), 'simple', 0],
    ['no final line break', 'x  y\r\nlast', 'relaxed', 0],
    ['trailing empty lines cut from the tail', 'a  b\r\nc\r\n\r\n\r\n', 'relaxed', 0],
    ['all of it empty lines', '\r\n\r\n', 'simple', 0],
  ] as const)('%s: digest equals the digest of the joined bytes; received bytes restored', async (_label, text, mode, l) => {
    const received = new Uint8Array(Buffer.from(`H: v\r\n\r\n${text}`)).subarray(8);
    const before = hex(received);
    const b = canonicalBodySpliced(received, mode, false);
    const joined = joinSpliced(b);
    expect(hex(joined)).toBe(hex(canonicalBody(text, mode, 'utf-8', false)));
    const length = l === 0 ? null : Math.min(l, splicedLength(b));
    expect(hex(await digestSpliced(b, 'SHA-256', length))).toBe(await sha(length === null ? joined : joined.slice(0, length)));
    expect(hex(received)).toBe(before);
    // A host's incremental hash (the CLI's node:crypto) hashes the pieces where they lie: the same digest.
    expect(hex(await digestSpliced(b, 'SHA-256', length, nodeHash))).toBe(await sha(length === null ? joined : joined.slice(0, length)));
  });

  it('property: long bodies with quiet stretches (dense mode entered and left) match a line-by-line oracle (300 runs)', () => {
    const noisy = fc.stringMatching(/^[a-z \t]{0,20}$/);
    const quiet = fc.integer({ min: 1, max: 12 }).map((n) => 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\r\n'.repeat(n));
    const segment = fc.oneof(noisy.map((l) => `${l}\r\n`), noisy.map((l) => `${l}\n`), quiet);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 30 }), fc.boolean(), (segs, endBreak) => {
        const t = segs.join('') + (endBreak ? '' : 'tail  ');
        const received = new Uint8Array(Buffer.from(t, 'latin1'));
        const noLoneLf = !/(?<!\r)\n/.test(t);
        const got = Buffer.from(joinSpliced(canonicalBodySpliced(received, 'relaxed', false, { text: t, noLoneLf }))).toString('latin1');
        expect(got).toBe(oracle(t));
        // The octets alone, searched by lib (Uint8Array indexOf) or by the host's finder (Buffer indexOf).
        for (const findByte of [undefined, nodeFindByte]) {
          expect(Buffer.from(joinSpliced(canonicalBodySpliced(received, 'relaxed', false, { findByte }))).toString('latin1')).toBe(oracle(t));
        }
        expect(Buffer.from(canonicalBody(t, 'relaxed', 'utf-8', false)).toString('latin1')).toBe(oracle(t));
      }),
      { numRuns: 300 },
    );
  });

  it('property: a change after a long stretch without SP or TAB (searched for both at once, block by block) is found wherever it lies (40 runs)', () => {
    // Stretches of base64 lines longer than the search's 64 KiB blocks, with one change (TAB, two SP, WSP before a
    // break, an SP ending the body) at any offset: at a block's edge, just before or after it, in the last bytes.
    const b64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n';
    const stretch = (n: number): string => b64.repeat(Math.ceil(n / b64.length)).slice(0, n);
    const change = fc.constantFrom('\t', '  ', ' \r\n', 'x \t\r\n', ' ', '\t\n');
    fc.assert(
      fc.property(fc.integer({ min: 60_000, max: 200_000 }), change, fc.integer({ min: 0, max: 70_000 }), fc.boolean(), fc.constantFrom('', 'a  b\r\n'), (n, ch, after, lf, top) => {
        const body = `${top}${stretch(n)}${ch}${stretch(after)}${lf ? '\n' : '\r\n'}`;
        const received = new Uint8Array(Buffer.from(body, 'latin1'));
        const want = oracle(body);
        const noLoneLf = !/(?<!\r)\n/.test(body);
        const got = (o: Parameters<typeof canonicalBodySpliced>[3]): string => Buffer.from(joinSpliced(canonicalBodySpliced(received, 'relaxed', false, o))).toString('latin1');
        expect(got({ text: body, noLoneLf })).toBe(want);
        expect(got({})).toBe(want);
        expect(got({ findByte: nodeFindByte })).toBe(want);
      }),
      { numRuns: 40 },
    );
  });

  it('property: words longer than the free head or a search block, LF-only or CRLF lines, simple or relaxed (40 runs)', () => {
    // Every LF-only line changes (LF -> CRLF), so the rewrite stays dense and copies each word whole: words from a few
    // bytes to 150 KB (longer than the 64 KiB blocks and any head room left) must come out whole, in order, once.
    const word = fc.integer({ min: 1, max: 150_000 }).map((n) => 'QUJD'.repeat(Math.ceil(n / 4)).slice(0, n));
    const gap = fc.constantFrom(' ', '\t', '  ', ' \t ');
    const lineOf = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 3 }).map((ws) => ws.map(([w, g]) => w + g).join('').trimEnd());
    fc.assert(
      fc.property(fc.array(lineOf, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('simple', 'relaxed'), fc.boolean(), (ls, eol, mode, endBreak) => {
        const body = ls.join(eol) + (endBreak ? eol : '');
        const received = new Uint8Array(Buffer.from(body, 'latin1'));
        const want = hex(canonicalBody(body, mode, 'utf-8', false));
        if (mode === 'relaxed') expect(Buffer.from(canonicalBody(body, mode, 'utf-8', false)).toString('latin1')).toBe(oracle(body));
        const noLoneLf = !/(?<!\r)\n/.test(body);
        for (const o of [{ text: body, noLoneLf }, {}, { findByte: nodeFindByte }]) expect(hex(joinSpliced(canonicalBodySpliced(received, mode, false, o)))).toBe(want);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    // The first search starts 64 bytes in (the scan walks the first 64 itself): blocks start at 64 + k * BLOCK.
    ['a TAB where the first block starts', '\r\n', [[64, '\t']]],
    ['a TAB in the first block and two SP where the second starts', '\r\n', [[100, '\t'], [64 + BLOCK, '  ']]],
    ['a single SP in the first block and a TAB where the second starts', '\r\n', [[100, ' '], [64 + BLOCK, '\t']]],
    ['TABs on both sides of the block edge', '\r\n', [[63 + BLOCK, '\t'], [64 + BLOCK, '\t']]],
    ['LF lines (every line changes)', '\n', [[64 + BLOCK, '  ']]],
    ['CR lines, two SP in the first block, a line break just after the block edge', '\r', [[100, '  '], [65 + BLOCK, '\r']]],
    ['CR lines, an SP before a break where the second block starts', '\r', [[64 + BLOCK, ' \r']]],
  ] as const)('the search for SP and TAB block by block: %s', (_label, eol, marks) => {
    const line = `QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3${eol}`;
    let body = line.repeat(Math.ceil((3 * BLOCK) / line.length));
    for (const [at, str] of marks) body = body.slice(0, at) + str + body.slice(at + str.length);
    const crBreaks = eol === '\r';
    // The oracle above with CR as the line break when the body has no LF (RFC 6376 §3.4.4 on the lines as read).
    const want = crBreaks ? oracle(body.replaceAll('\r', '\n')) : oracle(body);
    const received = new Uint8Array(Buffer.from(body, 'latin1'));
    for (const o of [{ text: body, noLoneLf: !/(?<!\r)\n/.test(body) }, {}, { findByte: nodeFindByte }]) {
      expect(Buffer.from(joinSpliced(canonicalBodySpliced(received, 'relaxed', crBreaks, o))).toString('latin1')).toBe(want);
    }
  });

  it('property: findIn(c, from, to) is the first c in [from, to), or to, for every kind of source (500 runs)', () => {
    const piece = fc.constantFrom('a', ' ', '\t', '\r', '\n', 'QUJD', '\u00e9');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(9, 10, 13, 32), fc.nat(), fc.nat(), (ps, c, x, y) => {
        const t = ps.join('');
        const b = new Uint8Array(Buffer.from(t, 'latin1'));
        const [from, to] = [x % (t.length + 1), y % (t.length + 1)].sort((p, q) => p - q) as [number, number];
        const k = t.slice(from, to).indexOf(String.fromCharCode(c));
        const want = k < 0 ? to : from + k;
        for (const s of [textSource(t), bytesSource(b, t), bytesSource(b), bytesSource(b, null, nodeFindByte)]) expect(s.findIn(c, from, to)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });

  it('property: same canonical bytes and digest as the text path, received bytes never changed (1000 runs)', async () => {
    const line = fc.stringMatching(/^[ \ta-z\u00e9]{0,10}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.constantFrom('simple', 'relaxed'), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (ls, mode, eol, crlfHint) => {
        const text = ls.join(eol);
        const received = new Uint8Array(Buffer.from(text, 'utf8'));
        const before = hex(received);
        const noLoneLf = crlfHint && !/(?<!\r)\n/.test(text);
        const b = canonicalBodySpliced(received, mode, false, { text, noLoneLf });
        const want = canonicalBody(text, mode, 'utf-8', false);
        expect(hex(joinSpliced(b))).toBe(hex(want));
        expect(hex(await digestSpliced(b, 'SHA-256', null))).toBe(await sha(want));
        expect(hex(received)).toBe(before);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: the octets alone (lib search or the host finder) give what the text gives: CR and LF anywhere, UTF-8 and Latin-1 (2000 runs)', () => {
    // RFC 6376 §3.4.3 / §3.4.4: only CR, LF, SP and TAB matter; any other octet (a UTF-8 sequence, a Latin-1 byte) is kept.
    const piece = fc.constantFrom('a', 'b', '\u00e9', '\u00ff', ' ', '  ', '\t', '\r', '\n', '\r\n', ' \r\n', '\t\n', '\r\n\r\n', 'QUJD');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('simple', 'relaxed'), fc.constantFrom('utf-8', 'latin1'), (ps, mode, form) => {
        const text = ps.join('');
        const received = new Uint8Array(Buffer.from(text, form === 'utf-8' ? 'utf8' : 'latin1'));
        const before = hex(received);
        const crBreaks = !text.includes('\n');
        const want = hex(canonicalBody(text, mode, form, crBreaks));
        expect(hex(joinSpliced(canonicalBodySpliced(received, mode, crBreaks, { text })))).toBe(want);
        expect(hex(joinSpliced(canonicalBodySpliced(received, mode, crBreaks)))).toBe(want);
        expect(hex(joinSpliced(canonicalBodySpliced(received, mode, crBreaks, { findByte: nodeFindByte })))).toBe(want);
        expect(hex(received)).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('speculation: the provisional body handed out while the scan confirms the rest', () => {
  const MB = 1 << 20;
  const clean = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n'.repeat(Math.ceil((2 * MB) / 38));
  const noisyTop = 'Hello  world \t\r\n'.repeat(40);

  it.each([
    ['changes only on top: the provisional body is the final one', noisyTop + clean, true],
    ['a change far below: the provisional body is discarded', `${noisyTop}${clean}late  change \r\n${clean}`, false],
    ['trailing empty lines below: trimmed alike in both', `${noisyTop}${clean}\r\n\r\n`, true],
  ])('%s', (_label, text, held) => {
    const received = new Uint8Array(Buffer.from(text, 'latin1'));
    const provisional: Uint8Array[] = [];
    const b = canonicalBodySpliced(received, 'relaxed', false, { text, noLoneLf: true, speculate: (pb) => provisional.push(joinSpliced(pb).slice()) });
    expect(provisional).toHaveLength(1);
    expect(b.speculationHeld).toBe(held);
    const final = joinSpliced(b);
    expect(hex(final)).toBe(hex(canonicalBody(text, 'relaxed', 'utf-8', false)));
    if (held) expect(hex(provisional[0] ?? new Uint8Array())).toBe(hex(final));
    else expect(hex(provisional[0] ?? new Uint8Array())).not.toBe(hex(final));
  });

  it('a small body is not speculated on', () => {
    const calls: number[] = [];
    canonicalBodySpliced(new Uint8Array(Buffer.from('a  b\r\nc\r\n')), 'relaxed', false, { speculate: () => calls.push(1) });
    expect(calls).toEqual([]);
  });
});
