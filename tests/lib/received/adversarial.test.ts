/**
 * Hostile Received input (NOTES-SECURITY G2): each case finishes within a generous 2 s, and time grows about
 * linearly with size. The growth check compares 1x with 4x (not 2x) so that a loose bound still separates the
 * two: linear is ~4x, quadratic ~16x; the bound is 10x, best of 5 runs after a warm-up, so one GC pause or a
 * busy core does not decide the test.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { parseReceived } from '../../../lib/received/parse';
import { MAX_HOPS } from '../../../lib/received/analyze-hops';
import { LIMITS } from '../../../lib/limits';

const BUDGET_MS = 2000;
const deps = { now: () => Date.UTC(2026, 0, 1) };
const DATE = 'Tue, 14 Oct 2025 09:17:41 +0000';
const TAIL = 'From: a@b.example\nTo: c@d.example\nDate: Tue, 14 Oct 2025 09:17:40 +0000\n\n';
const MB = 1_000_000;

function best(f: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** Received values of about `n` characters, each a different hostile shape. */
const SHAPES: [string, (n: number) => string][] = [
  ['nested comments', (n) => `from a.example ${'('.repeat(n / 2)}${')'.repeat(n / 2)} by b.example; ${DATE}`],
  ['unclosed "("', (n) => `from a.example ${'('.repeat(n)}`],
  ['many small comments', (n) => `from a.example ${'(x [1.2.3.4] helo=y) '.repeat(n / 21)} by b; ${DATE}`],
  ['quoted-pairs in a comment', (n) => `from a (${'\\('.repeat(n / 2)}) by b; ${DATE}`],
  ['many clauses', (n) => `${'by b.example with x '.repeat(n / 20)}; ${DATE}`],
  ['many ";"', (n) => `from a by b${';'.repeat(n)}`],
  ['many literals', (n) => `from ${'[192.0.2.1]'.repeat(n / 11)} by b; ${DATE}`],
  ['many "[" without "]"', (n) => `from a (${'['.repeat(n)}) by b; ${DATE}`],
  ['many "<"', (n) => `from a by b for ${'<'.repeat(n)}; ${DATE}`],
  ['one long word', (n) => `from ${'a'.repeat(n)} by b; ${DATE}`],
  ['date-like words without ";"', (n) => `by b id ${'1:11:11.1111 '.repeat(n / 13)}`],
  ['TLS-like comment text', (n) => `from a (${'using TLSv1.3 with cipher '.repeat(n / 26)}) by b with ESMTPS; ${DATE}`],
  ['helo= runs', (n) => `from a (${'helo=['.repeat(n / 6)}) by b; ${DATE}`],
];

describe('parseReceived on hostile values', () => {
  it.each(SHAPES)('%s: 100 kB within budget, about linear', (_name, make) => {
    const hundred = make(100_000);
    expect(best(() => parseReceived(hundred), 1)).toBeLessThan(BUDGET_MS);
    const one = make(50_000);
    const four = make(200_000);
    best(() => parseReceived(one), 2); // warm-up
    best(() => parseReceived(four), 1);
    const t1 = Math.max(best(() => parseReceived(one)), 0.5);
    const t4 = best(() => parseReceived(four));
    expect(t4 / t1).toBeLessThan(10);
  });

  it('1 MB of nested comments (parser alone) within budget', () => {
    const v = `from a.example ${'('.repeat(MB / 2)}${')'.repeat(MB / 2)} by b.example; ${DATE}`;
    let p: ReturnType<typeof parseReceived> | undefined;
    expect(best(() => (p = parseReceived(v)), 1)).toBeLessThan(BUDGET_MS);
    expect(p?.by.host).toBe('b.example');
    expect(p?.epochMs).toBe(Date.UTC(2025, 9, 14, 9, 17, 41));
  });
});

describe('analyze() on hostile Received headers', () => {
  it('1 MB of nested comments in one Received (just under the header-block cap)', async () => {
    const depth = (MB - 200) / 2;
    expect(2 * depth + TAIL.length + 100).toBeLessThan(LIMITS.maxHeaderBlockChars);
    const raw = `Received: from a.example ${'('.repeat(depth)}${')'.repeat(depth)} by mx.b.example; ${DATE}\n${TAIL}`;
    const t0 = performance.now();
    const r = await analyze(raw, deps);
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
    expect(r.input.status).toBe('ok');
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]?.by.host).toBe('mx.b.example');
  });

  it('a 100 kB single Received line', async () => {
    const raw = `Received: from a.example (a.example [192.0.2.1]) ${'(x) '.repeat(25_000)}by mx.b.example with ESMTP id ${'z'.repeat(100)}; ${DATE}\n${TAIL}`;
    expect(raw.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const r = await analyze(raw, deps);
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
    expect(r.hops).toHaveLength(1);
    expect(r.boundary).toMatchObject({ hop: 1, ip: '192.0.2.1' });
  });

  const stamps = (n: number) =>
    Array.from({ length: n }, (_v, i) => `Received: from h${String(i)}.a.example ([192.0.2.1]) by mx.b.example; ${DATE}\n`).join('');

  it(`10,000 Received headers: the newest ${String(MAX_HOPS)} are analysed, with a received.too-many finding`, async () => {
    const raw = `${stamps(10_000)}${TAIL}`;
    expect(raw.length).toBeLessThan(LIMITS.maxHeaderBlockChars);
    const t0 = performance.now();
    const r = await analyze(raw, deps);
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
    expect(r.hops).toHaveLength(MAX_HOPS);
    // Newest first in the message, so the newest kept stamp (h0) is the highest index.
    expect(r.hops.at(-1)?.from.helo).toBe('h0.a.example');
    expect(r.hops[0]?.from.helo).toBe(`h${String(MAX_HOPS - 1)}.a.example`);
    expect(r.findings.filter((f) => f.id === 'received.too-many')).toHaveLength(1);
  });

  it('Received headers: time about linear in their number (2,500 vs 10,000)', async () => {
    const one = `${stamps(2_500)}${TAIL}`;
    const four = `${stamps(10_000)}${TAIL}`;
    expect(four.length).toBeLessThan(LIMITS.maxHeaderBlockChars);
    const time = async (raw: string) => {
      let min = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        await analyze(raw, deps);
        min = Math.min(min, performance.now() - t0);
      }
      return min;
    };
    await time(one);
    await time(four);
    const t1 = Math.max(await time(one), 0.5);
    const t4 = await time(four);
    expect(t4 / t1).toBeLessThan(10);
  });
});
