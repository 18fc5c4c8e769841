import { describe, expect, it } from 'vitest';
import { domainQueryName, isIpv6, ptrName, reversedName } from '../../../lib/reputation/query-name';

describe('DNSxL query names (RFC 5782 §2)', () => {
  it.each([
    // RFC 5782 §2.1: 192.0.2.99 in bad.example.com
    ['192.0.2.99', 'bad.example.com', '99.2.0.192.bad.example.com'],
    // RFC 5782 §2.4: 2001:db8:1:2:3:4:567:89ab in ugly.example.com
    ['2001:db8:1:2:3:4:567:89ab', 'ugly.example.com', 'b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.ugly.example.com'],
    ['127.0.0.2', 'zen.spamhaus.org', '2.0.0.127.zen.spamhaus.org'],
    ['::ffff:198.51.100.7', 'bl.spamcop.net', '7.100.51.198.bl.spamcop.net'],
    ['2a00:1450::1', 'z', '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.5.4.1.0.0.a.2.z'],
  ])('%s under %s', (ip, zone, expected) => {
    expect(reversedName(ip, zone)).toBe(expected);
  });

  it.each(['', 'example.com', '1.2.3', '1.2.3.256', '::1::2', '[1.2.3.4]x'])('rejects %j', (bad) => {
    expect(reversedName(bad, 'z')).toBeNull();
  });

  it('RFC 5782 §2.2: domain lists are <domain>.<zone>', () => {
    expect(domainQueryName('example.com', 'dbl.spamhaus.org')).toBe('example.com.dbl.spamhaus.org');
  });

  it('PTR names (RFC 1035 §3.5, RFC 3596 §2.5)', () => {
    expect(ptrName('192.0.2.1')).toBe('1.2.0.192.in-addr.arpa');
    expect(ptrName('2001:db8::1')).toBe('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
    expect(ptrName('::ffff:192.0.2.1')).toBe('1.2.0.192.in-addr.arpa');
  });

  it('IPv4-mapped IPv6 counts as IPv4', () => {
    expect(isIpv6('::ffff:192.0.2.1')).toBe(false);
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(isIpv6('192.0.2.1')).toBe(false);
  });
});
