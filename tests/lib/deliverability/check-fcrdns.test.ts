import { describe, expect, it } from 'vitest';
import type { DnsResolver } from '../../../lib/dns/types';
import { FakeResolver } from '../../helpers/fake-resolver';
import { a, HangingResolver } from '../../helpers/fake-resolver-reputation';
import { checkFcrdns } from '../../../lib/deliverability/check-fcrdns';

const IP = '81.2.69.160';

/** How an entrypoint wires the "live checks" setting: off means no resolver at all. */
function dnsFor(live: boolean, resolver: DnsResolver): DnsResolver | null {
  return live ? resolver : null;
}
const PTR = '160.69.2.81.in-addr.arpa';

describe('checkFcrdns (forward-confirmed reverse DNS)', () => {
  it('pass: IP -> name -> IP', async () => {
    const dns = new FakeResolver({ [PTR]: [{ type: 'PTR', name: 'mail.example.org.' }], 'mail.example.org': [a(IP)] });
    const r = await checkFcrdns(IP, { dns });
    expect(r).toMatchObject({ status: 'pass', code: 'fcrdns.pass', confirmed: 'mail.example.org', names: ['mail.example.org'] });
  });

  it('pass with one of several PTR names', async () => {
    const dns = new FakeResolver({ [PTR]: [{ type: 'PTR', name: 'a.example.org' }, { type: 'PTR', name: 'b.example.org' }], 'a.example.org': [a('81.2.69.1')], 'b.example.org': [a(IP)] });
    expect((await checkFcrdns(IP, { dns })).confirmed).toBe('b.example.org');
  });

  it('fail: no PTR', async () => {
    const r = await checkFcrdns(IP, { dns: new FakeResolver({}) });
    expect(r).toMatchObject({ status: 'fail', code: 'fcrdns.no-ptr' });
  });

  it('fail: the name does not resolve back', async () => {
    const dns = new FakeResolver({ [PTR]: [{ type: 'PTR', name: 'mail.example.org' }], 'mail.example.org': [a('81.2.69.161')] });
    expect(await checkFcrdns(IP, { dns })).toMatchObject({ status: 'fail', code: 'fcrdns.mismatch' });
  });

  it.each(['TIMEOUT', 'SERVFAIL', 'REFUSED'] as const)('%s on the PTR or the forward lookup is unknown, never pass or fail', async (status) => {
    const onPtr = await checkFcrdns(IP, { dns: new FakeResolver({ [PTR]: [{ fail: status }] }) });
    expect(onPtr).toMatchObject({ status: 'unknown', code: `fcrdns.dns.${status.toLowerCase()}` });
    const onForward = await checkFcrdns(IP, { dns: new FakeResolver({ [PTR]: [{ type: 'PTR', name: 'mail.example.org' }], 'mail.example.org': [{ fail: status }] }) });
    expect(onForward.status).toBe('unknown');
  });

  it('IPv6 uses ip6.arpa and AAAA; IPv4-mapped uses in-addr.arpa', async () => {
    const v6 = '2001:db8::25';
    const dns = new FakeResolver({
      '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [{ type: 'PTR', name: 'mx6.example.org' }],
      'mx6.example.org': [{ type: 'AAAA', address: '2001:0db8:0:0:0:0:0:25' }],
      [PTR]: [{ type: 'PTR', name: 'mail.example.org' }],
      'mail.example.org': [a(IP)],
    });
    expect((await checkFcrdns(v6, { dns })).status).toBe('pass');
    expect((await checkFcrdns(`::ffff:${IP}`, { dns })).status).toBe('pass');
  });

  it('live checks off: zero queries', async () => {
    const spy = new FakeResolver({});
    const r = await checkFcrdns(IP, { dns: dnsFor(false, spy) });
    expect(spy.count()).toBe(0);
    expect(r).toMatchObject({ status: 'unknown', code: 'fcrdns.live-off' });
  });

  it('not an IP', async () => {
    expect((await checkFcrdns('mail.example.org', { dns: new FakeResolver({}) })).code).toBe('fcrdns.not-an-ip');
  });

  it('cancellation ends the wait', async () => {
    const ac = new AbortController();
    setTimeout(() => {
      ac.abort();
    }, 10);
    expect((await checkFcrdns(IP, { dns: new HangingResolver(), signal: ac.signal })).status).toBe('unknown');
  });
});
