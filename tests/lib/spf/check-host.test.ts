import { describe, expect, it, vi } from 'vitest';
import { checkHost } from '../../../lib/spf/check-host';
import { evaluateSpf } from '../../../lib/spf/evaluate';
import { expandMacros } from '../../../lib/spf/macro-expand';
import { parseMacroString } from '../../../lib/spf/macro-parse';
import { parseSpfIp } from '../../../lib/spf/ip-address';
import { parseSpfRecord } from '../../../lib/spf/parse-record';
import { FakeResolver, txt, type Zone } from '../../helpers/fake-resolver';
import { DelayResolver } from '../../helpers/fake-resolver-reputation';

async function expand(macro: string, ip: string): Promise<string> {
  const parsed = parseMacroString(macro, false);
  if (!parsed.ok) throw new Error(parsed.detail);
  const spfIp = parseSpfIp(ip);
  if (!spfIp) throw new Error('ip');
  return expandMacros(parsed.tokens, { sender: 'strong-bad@email.example.com', localPart: 'strong-bad', senderDomain: 'email.example.com', domain: 'email.example.com', ip: spfIp, helo: 'mx.example.org', receiver: 'unknown', timestamp: 0, validatedName: () => Promise.resolve('unknown') });
}

describe('RFC 7208 §7.4 macro examples', () => {
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ])('%s -> %s (IPv4 192.0.2.3)', async (macro, out) => {
    expect(await expand(macro, '192.0.2.3')).toBe(out);
  });
  it('IPv6 2001:db8::cb01', async () => {
    expect(await expand('%{ir}.%{v}._spf.%{d2}', '2001:db8::cb01')).toBe('1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com');
  });
  it('URL-escapes upper-case macros and handles %% %_ %-', async () => {
    expect(await expand('%{L}%%%_%-', '192.0.2.3')).toBe('strong-bad% %20');
  });
  it.each(['%{x}', '%{d0}', '%{c}', '%', '%a', '%{d'])('rejects %s in a domain-spec', (m) => {
    expect(parseMacroString(m, false).ok).toBe(false);
  });
});

describe('record syntax (RFC 7208 §4.6, §12)', () => {
  it.each([
    ['v=spf1 -all', true],
    ['v=spf1 a:foo:bar/baz.example.com', true],
    ['v=spf1 a/24//64 mx:example.com/30 ip6:2001:db8::/32 exists:%{i}.x.example', true],
    ['v=spf1 foo=%{x}', false],
    ['v=spf1 redirect=a.example redirect=b.example', false],
    ['v=spf1 ip4:1.2.3.04', false],
    ['v=spf1 ip4:1.2.3.4/33', false],
    ['v=spf1 a:museum', false],
    ['v=spf1 all:x', false],
    ['v=spf1 unknown:x', false],
    ['v=spf1 -all\u00e9', false],
  ])('%s -> ok=%s', (text, ok) => {
    expect(parseSpfRecord(text).ok).toBe(ok);
  });
});

const zone: Zone = {
  'example.com': [txt('v=spf1 mx include:_spf.provider.example -all'), { type: 'MX', preference: 10, exchange: 'mx.example.com' }],
  'mx.example.com': [{ type: 'A', address: '192.0.2.25' }],
  '_spf.provider.example': [txt('v=spf1 ip4:209.85.128.0/17 ', 'ip6:2001:db8:f00::/48 ~all')],
  'redir.example': [txt('v=spf1 redirect=example.com')],
  'soft.example': [txt('v=spf1 exp=exp.soft.example ?a -all')],
  'exp.soft.example': [txt('%{i} is not one of %{d}\'s designated mail servers')],
  'mx.example.org': [{ type: 'A', address: '192.0.2.99' }, txt('v=spf1 a -all')],
  'tmp.example': [txt('v=spf1 include:down.example -all')],
  'down.example': [{ fail: 'TIMEOUT' }],
};

