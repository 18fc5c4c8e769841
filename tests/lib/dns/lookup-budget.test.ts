/** One analysis's DNS allowance (security goal G4, docs/security-goals.md): a question budget spent in tier order, one deadline, no repeats. */
import { describe, expect, it } from 'vitest';
import { createLookupBudget, type LookupTier } from '../../../lib/dns/lookup-budget';
import type { DnsAnswer, DnsResolver, RRType } from '../../../lib/dns/types';

/** Answers every A question with 192.0.2.1 when released (or at once); records the order questions arrive in. */
class GatedResolver implements DnsResolver {
  readonly asked: string[] = [];
  private readonly pending: (() => void)[] = [];
  constructor(private readonly gated = false) {}
  query(name: string, type: RRType): Promise<DnsAnswer> {
    this.asked.push(type === 'A' ? name : `${name}/${type}`);
    const a: DnsAnswer = { status: 'NOERROR', records: [{ type: 'A', address: '192.0.2.1' }], ad: false, detail: null };
    if (!this.gated) return Promise.resolve(a);
    return new Promise((resolve) => {
      this.pending.push(() => {
        resolve(a);
      });
    });
  }
  releaseAll(): void {
    for (const r of this.pending.splice(0)) r();
  }
}

const RESERVE: Record<LookupTier, number> = { verdicts: 4, records: 2, rdns: 1, blocklists: 0 };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createLookupBudget', () => {
  it('stops at the budget with a "skipped:" BUDGET answer, and asks a repeated question once', async () => {
    const inner = new GatedResolver();
    const budget = createLookupBudget(inner, {
      maxQueries: 3,
      reserve: { verdicts: 0, records: 0, rdns: 0, blocklists: 0 },
    });
    const v = budget.tier('verdicts');
    const answers = await Promise.all(
      ['a.example', 'a.example', 'b.example', 'c.example', 'd.example'].map((n) => v.query(n, 'A')),
    );
    expect(answers.map((a) => a.status)).toEqual(['NOERROR', 'NOERROR', 'NOERROR', 'NOERROR', 'BUDGET']);
    expect(answers[4]?.detail).toMatch(/^skipped: the limit of 3 DNS questions/);
    expect(inner.asked).toEqual(['a.example', 'b.example', 'c.example']);
    expect(budget.used).toBe(3);
  });

  it('a lower tier waits for what a higher one has reserved, and gets it when that tier finishes', async () => {
    const inner = new GatedResolver(true);
    const budget = createLookupBudget(inner, { maxQueries: 6, reserve: RESERVE });
    const lists = budget.tier('blocklists');
    const verdicts = budget.tier('verdicts');
    // 6 - (4 + 2 + 1) reserved above: no room for blocklists yet.
    const listed = ['l1.example', 'l2.example', 'l3.example'].map((n) => lists.query(n, 'A'));
    const spf = verdicts.query('spf.example', 'TXT');
    await tick();
    expect(inner.asked).toEqual(['spf.example/TXT']);
    budget.finish('verdicts');
    budget.finish('records');
    await tick();
    // Verdicts used 1 of their 4; with records done too only rdns's 1 stays held: 6 - 1 - 1 = 4 free, 3 asked.
    expect(inner.asked).toEqual(['spf.example/TXT', 'l1.example', 'l2.example', 'l3.example']);
    inner.releaseAll();
    expect((await spf).status).toBe('NOERROR');
    expect((await Promise.all(listed)).map((a) => a.status)).toEqual(['NOERROR', 'NOERROR', 'NOERROR']);
    expect(budget.usedBy('blocklists')).toBe(3);
  });

  it('a waiting question that can never be asked answers BUDGET once the tiers above are done', async () => {
    const inner = new GatedResolver();
    const budget = createLookupBudget(inner, {
      maxQueries: 2,
      reserve: { verdicts: 2, records: 0, rdns: 0, blocklists: 0 },
    });
    const v = budget.tier('verdicts');
    await Promise.all([v.query('a.example', 'A'), v.query('b.example', 'A')]);
    const late = budget.tier('rdns').query('c.example', 'PTR');
    budget.finish('verdicts');
    expect((await late).status).toBe('BUDGET');
    expect(inner.asked).not.toContain('c.example');
  });

  it('the deadline ends questions in flight and waiting ones with "skipped: took too long"', async () => {
    const inner = new GatedResolver(true);
    const deadline = new AbortController();
    const budget = createLookupBudget(inner, {
      maxQueries: 10,
      reserve: { verdicts: 10, records: 0, rdns: 0, blocklists: 0 },
      signal: deadline.signal,
      deadlineLabel: '8 s',
    });
    const inFlight = budget.tier('verdicts').query('slow.example', 'TXT');
    const waiting = budget.tier('blocklists').query('list.example', 'A');
    deadline.abort();
    for (const a of await Promise.all([inFlight, waiting])) {
      expect(a.status).toBe('TIMEOUT');
      expect(a.detail).toBe('skipped: took too long (the 8 s limit for live checks ran out)');
    }
    expect((await budget.tier('verdicts').query('after.example', 'A')).status).toBe('TIMEOUT');
    expect(inner.asked).toEqual(['slow.example/TXT']);
  });
});
