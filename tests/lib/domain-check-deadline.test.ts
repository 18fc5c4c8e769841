/**
 * security goal G4, docs/security-goals.md for the start screen's domain check: the same 30 questions and the same deadline as an
 * analysis reach the record lint (fake timers: a 40-include SPF chain answering in 2.9 s per question is cut at 8 s).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../lib/handle-message';
import type { DomainHealth } from '../../lib/domain-health/check-domain';
import { FakeResolver, txt, type Zone } from '../helpers/fake-resolver';
import { SlowResolver } from '../helpers/slow-resolver';


function chainZone(length: number): Zone {
  const zone: Zone = { 'shop.example': [txt('v=spf1 include:s0.chain.example -all')] };
  for (let i = 0; i < length; i++)
    zone[`s${String(i)}.chain.example`] = [txt(`v=spf1 include:s${String(i + 1)}.chain.example ~all`)];
  return zone;
}

describe('domain check from the start screen', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a slow 40-include SPF chain ends at the 8 s deadline, the record lint saying it took too long', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const inner = new FakeResolver(chainZone(40));
    const deadline = new AbortController();
    setTimeout(() => {
      deadline.abort();
    }, 8000);
    const deps = { now: () => 0, dns: new SlowResolver(inner, 2900), signal: deadline.signal, deadlineSeconds: 8 };
    let done = false;
    const pending = handleMessage({ type: 'checkDomain', payload: { domain: 'shop.example' } }, true, deps).then(
      (r) => {
        done = true;
        return r;
      },
    );
    await vi.advanceTimersByTimeAsync(7999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(done).toBe(true);
    const r = await pending;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const spf = (r.value as DomainHealth).records.find((x) => x.kind === 'spf');
    expect(JSON.stringify(spf)).toContain('took too long (the 8 s limit for live checks ran out)');
  });

  it('asks at most 30 questions, however long the chain', async () => {
    const dns = new FakeResolver(chainZone(60));
    const r = await handleMessage({ type: 'checkDomain', payload: { domain: 'shop.example' } }, true, {
      now: () => 0,
      dns,
    });
    expect(r.ok).toBe(true);
    expect(dns.count()).toBeLessThanOrEqual(30);
  });
});
