import { describe, expect, it, vi } from 'vitest';
import type { DnsResolver } from '../../../lib/dns/types';
import { FakeResolver } from '../../helpers/fake-resolver';
import { a, DelayResolver, HangingResolver, healthQueries, healthyZone } from '../../helpers/fake-resolver-reputation';
import { activeLists, BLOCKLISTS } from '../../../lib/reputation/catalogue';
import { checkReputation } from '../../../lib/reputation/check-reputation';
import { testPointName } from '../../../lib/reputation/health-check';
import { createHealthCache } from '../../../lib/reputation/types';

const IP = '81.2.69.160';

/** How an entrypoint wires the "live checks" setting: off means no resolver at all. */
function dnsFor(live: boolean, resolver: DnsResolver): DnsResolver | null {
  return live ? resolver : null;
}
const KEY = 'abcdefghijklmnopqrstuvwxyz';
const { lists } = activeLists(null);
const ipLists = BLOCKLISTS.filter((l) => l.kind === 'ip').length;
const ipHealth = healthQueries(lists.filter((l) => l.list.kind === 'ip'));
const domainLists = BLOCKLISTS.filter((l) => l.kind === 'domain').length;

describe('checkReputation', () => {
  it('live checks off: zero queries, every check "unknown (live checks are off)"', async () => {
    const spy = new FakeResolver(healthyZone(lists));
    const rep = await checkReputation({ ips: [IP, '2001:db8::25'], domains: ['example.org'] }, { dns: dnsFor(false, spy), health: createHealthCache() });
    expect(spy.count()).toBe(0);
    expect(rep.live).toBe(false);
    expect(rep.checks).toHaveLength(ipLists + 1 + domainLists);
    for (const c of rep.checks) {
      expect(c.status).toBe('unknown');
      expect(c.reason).toBe('reputation.live-off');
      expect(c.meaning).toContain('live checks are off');
    }
  });

  it('health check runs once per list per resolver per session, and success is cached', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const health = createHealthCache();
    await checkReputation({ ips: [IP], domains: ['example.org'] }, { dns, health });
    const first = dns.count();
    expect(first).toBe(healthQueries(lists) + ipLists + domainLists);
    await checkReputation({ ips: [IP], domains: ['example.org'] }, { dns, health });
    expect(dns.count() - first).toBe(ipLists + domainLists);
    // Another resolver is checked again.
    const other = new FakeResolver(healthyZone(lists));
    await checkReputation({ ips: [IP], domains: [] }, { dns: other, health });
    expect(other.count()).toBe(ipHealth + ipLists);
  });

  it('a failed health check sends no target queries and says why; a transient failure is retried next time', async () => {
    const spamcop = lists.find((l) => l.list.id === 'spamcop');
    if (!spamcop) throw new Error('spamcop');
    const listedPoint = testPointName(spamcop, '127.0.0.2');
    const zone = { ...healthyZone(lists), [listedPoint]: [{ fail: 'TIMEOUT' as const }] };
    const dns = new FakeResolver(zone);
    const health = createHealthCache();
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns, health });
    const check = rep.checks.find((c) => c.listId === 'spamcop');
    expect(check?.status).toBe('unknown');
    expect(check?.reason).toBe('reputation.dns.timeout');
    expect(dns.queries.some((q) => q.name.endsWith('.bl.spamcop.net') && !q.name.startsWith('1.0.0.127') && !q.name.startsWith('2.0.0.127'))).toBe(false);
    const before = dns.queries.filter((q) => q.name === listedPoint).length;
    await checkReputation({ ips: [IP], domains: [] }, { dns, health });
    expect(dns.queries.filter((q) => q.name === listedPoint).length).toBe(before + 1);
  });

  it('resolverKey shares health results across per-message wrappers of one resolver', async () => {
    const base = new FakeResolver(healthyZone(lists));
    const health = createHealthCache();
    const wrap = (): DnsResolver => ({ query: (n, t) => base.query(n, t) });
    await checkReputation({ ips: [IP], domains: [] }, { dns: wrap(), health, resolverKey: 'https://dns.example/dns-query' });
    const n = base.count();
    await checkReputation({ ips: [IP], domains: [] }, { dns: wrap(), health, resolverKey: 'https://dns.example/dns-query' });
    expect(base.count() - n).toBe(ipLists);
  });

  it('concurrent calls share one in-flight health check per list', async () => {
    const dns = new DelayResolver(new FakeResolver(healthyZone(lists)), 10);
    const health = createHealthCache();
    await Promise.all([checkReputation({ ips: [IP], domains: [] }, { dns, health }), checkReputation({ ips: ['81.2.69.161'], domains: [] }, { dns, health })]);
    expect(dns.count).toBe(ipHealth + 2 * ipLists);
  });

  it('a rate-limited health check is not cached', async () => {
    const zen = lists.find((l) => l.list.id === 'spamhaus-zen');
    if (!zen) throw new Error('zen');
    const point = testPointName(zen, '127.0.0.2');
    const dns = new FakeResolver({ ...healthyZone(lists), [point]: [a('127.255.255.255')] });
    const health = createHealthCache();
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns, health });
    expect(rep.checks.find((c) => c.listId === 'spamhaus-zen')?.reason).toBe('reputation.rate-limited');
    await checkReputation({ ips: [IP], domains: [] }, { dns, health });
    expect(dns.queries.filter((q) => q.name === point)).toHaveLength(2);
  });

  it('a list that does not list its own test entry (refused quietly, or gone) is unknown, and that is cached', async () => {
    const zone = healthyZone(lists.filter((l) => l.list.id !== 'barracuda'));
    const dns = new FakeResolver(zone);
    const health = createHealthCache();
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns, health });
    const check = rep.checks.find((c) => c.listId === 'barracuda');
    expect(check?.status).toBe('unknown');
    expect(check?.reason).toBe('reputation.health.test-not-listed');
    expect(check?.meaning).toContain('barracudacentral.org');
    const n = dns.count();
    await checkReputation({ ips: [IP], domains: [] }, { dns, health });
    expect(dns.count() - n).toBe(ipLists - 1);
  });

  it('Spamhaus through a public resolver: "could not check" with the DQS advice', async () => {
    const zen = lists.find((l) => l.list.id === 'spamhaus-zen');
    if (!zen) throw new Error('zen');
    const zone = { ...healthyZone(lists), [testPointName(zen, '127.0.0.2')]: [a('127.255.255.254')], [testPointName(zen, '127.0.0.1')]: [a('127.255.255.254')] };
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns: new FakeResolver(zone), health: createHealthCache() });
    const check = rep.checks.find((c) => c.listId === 'spamhaus-zen');
    expect(check?.status).toBe('unknown');
    expect(check?.reason).toBe('reputation.refused');
    expect(check?.meaning).toContain('Could not check: this list refuses queries through public DNS resolvers');
    expect(check?.meaning).toContain('DQS');
  });

  it('a DQS key moves Spamhaus to <key>.zen.dq.spamhaus.net and <key>.dbl.dq.spamhaus.net, and is never shown', async () => {
    const withKey = activeLists(KEY).lists;
    const dns = new FakeResolver({ ...healthyZone(withKey), [`160.69.2.81.${KEY}.zen.dq.spamhaus.net`]: [a('127.0.0.4')] });
    const rep = await checkReputation({ ips: [IP], domains: ['example.org'] }, { dns, health: createHealthCache(), dqsKey: KEY.toUpperCase() });
    const names = dns.queries.map((q) => q.name);
    expect(names).toContain(`2.0.0.127.${KEY}.zen.dq.spamhaus.net`);
    expect(names).toContain(`example.org.${KEY}.dbl.dq.spamhaus.net`);
    expect(names.some((n) => n.endsWith('.spamhaus.org'))).toBe(false);
    const zen = rep.checks.find((c) => c.listId === 'spamhaus-zen');
    expect(zen).toMatchObject({ status: 'listed', list: 'Spamhaus ZEN (DQS)', code: '127.0.0.4' });
    expect(JSON.stringify(rep).toLowerCase()).not.toContain(KEY);
  });

  it.each(['has.dots', 'bad key', 'x'.repeat(64), 'ключ'])('an invalid DQS key %j is ignored with a note', async (key) => {
    const dns = new FakeResolver(healthyZone(lists));
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns, health: createHealthCache(), dqsKey: key });
    expect(rep.notes.some((n) => n.includes('DQS key'))).toBe(true);
    expect(dns.queries.some((q) => q.name.includes('dq.spamhaus.net'))).toBe(false);
  });

  it('SORBS and NiX Spam: named as shut down, never queried', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns, health: createHealthCache() });
    expect(rep.notes.some((n) => n.includes('SORBS has shut down'))).toBe(true);
    expect(rep.notes.some((n) => n.includes('NiX Spam'))).toBe(true);
    expect(dns.queries.some((q) => q.name.includes('sorbs.net') || q.name.includes('manitu.net'))).toBe(false);
  });

  it('IPv6 targets go only to lists that cover IPv6 (RFC 5782 §2.4 nibble names)', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const rep = await checkReputation({ ips: ['2a00:1450:4864:20::32f'], domains: [] }, { dns, health: createHealthCache() });
    expect(rep.checks.map((c) => c.listId)).toEqual(['spamhaus-zen']);
    expect(rep.checks[0]?.status).toBe('clear');
    expect(dns.queries.some((q) => q.name === 'f.2.3.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.0.0.4.6.8.4.0.5.4.1.0.0.a.2.zen.spamhaus.org')).toBe(true);
    expect(rep.notes.some((n) => n.includes('IPv6'))).toBe(true);
  });

  it('limits: at most maxIps / maxDomains targets, the rest named in a note', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const ips = ['81.2.69.1', '81.2.69.2', '81.2.69.3'];
    const rep = await checkReputation({ ips, domains: ['a.org', 'b.org', 'c.org'] }, { dns, health: createHealthCache(), limits: { maxIps: 1, maxDomains: 2 } });
    expect(new Set(rep.checks.map((c) => c.target))).toEqual(new Set(['81.2.69.1', 'a.org', 'b.org']));
    expect(rep.notes).toContain('2 more IP addresses not checked (limit 1): 81.2.69.2, 81.2.69.3.');
    expect(rep.notes).toContain('1 more domains not checked (limit 2): c.org.');
  });

  it('query budget: never more than maxQueries, the rest "unknown" with the reason', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const rep = await checkReputation({ ips: [IP, '81.2.69.161'], domains: ['example.org'] }, { dns, health: createHealthCache(), limits: { maxQueries: 10 } });
    expect(dns.count()).toBeLessThanOrEqual(10);
    const over = rep.checks.filter((c) => c.reason === 'reputation.budget');
    expect(over.length).toBeGreaterThan(0);
    expect(over.every((c) => c.status === 'unknown')).toBe(true);
    // The connecting IP comes first: its first list is within the budget.
    expect(rep.checks[0]?.reason).toBeNull();
  });

  it('an already-aborted signal sends nothing', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const ac = new AbortController();
    ac.abort();
    const rep = await checkReputation({ ips: [IP], domains: ['example.org'] }, { dns, health: createHealthCache(), signal: ac.signal });
    expect(dns.count()).toBe(0);
    expect(rep.checks.every((c) => c.status === 'unknown' && c.reason === 'reputation.cancelled')).toBe(true);
  });

  it('abort ends the wait even when the resolver ignores the signal', async () => {
    const dns = new HangingResolver();
    const ac = new AbortController();
    const pending = checkReputation({ ips: [IP], domains: ['example.org'] }, { dns, health: createHealthCache(), signal: ac.signal });
    setTimeout(() => {
      ac.abort();
    }, 20);
    const rep = await pending;
    expect(dns.count).toBe(healthQueries(lists));
    expect(rep.checks.every((c) => c.status === 'unknown' && c.reason === 'reputation.cancelled')).toBe(true);
  });

  it('checks come out in priority order: connecting IP first, then domains', async () => {
    const dns = new FakeResolver(healthyZone(lists));
    const rep = await checkReputation(
      { ips: [IP, '81.2.69.161'], domains: ['example.org'], sources: [{ target: IP, source: 'connecting IP (hop 3)' }] },
      { dns, health: createHealthCache() },
    );
    expect(rep.checks[0]).toMatchObject({ target: IP, source: 'connecting IP (hop 3)', kind: 'ip' });
    expect(rep.checks.at(-1)).toMatchObject({ target: 'example.org', kind: 'domain', source: 'domain' });
    expect(rep.checks.filter((c) => c.target === '81.2.69.161')[0]?.source).toBe('sending IP');
  });
});

describe('parallelism', () => {
  it('N lists x M targets take two delays on a virtual clock (health, then lookups), not N*M', async () => {
    const DELAY = 50;
    const dns = new DelayResolver(new FakeResolver(healthyZone(lists)), DELAY);
    const ips = ['81.2.69.1', '81.2.69.2', '81.2.69.3', '81.2.69.4'];
    const domains = ['a.org', 'b.org', 'c.org', 'd.org', 'e.org', 'f.org'];
    vi.useFakeTimers();
    const t0 = Date.now();
    const pending = checkReputation({ ips, domains }, { dns, health: createHealthCache() });
    await vi.runAllTimersAsync();
    const rep = await pending;
    const elapsed = Date.now() - t0;
    vi.useRealTimers();
    const pairs = ips.length * ipLists + domains.length * domainLists;
    expect(rep.checks).toHaveLength(pairs);
    expect(rep.checks.every((c) => c.status === 'clear')).toBe(true);
    expect(dns.count).toBe(healthQueries(lists) + pairs);
    // All health checks were in flight together, then all lookups.
    expect(dns.peak).toBe(pairs);
    expect(elapsed).toBe(2 * DELAY);
  });
});
