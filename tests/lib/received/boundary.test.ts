/** Trust boundary edge cases, through analyzeHops over Received fields written newest first. */
import { describe, expect, it } from 'vitest';
import { analyzeHops } from '../../../lib/received/analyze-hops';
import { splitLines } from '../../../lib/mime/lines';
import { splitHeaderBlock } from '../../../lib/mime/header-block';

const D = 'Tue, 14 Oct 2025 09:17:41 +0000';

function run(...stamps: string[]) {
  const text = stamps.map((s) => `Received: ${s.includes(';') ? s : `${s}; ${D}`}\n`).join('');
  return analyzeHops(splitHeaderBlock(splitLines(text).lines).fields, null);
}
const ids = (a: ReturnType<typeof run>) => a.findings.map((f) => f.id).filter((id) => id.startsWith('received.'));

describe('findBoundary', () => {
  it('no stamps: no boundary, no provider', () => {
    const a = run();
    expect(a.boundary).toBeNull();
    expect(a.provider).toBeNull();
    expect(a.hops).toEqual([]);
  });

  it.each([
    ['only "by" IPs (no name to know the provider by)', ['from a.example (a.example [192.0.2.1]) by 2002:a05:6a10::1 with SMTP']],
    ['only internal names', ['from app.corp.local (10.0.0.5) by exch01.corp.local (10.0.0.1) with Microsoft SMTP Server id 15']],
    ['junk', ['garbage that is not a stamp']],
  ])('no provider: %s', (_name, stamps) => {
    const a = run(...stamps);
    expect(a.boundary).toBeNull();
    expect(a.hops.every((h) => h.side === 'unknown')).toBe(true);
  });

  it.each([
    // [name, stamps newest first, boundary hop, ip, sides oldest first]
    ['one outside client', ['from mail.a.example (mail.a.example [192.0.2.1]) by mx.b.example'], 1, '192.0.2.1', ['provider']],
    ['loopback re-injection above the entry', ['from localhost (localhost [127.0.0.1]) by mx.b.example', 'from mail.a.example (mail.a.example [192.0.2.1]) by mx.b.example'], 1, '192.0.2.1', ['provider', 'provider']],
    ['private relay with the provider\'s own name', ['from mx.b.example (mx.b.example [10.0.0.2]) by store.b.example', 'from mail.a.example (mail.a.example [192.0.2.1]) by mx.b.example'], 1, '192.0.2.1', ['provider', 'provider']],
    ['private relay with an internal name', ['from mx6 ([10.202.2.205]) by compute3.internal (LMTPProxy)', 'from mail.a.example (mail.a.example [192.0.2.1]) by mx6.b.example'], 1, '192.0.2.1', ['provider', 'provider']],
    ['client with no IP but an outside name', ['from mail.a.example by mx.b.example'], 1, null, ['provider']],
    ['outside name on a private address (load balancer)', ['from mail.a.example (unknown [10.60.0.254]) by mx.b.example'], 1, '10.60.0.254', ['provider']],
    // RFC 6890: 198.18.0.0/15 (benchmarking) is not global; another organisation's name on it is a hidden client.
    ['outside name on a benchmarking address, below the provider\'s relay', ['from mx.b.example (mx.b.example [192.0.2.10]) by store.b.example', 'from mail.a.example (mail.a.example [198.18.10.10]) by mx.b.example'], 1, '198.18.10.10', ['provider', 'provider']],
    ['internal name on a reserved address is the provider\'s own', ['from mx.b.example (mx.b.example [192.0.2.10]) by store.b.example', 'from relay.corp.local (relay.corp.local [198.18.10.10]) by mx.b.example'], 2, '192.0.2.10', ['sender', 'provider']],
    // RFC 5321 §4.1.4: the HELO is unverified; with no reverse DNS ("unknown"), a client greeting as the server it
    // talks to, or as the provider's bare domain, is a stranger (Postfix SMTPD_ACCESS_README: "you are not me").
    ['a stranger with no reverse DNS greeting as the receiving host, a forged stamp below', ['from mx.b.example (mx.b.example [192.0.2.10]) by store.b.example', 'from mx.b.example (unknown [203.0.113.5]) by mx.b.example', 'from mail.pay.example (mail.pay.example [198.51.100.33]) by mx.b.example'], 2, '203.0.113.5', ['sender', 'provider', 'provider']],
    ['a stranger with no reverse DNS greeting as the provider\'s domain, a forged stamp below', ['from mx.b.example (mx.b.example [192.0.2.10]) by store.b.example', 'from b.example (unknown [203.0.113.5]) by mx.b.example', 'from mail.pay.example (mail.pay.example [198.51.100.33]) by mx.b.example'], 2, '203.0.113.5', ['sender', 'provider', 'provider']],
    ['an unchecked reverse-DNS name of the provider (sendmail "(may be forged)"), a forged stamp below', ['from mx.b.example (mx.b.example [192.0.2.10]) by store.b.example', 'from smtp.evil.test (mail.b.example [203.0.113.5] (may be forged)) by mx.b.example (8.15.2/8.15.2) with ESMTP id 5ABC', 'from mail.pay.example (mail.pay.example [198.51.100.33]) by mx.b.example'], 2, '203.0.113.5', ['sender', 'provider', 'provider']],
    // Real chains (Sisimai's lhost-postfix-42 shape): relays with no reverse DNS greet with names of their own.
    ['a provider relay with no reverse DNS and a name of its own stays the provider\'s', ['from r22.b.example (unknown [198.51.100.95]) by s151v.b.example', 'from smtp20.b.example (HELO smtp0.b.example) ([203.0.113.42]) by r22.b.example'], 1, '203.0.113.42', ['provider', 'provider']],
    ['public client with an internal HELO is still outside', ['from EXCH01.a.local (mail.a.example [203.0.113.55]) by mx.b.example'], 1, '203.0.113.55', ['provider']],
    ['sender hops below the entry', ['from mail.a.example (mail.a.example [192.0.2.1]) by mx.b.example', 'from [10.0.0.9] (pc.isp.example [198.51.100.7]) by mail.a.example'], 2, '192.0.2.1', ['sender', 'provider']],
    ['everything is the provider\'s: the lowest routable client', ['from x.b.example (2603:10b6::1) by y.b.example', 'from z.b.example ([fe80::1]) by x.b.example with mapi'], 2, '2603:10b6::1', ['sender', 'provider']],
    ['walk stops at a foreign "by" (no outside client seen): lowest routable provider client', ['from a.b.example (a.b.example [192.0.2.7]) by mx.b.example', 'from c.example (c.example [192.0.2.8]) by mail.other.example'], 2, '192.0.2.7', ['sender', 'provider']],
  ])('%s', (_name, stamps, hop, ip, sides) => {
    const a = run(...stamps);
    expect(a.boundary).toMatchObject({ hop, ip });
    expect(a.hops.map((h) => h.side)).toEqual(sides);
  });

  it.each([
    ['Postfix "unknown"', 'from b.example (unknown [203.0.113.5]) by mx.b.example', true],
    ['qmail "from unknown (HELO x)"', 'from unknown (HELO mail.a.example) (203.0.113.5) by mx.b.example', true],
    ['a verified name', 'from mail.a.example (mail.a.example [203.0.113.5]) by mx.b.example', false],
    ['Sendmail "(may be forged)"', 'from smtp.evil.test (mail.b.example [203.0.113.5] (may be forged)) by mx.b.example (8.15.2/8.15.2) with ESMTP id 5ABC', true],
    ['Exchange "NAME (address)": no reverse-DNS position', 'from AM6PR05MB1234.eurprd05.prod.outlook.com (2603:10a6:20b:1::1) by AM6PR05MB5678.eurprd05.prod.outlook.com with HTTPS', false],
  ])('rdnsUnverified: %s', (_name, stamp, unknown) => {
    expect(run(stamp).hops[0]?.from.rdnsUnverified).toBe(unknown);
  });

  it('a loopback client with an outside name is not the entry', () => {
    const a = run('from mail.a.example (localhost [127.0.0.1]) by mx.b.example');
    expect(a.boundary).toBeNull();
  });

  it('boundaryHeaderIndex points at the header of the boundary stamp', () => {
    const a = run('from localhost (localhost [127.0.0.1]) by mx.b.example', 'from mail.a.example (mail.a.example [192.0.2.1]) by mx.b.example');
    expect(a.boundaryHeaderIndex).toBe(1);
  });

  it.each([
    ['forged stamp right below the entry', ['from vps.bad.example (vps.bad.example [203.0.113.66]) by mx.google.com', 'from [10.0.0.5] by mx.google.com with SMTP'], ['received.forged-provider-hop']],
    ['forged stamp below a stranger greeting as the provider (no reverse DNS)', ['from mx.b.example (mx.b.example [192.0.2.10]) by store.b.example', 'from b.example (unknown [203.0.113.5]) by mx.b.example', 'from mail.pay.example (mail.pay.example [198.51.100.33]) by mx.b.example'], ['received.forged-provider-hop']],
    ['forged stamp below a foreign hop that did not get it from the provider', ['from vps.bad.example (vps.bad.example [203.0.113.66]) by mx.google.com', 'from [10.0.0.5] (unknown [10.0.0.5]) by vps.bad.example', 'from x by mx.google.com with SMTP'], ['received.forged-provider-hop']],
    ['genuine round trip: the forwarder got it from the provider', ['from mail.alumni.example (mail.alumni.example [192.0.2.20]) by mx.google.com', 'from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41]) by mail.alumni.example', 'by mail-lf1-f41.google.com with SMTP id 1'], []],
    // Review of session 11: a self-hosted server behind a hosting company's generic reverse DNS names itself in its greeting.
    ['genuine round trip through a list: the list server recorded the organisation\'s server by its greeting', ['from lists.x.org (lists.x.org [192.0.2.50]) by mx.b.example', 'from lists.x.org (localhost [127.0.0.1]) by lists.x.org', 'from mail.b.example (static-198-51-100-7.hoster.net [198.51.100.7]) by lists.x.org', 'from [192.168.1.20] (dsl-203-0-113-9.isp.net [203.0.113.9]) by mail.b.example'], []],
    ['provider\'s own stamps below a fallback boundary', ['from x.outlook.com (2603:10b6::1) by y.outlook.com', 'from x.outlook.com ([fe80::1]) by x.outlook.com with mapi'], []],
  ])('%s', (_name, stamps, expected) => {
    expect(ids(run(...stamps)).filter((id) => id === 'received.forged-provider-hop')).toEqual(expected);
  });

  it.each([
    ['HELO matches rDNS', 'from mail.a.example (mail.a.example [192.0.2.1])', []],
    ['HELO and rDNS in different organisations', 'from mail.brand.example (host.isp.example [192.0.2.1])', ['received.helo-mismatch']],
    ['same organisation, different hosts', 'from smtp.a.example (mail.a.example [192.0.2.1])', []],
    ['bare machine name', 'from DESKTOP-7H2KQ9L (unknown [192.0.2.1])', ['received.helo-not-a-name']],
    ['localhost', 'from localhost.localdomain (host.isp.example [192.0.2.1])', ['received.helo-not-a-name']],
    ['internal AD name', 'from EXCH01.a.local (mail.a.example [192.0.2.1])', ['received.helo-not-a-name']],
    ['IP literal HELO is not judged', 'from [192.0.2.1] (host.isp.example [192.0.2.1])', []],
    ['no rDNS: nothing to compare', 'from mail.brand.example (unknown [192.0.2.1])', []],
  ])('HELO at the entry: %s', (_name, from, expected) => {
    expect(ids(run(`${from} by mx.b.example`))).toEqual(expected);
  });
});
