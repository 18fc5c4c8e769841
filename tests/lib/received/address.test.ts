/** readAddress: every written form of an address with a port, as a table and as fast-check properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAddress } from '../../../lib/received/address';
import { parseReceived } from '../../../lib/received/parse';

describe('readAddress: the forms trace fields write', () => {
  it.each([
    ['Postfix literal', '[192.0.2.1]', 'bare', { ip: '192.0.2.1', port: null }],
    ['Exim "[ip]:port" (log_selector +incoming_port)', '[192.0.2.1]:48522', 'bare', { ip: '192.0.2.1', port: 48522 }],
    ['Go net.Addr "ip:port" (chasquid)', '192.0.2.1:25', 'bare', { ip: '192.0.2.1', port: 25 }],
    ['"[ip.port]"', '[192.0.2.1.587]', 'bare', { ip: '192.0.2.1', port: 587 }],
    ['BSD "ip.port"', '192.0.2.1.25', 'bare', { ip: '192.0.2.1', port: 25 }],
    ['IPv6 literal with a port', '[2001:db8::1]:2525', 'bare', { ip: '2001:db8::1', port: 2525 }],
    ['RFC 5321 §4.1.3 "IPv6:" literal', '[IPv6:2001:DB8::1]', 'bare', { ip: '2001:db8::1', port: null }],
    ['Courier IPv4-mapped IPv6 is the IPv4 client', '[::ffff:203.0.113.5]', 'bare', { ip: '203.0.113.5', port: null }],
    ['zero-padded octets inside a literal', '[010.001.002.003]', 'bare', { ip: '10.1.2.3', port: null }],
  ])('%s: %s', (_name, text, position, expected) => {
    expect(readAddress(text, position as 'bare')).toEqual(expected);
  });

  it.each([
    ['a zero-padded dotted quad outside a literal is a version number', '5.01.06.10'],
    ['... also with a port-like fifth part', '8.14.07.01.2'],
    ['a port past 65535', '192.0.2.1:70000'],
    ['junk after a literal', '[192.0.2.1]x'],
    ['an empty literal', '[]'],
    ['a host name', 'mail.example.com'],
    ['five numbers, the first four not an address', '300.1.2.3.25'],
  ])('%s: %s', (_name, text) => {
    expect(readAddress(text, 'bare')).toBeNull();
  });

  it('a version string in parentheses never becomes the client address', () => {
    const p = parseReceived(
      'from mail.example.com (5.01.06.10) by mx.example.net with ESMTP; Tue, 14 Oct 2025 09:17:41 +0000',
    );
    expect(p.from.ip).toBeNull();
    expect(p.by.ip).toBeNull();
  });
});

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
const port = fc.integer({ min: 0, max: 65535 });
const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
const ipv6 = fc.array(hex, { minLength: 8, maxLength: 8 }).map((g) => g.join(':'));

describe('readAddress properties', () => {
  it('every IPv4 form with a port reads back the address and the port', () => {
    fc.assert(
      fc.property(ipv4, port, fc.constantFrom('[a]:p', 'a:p', '[a.p]', 'a.p'), (a, p, form) => {
        const text = form.replace('a', a).replace('p', String(p));
        expect(readAddress(text, 'bare')).toEqual({ ip: a, port: p });
      }),
      { numRuns: 500 },
    );
  });

  it('an IPv6 literal with a port reads back the canonical address and the port', () => {
    fc.assert(
      fc.property(ipv6, port, (a, p) => {
        const r = readAddress(`[${a}]:${String(p)}`, 'bare');
        expect(r?.port).toBe(p);
        expect(r?.ip).toBe(readAddress(a, 'bare')?.ip);
      }),
      { numRuns: 300 },
    );
  });

  it('a zero-padded octet makes a bare dotted quad no address, but a literal one the same address', () => {
    fc.assert(
      fc.property(
        fc.tuple(octet, octet, octet, octet),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 99 }),
        (o, k, small) => {
          o[k] = small;
          const padded = o.map((n, i) => (i === k ? `0${String(n)}` : String(n)));
          const text = padded.join('.');
          expect(readAddress(text, 'bare')).toBeNull();
          expect(readAddress(`[${text}]`, 'bare')).toEqual({ ip: o.join('.'), port: null });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the connecting address of a stamp comes from the connection position, never from a HELO literal in a comment', () => {
    fc.assert(
      fc.property(ipv4, ipv4, (client, helo) => {
        const p = parseReceived(
          `from [${client}] (account user@example.com HELO [${helo}]) by mx.example.net (CommuniGate Pro SMTP 6.2.14) with ESMTPA id 1; Sat, 20 Jun 2026 03:31:10 -0700`,
        );
        expect(p.from.ip).toBe(client);
        expect(p.from.helo).toBe(`[${helo}]`);
        expect(p.authUser).toBe('user@example.com');
      }),
      { numRuns: 200 },
    );
  });
});
