/**
 * Hostile Received input (security goal G2, docs/security-goals.md): what the parser and analyze() make of it. How the time grows with
 * the size of these same shapes is measured by `npm run bench` (bench/hostile-growth.ts), never here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { parseReceived } from '../../../lib/received/parse';
import { MAX_HOPS } from '../../../lib/received/analyze-hops';
import { LIMITS } from '../../../lib/limits';
import { RECEIVED_SHAPES } from '../../../bench/hostile-shapes';

const deps = { now: () => Date.UTC(2026, 0, 1) };
const DATE = 'Tue, 14 Oct 2025 09:17:41 +0000';
const TAIL = 'From: a@b.example\nTo: c@d.example\nDate: Tue, 14 Oct 2025 09:17:40 +0000\n\n';
const MB = 1_000_000;

describe('parseReceived on hostile values', () => {
  it.each(RECEIVED_SHAPES.map((shape) => [shape.name, shape] as const))('%s: a total parse with the by host read or null', (_name, shape) => {
    const p = parseReceived(shape.make(shape.size));
    expect(p.by.host === null || typeof p.by.host === 'string').toBe(true);
    expect(p.epochMs === null || Number.isFinite(p.epochMs)).toBe(true);
  });

  it('1 MB of nested comments (parser alone): the by host and the date still read', () => {
    const v = `from a.example ${'('.repeat(MB / 2)}${')'.repeat(MB / 2)} by b.example; ${DATE}`;
    const p = parseReceived(v);
    expect(p.by.host).toBe('b.example');
    expect(p.epochMs).toBe(Date.UTC(2025, 9, 14, 9, 17, 41));
  });
});

describe('analyze() on hostile Received headers', () => {
  it('1 MB of nested comments in one Received (just under the header-block cap)', async () => {
    const depth = (MB - 200) / 2;
    expect(2 * depth + TAIL.length + 100).toBeLessThan(LIMITS.maxHeaderBlockChars);
    const raw = `Received: from a.example ${'('.repeat(depth)}${')'.repeat(depth)} by mx.b.example; ${DATE}\n${TAIL}`;
    const r = await analyze(raw, deps);
    expect(r.input.status).toBe('ok');
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]?.by.host).toBe('mx.b.example');
  });

  it('a 100 kB single Received line', async () => {
    const raw = `Received: from a.example (a.example [192.0.2.1]) ${'(x) '.repeat(25_000)}by mx.b.example with ESMTP id ${'z'.repeat(100)}; ${DATE}\n${TAIL}`;
    expect(raw.length).toBeGreaterThan(100_000);
    const r = await analyze(raw, deps);
    expect(r.hops).toHaveLength(1);
    expect(r.boundary).toMatchObject({ hop: 1, ip: '192.0.2.1' });
  });

  const stamps = (n: number) =>
    Array.from({ length: n }, (_v, i) => `Received: from h${String(i)}.a.example ([192.0.2.1]) by mx.b.example; ${DATE}\n`).join('');

  it(`10,000 Received headers: the newest ${String(MAX_HOPS)} are analysed, with a received.too-many finding`, async () => {
    const raw = `${stamps(10_000)}${TAIL}`;
    expect(raw.length).toBeLessThan(LIMITS.maxHeaderBlockChars);
    const r = await analyze(raw, deps);
    expect(r.hops).toHaveLength(MAX_HOPS);
    // Newest first in the message, so the newest kept stamp (h0) is the highest index.
    expect(r.hops.at(-1)?.from.helo).toBe('h0.a.example');
    expect(r.hops[0]?.from.helo).toBe(`h${String(MAX_HOPS - 1)}.a.example`);
    expect(r.findings.filter((f) => f.id === 'received.too-many')).toHaveLength(1);
  });
});
