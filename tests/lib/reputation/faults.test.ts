/**
 * security goal G4, docs/security-goals.md for DNSBLs: every resolver fault, at the target and at either health-check test point, for
 * every list, gives "unknown" — 0 "clear" and 0 "listed" from any error.
 */
import { describe, expect, it } from 'vitest';
import type { DnsStatus } from '../../../lib/dns/types';
import { FakeResolver, type ZoneEntry } from '../../helpers/fake-resolver';
import { a, healthyZone, listedPoint, ThrowingResolver } from '../../helpers/fake-resolver-reputation';
import { activeLists } from '../../../lib/reputation/catalogue';
import { checkReputation } from '../../../lib/reputation/check-reputation';
import { testPointName } from '../../../lib/reputation/health-check';
import { domainQueryName, reversedName } from '../../../lib/reputation/query-name';
import { createHealthCache, type ReputationCheck } from '../../../lib/reputation/types';

const IP = '81.2.69.160';
const DOMAIN = 'example.org';
const FAILURES: DnsStatus[] = ['SERVFAIL', 'REFUSED', 'FORMERR', 'TIMEOUT', 'NETWORK', 'HTTP', 'MALFORMED', 'TRUNCATED', 'ABORTED', 'BUDGET', 'OTHER'];

type Fault = [label: string, entries: (code: string) => ZoneEntry[]];

/** Faults as zone entries; `refusal` is the list's own refusal code where it has one. */
const FAULTS: Fault[] = [
  ...FAILURES.map((s): Fault => [s, () => [{ fail: s }]]),
  ['rewritten answer 192.0.2.1', () => [a('192.0.2.1')]],
  ['rewritten answer 0.0.0.0', () => [a('0.0.0.0')]],
  ['its refusal code (127.0.0.1 where it has none: undocumented)', (refusal) => [a(refusal)]],
];

const { lists } = activeLists(null);

/** A code that means "could not check" on this list: its refusal code, or 127.0.0.1 (never a listing, RFC 5782 §5). */
function refusalCode(listId: string): string {
  if (listId === 'surbl' || listId === 'uribl') return '127.0.0.1';
  if (listId.startsWith('spamhaus')) return '127.255.255.254';
  return '127.0.0.1';
}

const WHERE = ['target', 'always-listed test point', 'never-listed test point'] as const;
const cases = lists.flatMap((active) => FAULTS.flatMap(([label, entries]) => WHERE.map((where) => ({ active, label, entries, where }))));

async function run(c: (typeof cases)[number]): Promise<ReputationCheck> {
  const { active } = c;
  const ip = active.list.kind === 'ip';
  const target = ip ? reversedName(IP, active.zone) : domainQueryName(DOMAIN, active.zone);
  if (target === null) throw new Error('name');
  const zone = healthyZone([active]);
  // The target itself is listed (so a fault that were ignored would show up as "listed").
  zone[target] = healthyZone([active])[listedPoint(active)] ?? [];
  const fault = c.entries(refusalCode(active.list.id));
  if (c.where === 'target') zone[target] = fault;
  else if (c.where === 'always-listed test point') for (const point of active.list.testListed) zone[testPointName(active, point)] = fault;
  else zone[testPointName(active, active.list.testClear)] = fault;
  const dns = new FakeResolver(zone);
  const rep = await checkReputation({ ips: ip ? [IP] : [], domains: ip ? [] : [DOMAIN] }, { dns, health: createHealthCache() });
  const check = rep.checks.find((x) => x.listId === active.list.id);
  if (!check) throw new Error('no check');
  return check;
}

describe('DNS fault matrix (G4): never "clear", never "listed"', () => {
  it(`${String(cases.length)} cases: 0 clear and 0 listed`, async () => {
    const results = await Promise.all(cases.map(run));
    const wrong = results.map((r, i) => ({ r, c: cases[i] })).filter(({ r }) => r.status !== 'unknown');
    expect(wrong.map(({ r, c }) => `${c?.active.list.id} / ${c?.label} at ${c?.where}: ${r.status}`)).toEqual([]);
    expect(results.filter((r) => r.status === 'clear')).toHaveLength(0);
    expect(results.filter((r) => r.status === 'listed')).toHaveLength(0);
    // Every "unknown" says why and what to do.
    for (const r of results) {
      expect(r.reason).toMatch(/^reputation\./);
      expect(r.meaning).toMatch(/^Could not check/);
    }
  });

  it('a list that lists its "never listed" entry too: its listing of the target is unknown', async () => {
    const active = lists.find((l) => l.list.id === 'spamcop');
    if (!active) throw new Error('spamcop');
    const target = reversedName(IP, active.zone) ?? '';
    const zone = { ...healthyZone([active]), [testPointName(active, '127.0.0.1')]: [a('127.0.0.2')], [target]: [a('127.0.0.2')] };
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns: new FakeResolver(zone), health: createHealthCache() });
    const check = rep.checks.find((c) => c.listId === 'spamcop');
    expect(check?.status).toBe('unknown');
    expect(check?.reason).toBe('reputation.health.lists-everything');
  });

  it('a "not listed" answer needs no never-listed question (a list answering everything cannot give NXDOMAIN)', async () => {
    const active = lists.find((l) => l.list.id === 'spamcop');
    if (!active) throw new Error('spamcop');
    const dns = new FakeResolver(healthyZone([active]));
    const rep = await checkReputation({ ips: [IP], domains: [] }, { dns, health: createHealthCache() });
    expect(rep.checks.find((c) => c.listId === 'spamcop')?.status).toBe('clear');
    expect(dns.queries.some((q) => q.name === testPointName(active, '127.0.0.1'))).toBe(false);
  });

  it.each([true, false])('a resolver that throws (sync=%s) gives unknown, never clear', async (sync) => {
    const dns = new ThrowingResolver(sync);
    const rep = await checkReputation({ ips: [IP], domains: [DOMAIN] }, { dns, health: createHealthCache() });
    expect(rep.checks.length).toBeGreaterThan(0);
    expect(rep.checks.every((c) => c.status === 'unknown' && c.reason === 'reputation.dns.other')).toBe(true);
  });
});
