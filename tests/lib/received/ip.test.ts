/** Address text and scope: RFC 5952's own examples first, then RFC 6890 / RFC 1918 / RFC 4193 / RFC 5737 / RFC 3849 scopes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipScope, isExternal, normalizeIp, parseIPv4 } from '../../../lib/received/ip';

describe('normalizeIp: RFC 5952 examples', () => {
  // RFC 5952 §2.1: every one of these is 2001:db8:0:0:1:0:0:1, written as §4 recommends.
  it.each(['2001:db8:0:0:1:0:0:1', '2001:0db8:0:0:1:0:0:1', '2001:db8::1:0:0:1', '2001:db8::0:1:0:0:1', '2001:0db8::1:0:0:1', '2001:db8:0:0:1::1', '2001:db8:0000:0:1::1', '2001:DB8:0:0:1::1'])(
    '§2.1 %s',
    (s) => {
      expect(normalizeIp(s)).toBe('2001:db8::1:0:0:1');
    },
  );
  it.each([
    ['§2.2 leading zeros', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:0001', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:1'],
    ['§2.2 all forms of one', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:001', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:1'],
    ['§2.2 compressed zero', '2001:db8:aaaa:bbbb:cccc:dddd::1', '2001:db8:aaaa:bbbb:cccc:dddd:0:1'],
    ['§4.1 leading zeros suppressed', '2001:0db8::0001', '2001:db8::1'],
    ['§4.2.1 "::" shortens as much as possible', '2001:db8:0:0:0:0:2:1', '2001:db8::2:1'],
    ['§4.2.1 no "::0"', '2001:db8::0:1', '2001:db8::1'],
    ['§4.2.2 one 16-bit 0 field is not shortened', '2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['§4.2.2 ... even when written with "::"', '2001:db8::1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['§4.2.3 the longest run is shortened', '2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['§4.2.3 on a tie, the first run', '2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['§4.3 lower case', '2001:DB8::AbCd', '2001:db8::abcd'],
    ['§5 IPv4-mapped keeps the dotted quad', '::FFFF:192.0.2.1', '::ffff:192.0.2.1'],
    ['§5 IPv4-mapped written in hex', '0:0:0:0:0:ffff:c000:201', '::ffff:192.0.2.1'],
    ['unspecified', '0:0:0:0:0:0:0:0', '::'],
    ['loopback', '0:0:0:0:0:0:0:1', '::1'],
  ])('%s: %s', (_name, input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });
});

describe('normalizeIp: as Received headers write addresses', () => {
  it.each([
    ['IPv4', '192.0.2.1', '192.0.2.1'],
    ['IPv4 with leading zeros', '192.000.002.010', '192.0.2.10'],
    ['address literal', '[192.0.2.1]', '192.0.2.1'],
    ['RFC 5321 §4.1.3 IPv6 literal', '[IPv6:2001:db8::1]', '2001:db8::1'],
    ['IPv6: prefix without brackets', 'IPv6:2001:db8::1', '2001:db8::1'],
    ['RFC 4007 §11 zone index dropped', 'fe80::1%12', 'fe80::1'],
    ['zone index inside brackets', '[fe80::5d1e:3b5e:e8a9:6c1f%eth0]', 'fe80::5d1e:3b5e:e8a9:6c1f'],
    ['spaces around', '  192.0.2.1 ', '192.0.2.1'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });

  it.each(['', 'unknown', 'mail.example.com', '192.0.2', '192.0.2.256', '192.0.2.1.5', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::1', '::1::', 'g::1', '2001:db8::1:2:3:4:5:6', '[]', '[192.0.2.1', '1.2.3.4:25'])(
    'not an address: %j',
    (s) => {
      expect(normalizeIp(s)).toBeNull();
    },
  );
});

describe('ipScope and isExternal', () => {
  it.each([
    ['8.8.8.8', 'public', true],
    ['209.85.220.41', 'public', true],
    ['10.1.2.3', 'private', false],
    ['172.16.0.1', 'private', false],
    ['172.31.255.255', 'private', false],
    ['172.32.0.1', 'public', true],
    ['192.168.1.1', 'private', false],
    ['100.64.0.1', 'private', false], // RFC 6598 shared address space
    ['100.128.0.1', 'public', true],
    ['127.0.0.1', 'loopback', false],
    ['169.254.1.1', 'link-local', false],
    ['192.0.2.1', 'documentation', true], // RFC 5737: sample data stands for public hosts
    ['198.51.100.1', 'documentation', true],
    ['203.0.113.1', 'documentation', true],
    ['0.1.2.3', 'reserved', false],
    ['224.0.0.1', 'reserved', false],
    ['198.18.0.1', 'reserved', false], // RFC 2544 benchmarking
    ['::1', 'loopback', false],
    ['::', 'reserved', false],
    ['fc00::1', 'private', false], // RFC 4193
    ['fd12:3456::1', 'private', false],
    ['fe80::1', 'link-local', false],
    ['2001:db8::1', 'documentation', true], // RFC 3849
    ['2a00:1450:4864:20::41', 'public', true],
    ['2603:10b6:806:2d5::14', 'public', true],
    ['ff02::1', 'reserved', false],
    ['::ffff:10.0.0.1', 'private', false],
    ['::ffff:8.8.8.8', 'public', true],
    ['64:ff9b::cb00:7109', 'documentation', true], // RFC 6052 NAT64: the embedded 203.0.113.9
    ['64:ff9b::808:808', 'public', true], // 8.8.8.8 through NAT64
    ['64:ff9b::a00:1', 'private', false], // 10.0.0.1 through NAT64
    ['64:ff9b:1::1', 'reserved', false], // not the well-known /96
    ['2001:2::1', 'reserved', false], // RFC 5180 benchmarking
    ['2001:2:1::1', 'public', true], // outside 2001:2::/48
    ['not-an-ip', 'reserved', false],
  ])('%s is %s', (ip, scope, external) => {
    expect(ipScope(ip)).toBe(scope);
    expect(isExternal(ip)).toBe(external);
  });
});

describe('parseIPv4 as trace fields write it (zero-padded octets allowed)', () => {
  it.each([
    ['010.001.002.003', [10, 1, 2, 3]],
    ['192.0.2.1', [192, 0, 2, 1]],
    ['000.0.0.255', [0, 0, 0, 255]],
    ['1.2.3.256', null],
    ['0001.2.3.4', null],
    ['1.2.3', null],
    ['1.2.3.4.', null],
    ['a.b.c.d', null],
  ] as const)('%s', (text, want) => {
    expect(parseIPv4(text)).toEqual(want);
  });

  it('agrees with splitting at dots and testing each part', () => {
    const reference = (s: string): number[] | null => {
      const parts = s.split('.');
      return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255) ? parts.map(Number) : null;
    };
    const text = fc.array(fc.constantFrom('0', '1', '01', '255', '256', '999', '.', 'a', ':'), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(parseIPv4(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