describe('checkHost', () => {
  it.each([
    ['209.85.130.1', 'example.com', 'pass', ['include:_spf.provider.example', 'ip4:209.85.128.0/17']],
    ['2001:db8:f00::1', 'example.com', 'pass', ['include:_spf.provider.example', 'ip6:2001:db8:f00::/48']],
    ['192.0.2.25', 'example.com', 'pass', ['mx']],
    ['::ffff:192.0.2.25', 'example.com', 'pass', ['mx']],
    ['198.51.100.1', 'example.com', 'fail', ['-all']],
    ['198.51.100.1', 'redir.example', 'fail', ['redirect=example.com', '-all']],
    ['209.85.130.1', 'redir.example', 'pass', ['redirect=example.com', 'include:_spf.provider.example', 'ip4:209.85.128.0/17']],
    ['198.51.100.1', 'tmp.example', 'temperror', ['include:down.example']],
    ['198.51.100.1', 'nothing.example', 'none', []],
  ])('%s at %s -> %s', async (ip, domain, result, path) => {
    const r = await checkHost({ ip, domain, sender: `user@${domain}`, helo: 'mx.example.org' }, { dns: new FakeResolver(zone) });
    expect(r.result).toBe(result);
    expect(r.path).toEqual(path);
    if (result === 'pass') expect(r.reason).toBe(`matched ${path.join(' -> ')}`);
  });
  it('counts DNS mechanisms as the RFC says, not prefetches', async () => {
    const r = await checkHost({ ip: '209.85.130.1', domain: 'example.com', sender: 'a@example.com', helo: 'h.example' }, { dns: new FakeResolver(zone) });
    expect(r.lookups).toBe(2);
  });
  it('explains a fail with exp= (§6.2)', async () => {
    const r = await checkHost({ ip: '198.51.100.7', domain: 'soft.example', sender: 'a@soft.example', helo: 'h.example' }, { dns: new FakeResolver(zone) });
    expect(r).toMatchObject({ result: 'fail', explanation: "198.51.100.7 is not one of soft.example's designated mail servers", voidLookups: 1 });
  });
  it('evaluateSpf uses postmaster@HELO for the null reverse-path', async () => {
    const r = await evaluateSpf({ ip: '192.0.2.99', mailFrom: '<>', helo: 'mx.example.org' }, { dns: new FakeResolver(zone) });
    expect(r).toMatchObject({ identity: 'helo', result: 'pass', sender: 'postmaster@mx.example.org', domain: 'mx.example.org' });
    const m = await evaluateSpf({ ip: '192.0.2.25', mailFrom: '<bounce@example.com>', helo: 'x' }, { dns: new FakeResolver(zone) });
    expect(m).toMatchObject({ identity: 'mailfrom', result: 'pass', domain: 'example.com' });
  });
  it('refuses a non-IP client address without a lookup', async () => {
    const dns = new FakeResolver(zone);
    expect((await checkHost({ ip: 'not-an-ip', domain: 'example.com', sender: 'a@example.com', helo: 'h' }, { dns })).result).toBe('permerror');
    expect(dns.count()).toBe(0);
  });
});

describe('include depth 3 with 50 ms per query (prefetch)', () => {
  const deep: Zone = {
    'd0.example': [txt('v=spf1 a mx include:d1.example -all'), { type: 'A', address: '192.0.2.1' }, { type: 'MX', preference: 1, exchange: 'mx.d0.example' }],
    'mx.d0.example': [{ type: 'A', address: '192.0.2.2' }],
    'd1.example': [txt('v=spf1 a include:d2.example -all'), { type: 'A', address: '192.0.2.3' }],
    'd2.example': [txt('v=spf1 a include:d3.example -all'), { type: 'A', address: '192.0.2.4' }],
    'd3.example': [txt('v=spf1 a ip4:203.0.113.0/24 -all'), { type: 'A', address: '192.0.2.5' }],
  };
  it('needs at most depth + 2 rounds of 50 ms on a virtual clock and counts 8 lookups', async () => {
    vi.useFakeTimers();
    try {
      const started = Date.now();
      const pending = checkHost({ ip: '203.0.113.9', domain: 'd0.example', sender: 'a@d0.example', helo: 'h' }, { dns: new DelayResolver(new FakeResolver(deep), 50) });
      await vi.runAllTimersAsync();
      const r = await pending;
      expect(r).toMatchObject({ result: 'pass', lookups: 8, path: ['include:d1.example', 'include:d2.example', 'include:d3.example', 'ip4:203.0.113.0/24'] });
      // Four TXT records are a chain (each include names the next), so four rounds is the floor; prefetching the A/MX terms adds at most one.
      expect(Date.now() - started).toBeLessThanOrEqual((3 + 2) * 50);
    } finally {
      vi.useRealTimers();
    }
  });
});
