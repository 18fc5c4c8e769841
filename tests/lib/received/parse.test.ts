/** parseReceived: RFC 5322 A.4 first, then one row per dialect feature. */
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../lib/received/parse';

describe('parseReceived: RFC 5322 Appendix A.4 (trace fields)', () => {
  it('reads the first stamp with every clause', () => {
    const p = parseReceived('from x.y.test by example.net via TCP with ESMTP id ABC12345 for <mary@example.net>;  21 Nov 1997 10:05:43 -0600');
    expect(p).toMatchObject({
      from: { name: 'x.y.test', helo: 'x.y.test', rdns: null, ip: null },
      by: { host: 'example.net', ip: null },
      via: 'TCP',
      with: 'ESMTP',
      id: 'ABC12345',
      for: 'mary@example.net',
      epochMs: Date.UTC(1997, 10, 21, 16, 5, 43),
      zoneMinutes: -360,
      tls: null,
      authenticated: false,
      problem: null,
      clauses: { from: 'x.y.test', by: 'example.net', via: 'TCP', with: 'ESMTP', id: 'ABC12345', for: '<mary@example.net>' },
    });
  });
  it('reads the second, shorter stamp', () => {
    const p = parseReceived('from node.example by x.y.test; 21 Nov 1997 10:01:22 -0600');
    expect(p.from.name).toBe('node.example');
    expect(p.by.host).toBe('x.y.test');
    expect(p.epochMs).toBe(Date.UTC(1997, 10, 21, 16, 1, 22));
  });
});

describe('parseReceived: clauses and dates', () => {
  it.each([
    ['keywords in any case (RFC 5321 §4.4 is case-insensitive)', 'FROM a.example BY b.example WITH esmtp; Tue, 14 Oct 2025 09:17:41 +0000', { by: { host: 'b.example', ip: null }, with: 'esmtp' }],
    ['by host lower-cased, trailing dot dropped', 'from a by MX.Example.COM.; Tue, 14 Oct 2025 09:17:41 +0000', { by: { host: 'mx.example.com', ip: null } }],
    ['by IPv6 only (Gmail "by 2002:...")', 'by 2002:a05:6a10:b58d:b0:5f1:3c2a:9e07 with SMTP id x13csp3456789pxs; Sat, 1 Nov 2025 07:42:31 -0700 (PDT)', { by: { host: null, ip: '2002:a05:6a10:b58d:b0:5f1:3c2a:9e07' }, with: 'SMTP' }],
    ['by with IP in a comment (Exchange)', 'from a (10.0.0.1) by EXCH01.corp.local (10.0.0.2) with Microsoft SMTP Server id 15.1.2507.39; Tue, 14 Oct 2025 09:17:41 +0000', { by: { host: 'exch01.corp.local', ip: '10.0.0.2' }, with: 'Microsoft SMTP Server' }],
    ['for without angle brackets (Exim)', 'from a by b with esmtp id 1v8 for grace@university.example; Sat, 18 Oct 2025 12:01:09 +0100', { for: 'grace@university.example' }],
    ['Exim "tls CIPHER" is not part of the protocol', 'from a by b with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id x; Sat, 18 Oct 2025 12:01:09 +0100', { with: 'esmtps' }],
    ['via clause (Exchange)', 'from a (192.0.2.1) by b.example (10.0.0.1) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Wed, 29 Oct 2025 14:03:10 +0000', { via: 'Frontend Transport' }],
    ['date after the last ";" only (a ";" inside a comment does not count)', 'from a (x; y) by b; Tue, 14 Oct 2025 09:17:41 +0000', { epochMs: Date.UTC(2025, 9, 14, 9, 17, 41) }],
    ['no ";" (SendGrid): the date is cut off the last clause', 'by filter0383p1iad2.sendgrid.net with SMTP id filter0383p1iad2-15318-5AB8F728-C 2018-03-26 13:35:36.270951634 +0000 UTC', { id: 'filter0383p1iad2-15318-5AB8F728-C', epochMs: 1522071336270 }],
    ['zone as written', 'from a by b; Tue, 14 Oct 2025 11:17:41 +0200 (CEST)', { zoneMinutes: 120 }],
    ['"by host, id x": the comma does not lose the host', 'from a.example (a.example [192.0.2.1]) by mail.example.com, id 4B2C; Tue, 14 Oct 2025 09:17:41 +0000', { by: { host: 'mail.example.com', ip: null }, id: '4B2C' }],
    ['a date without a time: no epoch, the calendar date', 'from a by b with SMTP; 22 Apr 2018', { epochMs: null, calendarDate: '2018-04-22', problem: 'date without a time' }],
  ])('%s', (_name, value, expected) => {
    expect(parseReceived(value)).toMatchObject(expected);
  });

  it.each([
    ['empty', '', 'no from/by clauses', null],
    ['junk', 'garbage that is not a stamp', 'no from/by clauses', null],
    ['no date', 'from a.example by b.example with ESMTP id 1', 'no date', null],
    ['unreadable date', 'from a by b; yesterday at noon', 'unreadable date "yesterday at noon"', null],
    ['comment-only qmail stamp', '(qmail 10876 invoked from network); 24 Aug 2014 16:13:38 -0000', null, 'qmail 10876 invoked from network'],
  ])('%s', (_name, value, problem, note) => {
    const p = parseReceived(value);
    expect(p.problem).toBe(problem);
    expect(p.note).toBe(note);
  });

  it('keeps hostile key names as plain data (no prototype pollution)', () => {
    const p = parseReceived('from __proto__ by constructor with toString id hasOwnProperty for <__proto__@x>; Tue, 14 Oct 2025 09:17:41 +0000');
    expect(p.from.name).toBe('__proto__');
    expect(p.by.host).toBe('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(p.clauses)).toBe(Object.prototype);
    expect(p.clauses.from).toBe('__proto__');
  });
});
