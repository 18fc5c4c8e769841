/** The client's identity in each dialect's TCP-info (RFC 5321 §4.4), read through parseReceived. */
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../lib/received/parse';

const DATE = '; Tue, 14 Oct 2025 09:17:41 +0000';

describe('from clause dialects', () => {
  it.each([
    // [dialect, from clause, name, helo, rdns, ip]
    ['RFC 5321 §4.4 plain', 'from mail.example.com', 'mail.example.com', 'mail.example.com', null, null],
    ['Postfix (helo, rdns [ip])', 'from mail.sender.example (mail.sender.example [203.0.113.25])', 'mail.sender.example', 'mail.sender.example', 'mail.sender.example', '203.0.113.25'],
    ['Postfix unknown rDNS', 'from mailout.shop.example (unknown [198.51.100.140])', 'mailout.shop.example', 'mailout.shop.example', null, '198.51.100.140'],
    ['Postfix IPv6 literal', 'from a.example (a.example [IPv6:2001:DB8:0:0:1::1])', 'a.example', 'a.example', 'a.example', '2001:db8::1:0:0:1'],
    ['Postfix IP-literal HELO', 'from [192.168.1.23] (dsl.isp.example [198.51.100.77])', '[192.168.1.23]', '[192.168.1.23]', 'dsl.isp.example', '198.51.100.77'],
    ['Gmail rDNS with trailing dot', 'from mail.bakery.example (mail.bakery.example. [198.51.100.52])', 'mail.bakery.example', 'mail.bakery.example', 'mail.bakery.example', '198.51.100.52'],
    ['Sendmail (may be forged)', 'from smtp.bulk.example (host.isp.example [203.0.113.200] (may be forged))', 'smtp.bulk.example', 'smtp.bulk.example', 'host.isp.example', '203.0.113.200'],
    ['Sendmail ident user@rdns', 'from helo.example (root@relay.example [192.0.2.9])', 'helo.example', 'helo.example', 'relay.example', '192.0.2.9'],
    ['Sendmail no rDNS ([ip])', 'from helo.example ([192.0.2.9])', 'helo.example', 'helo.example', null, '192.0.2.9'],
    ['Exim rdns ([ip]:port helo=)', 'from mail.sender.example ([203.0.113.80]:48522 helo=smtp.sender.example)', 'mail.sender.example', 'smtp.sender.example', 'mail.sender.example', '203.0.113.80'],
    ['Exim rdns ([ip]:port), HELO equal to the name', 'from relay.vendor.example ([192.0.2.145]:39012)', 'relay.vendor.example', 'relay.vendor.example', 'relay.vendor.example', '192.0.2.145'],
    ['Exim IPv6 with port', 'from mx.lists.example ([2001:db8:31:0:48:4558:736d:7470]:38689)', 'mx.lists.example', 'mx.lists.example', 'mx.lists.example', '2001:db8:31:0:48:4558:736d:7470'],
    ['Exim no rDNS: [ip] (port= helo=[ip])', 'from [198.51.100.14] (port=61522 helo=[192.168.1.101])', '[198.51.100.14]', '[192.168.1.101]', null, '198.51.100.14'],
    ['Exim helo= only', 'from [198.51.100.23] (helo=[192.168.0.12])', '[198.51.100.23]', '[192.168.0.12]', null, '198.51.100.23'],
    ['qmail unknown (HELO x) (ip): the placeholder is no name', 'from unknown (HELO mail.sender.example) (203.0.113.14)', null, 'mail.sender.example', null, '203.0.113.14'],
    ['qmail rdns (ip): HELO equal to the reverse-DNS name', 'from mail.sender.example (203.0.113.14)', 'mail.sender.example', 'mail.sender.example', 'mail.sender.example', '203.0.113.14'],
    ['qmail rdns (HELO x) (user@ip)', 'from 198-51-100-44.isp.example (HELO webserver01) (apache@198.51.100.44)', '198-51-100-44.isp.example', 'webserver01', '198-51-100-44.isp.example', '198.51.100.44'],
    ['qmail (HELO x) ([ip])', 'from a.isp.example (HELO b.example) ([192.0.2.5])', 'a.isp.example', 'b.example', 'a.isp.example', '192.0.2.5'],
    ['Exchange HELO (ip)', 'from vmta6.response.example (199.204.166.217)', 'vmta6.response.example', 'vmta6.response.example', null, '199.204.166.217'],
    ['Exchange link-local with zone index', 'from EXCH01.corp.local ([fe80::5d1e:3b5e:e8a9:6c1f%12])', 'EXCH01.corp.local', 'EXCH01.corp.local', null, 'fe80::5d1e:3b5e:e8a9:6c1f'],
    ['Yahoo ip (EHLO name)', 'from 203.0.113.150 (EHLO mail.travel.example)', '203.0.113.150', 'mail.travel.example', null, '203.0.113.150'],
    ['bare name [ip]', 'from asx121.turbo-inline.example [7.165.23.113]', 'asx121.turbo-inline.example', 'asx121.turbo-inline.example', null, '7.165.23.113'],
    ['empty literal', 'from example.com ([])', 'example.com', 'example.com', null, null],
  ])('%s', (_d, clause, name, helo, rdns, ip) => {
    // Exchange's shape "HELO (IP)" is told from qmail's "RDNS (IP)" by what its by/with clauses say.
    const by = _d.startsWith('Exchange') ? 'by EXCH02.corp.local (10.0.0.2) with Microsoft SMTP Server id 15.1.2507.39' : 'by mx.example.net';
    expect(parseReceived(`${clause} ${by}${DATE}`).from).toMatchObject({ name, helo, rdns, ip });
  });
});
