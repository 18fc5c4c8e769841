/**
 * Golden Received chains: each tests/fixtures/received/<dialect-scenario>.eml header block goes through
 * analyze() and is compared with the hand-written <same>.expected.json. Expectations are partial per hop (only
 * the keys written), but every file asserts the hop count, the trust boundary, the clock-skew notes and the exact
 * set of received.* findings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { Hop } from '../../../lib/received';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/received');
const deps = { now: () => Date.UTC(2026, 0, 1) };

interface ExpectedHop {
  index: number;
  from?: Partial<Hop['from']>;
  /** The "by" host name (lower-case), or null. */
  by?: string | null;
  byIp?: string | null;
  with?: string | null;
  tls?: Hop['tls'];
  timestamp?: string | null;
  delaySeconds?: number | null;
  authenticated?: boolean;
  side?: Hop['side'];
  header?: string;
  id?: string | null;
  for?: string | null;
  via?: string | null;
  authUser?: string | null;
  internal?: Hop['internal'];
  date?: string | null;
  dialect?: Hop['dialect'];
}

interface Expected {
  scenario: string;
  hopCount: number;
  hops: ExpectedHop[];
  boundary: { hop: number; ip: string | null; provider: string; helo?: string | null; rdns?: string | null } | null;
  skew: { hop: number; offsetSeconds: number; hops?: number[]; host?: string | null }[];
  /** Exact set of received.* finding ids, in any order. */
  findings: string[];
  totalSeconds?: number | null;
  slowestHop?: number | null;
}

/** The fields of an actual hop that an expectation may name, in the expectation's vocabulary. */
function view(h: Hop, e: ExpectedHop): Record<string, unknown> {
  const all: Record<string, unknown> = {
    index: h.index,
    from: e.from ? Object.fromEntries(Object.keys(e.from).map((k) => [k, h.from[k as keyof Hop['from']]])) : undefined,
    by: h.by.host,
    byIp: h.by.ip,
    with: h.with,
    tls: h.tls,
    timestamp: h.timestamp,
    delaySeconds: h.delaySeconds,
    authenticated: h.authenticated,
    side: h.side,
    header: h.header,
    id: h.id,
    for: h.for,
    via: h.via,
    authUser: h.authUser,
    internal: h.internal,
    date: h.date,
    dialect: h.dialect,
  };
  return Object.fromEntries(Object.keys(e).map((k) => [k, all[k]]));
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('golden Received chains', () => {
  it('has at least 40 scenarios, each with its expectation file', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    const expected = new Set(readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length)));
    expect(names.filter((n) => !expected.has(n))).toEqual([]);
    expect([...expected].filter((n) => !names.includes(n))).toEqual([]);
    for (const n of names) {
      const e = JSON.parse(readFileSync(path.join(dir, `${n}.expected.json`), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(e).filter((k) => ['hopCount', 'boundary', 'skew', 'findings'].includes(k)).sort(), n).toEqual(['boundary', 'findings', 'hopCount', 'skew']);
    }
  });

  it.each(names)('%s', async (name) => {
    const raw = readFileSync(path.join(dir, `${name}.eml`), 'latin1');
    const e = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const r = await analyze(raw, deps);
    expect(r.hops.length, 'hop count').toBe(e.hopCount);
    expect(r.hops.map((h) => h.index), 'hops oldest first').toEqual(r.hops.map((_h, i) => i + 1));
    for (const eh of e.hops) {
      const h = r.hops.find((x) => x.index === eh.index);
      expect(h, `hop ${String(eh.index)}`).toBeDefined();
      if (h) expect(view(h, eh), `hop ${String(eh.index)}`).toEqual(eh);
    }
    const b = r.boundary;
    const eb = e.boundary;
    expect(b === null ? null : { hop: b.hop, ip: b.ip, provider: b.provider, ...(eb && 'helo' in eb ? { helo: b.helo } : {}), ...(eb && 'rdns' in eb ? { rdns: b.rdns } : {}) }, 'boundary').toEqual(eb);
    // Each skew expectation names hop and offset, and the hops and host of that clock when written.
    expect((r.timeline?.skew ?? []).map((s, k) => ({ hop: s.hop, offsetSeconds: s.offsetSeconds, ...(e.skew[k]?.hops ? { hops: s.hops } : {}), ...(e.skew[k] && 'host' in e.skew[k] ? { host: s.host } : {}) })), 'skew').toEqual(e.skew);
    const ids = r.findings.map((f) => f.id).filter((id) => id.startsWith('received.'));
    expect([...ids].sort(), 'received.* findings').toEqual([...e.findings].sort());
    if (e.totalSeconds !== undefined) expect(r.timeline?.totalSeconds ?? null, 'totalSeconds').toBe(e.totalSeconds);
    if (e.slowestHop !== undefined) expect(r.timeline?.slowestHop ?? null, 'slowestHop').toBe(e.slowestHop);
  });
});
