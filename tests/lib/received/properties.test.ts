/** fast-check: parseReceived and analyzeHops never throw on random or mutated stamps, and keep their invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../lib/received/parse';
import { analyzeHops } from '../../../lib/received/analyze-hops';
import { normalizeIp } from '../../../lib/received/ip';
import type { HeaderField } from '../../../lib/mime/header-block';

const SEEDS = [
  'from mail.sender.example (mail.sender.example [203.0.113.25]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx1.corp.example (Postfix) with ESMTPS id 4cMq2S6VfGz9vPx for <bob@corp.example>; Tue, 14 Oct 2025 11:17:43 +0200 (CEST)',
  'from mail.sender.example ([203.0.113.80]:48522 helo=smtp.sender.example) by mx.university.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <f@sender.example>) id 1v8XyZ-00AbCd-2Q for grace@university.example; Sat, 18 Oct 2025 12:01:09 +0100',
  'from BN3NAM04FT003.eop-NAM04.prod.protection.outlook.com (10.152.92.53) by BN3NAM04HT205.eop-NAM04.prod.protection.outlook.com (10.152.93.134) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.20.696.11 via Frontend Transport; Sat, 21 Apr 2018 03:01:32 +0000',
  'by filter0383p1iad2.sendgrid.net with SMTP id filter0383p1iad2-15318-5AB8F728-C 2018-03-26 13:35:36.270951634 +0000 UTC',
  '(qmail 10876 invoked from network); 24 Aug 2014 16:13:38 -0000',
  'from unknown (HELO mail.sender.example) (user@203.0.113.14) by mx.hosting.example with SMTP; 24 Oct 2025 16:13:38 -0000',
  'by 2002:a05:6a10:b58d:b0:5f1:3c2a:9e07 with SMTP id x13csp3456789pxs; Sat, 1 Nov 2025 07:42:31 -0700 (PDT)',
  'from EXCH01.corp.local ([fe80::5d1e:3b5e:e8a9:6c1f%12]) by EXCH01.corp.local with mapi id 15.02.1544.014; 4/20/2018 11:01:16 PM -0400 (EDT)',
];

const ALPHABET = Array.from('abcxyz019.-_:@=;()[]<>"\\/ \t\r\nfromwithbyidviaforESMTPSA+é日');
const grammarText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 300 }).map((a) => a.join(''));
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...ALPHABET, ' by ', ' from ', '(', ')', '; ', '[', ']')), { maxLength: 10 }))
  .map(([seed, edits]) => {
    let s = seed;
    for (const [pos, len, ch] of edits) {
      const p = pos % (s.length + 1);
      s = s.slice(0, p) + ch + s.slice(p + len);
    }
    return s;
  });
const stampText = fc.oneof(grammarText, mutated, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }));

function field(value: string, key: 'received' | 'x-received' | 'subject', line: number): HeaderField {
  const name = key === 'received' ? 'Received' : key === 'x-received' ? 'X-Received' : 'Subject';
  return { name, key, value, raw: `${name}: ${value}\r\n`, line, repaired: false };
}

describe('Received parsing is total', () => {
  it('parseReceived never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(stampText, (s) => {
        const p = parseReceived(s);
        expect(p.epochMs === null || Number.isFinite(p.epochMs)).toBe(true);
        expect(p.problem === null || typeof p.problem === 'string').toBe(true);
        // Every address handed out is in canonical form.
        for (const ip of [p.from.ip, p.by.ip]) if (ip !== null) expect(normalizeIp(ip)).toBe(ip);
        if (p.by.host !== null) expect(p.by.host).toBe(p.by.host.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });

  it('analyzeHops never throws on random chains, and its output is consistent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stampText, fc.constantFrom<'received' | 'x-received' | 'subject'>('received', 'received', 'x-received', 'subject')), { maxLength: 12 }),
        fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: null }),
        (rows, dateMs) => {
          const fields = rows.map(([v, k], i) => field(v, k, i + 1));
          const a = analyzeHops(fields, dateMs);
          // Received fields are hops; X-Received stamps belong to one (when there is a hop to hold them).
          const received = fields.filter((f) => f.key === 'received').length;
          expect(a.hops.length).toBe(received);
          expect(a.hops.reduce((n, h) => n + h.internal.length, 0)).toBe(received === 0 ? 0 : fields.filter((f) => f.key === 'x-received').length);
          expect(a.hops.map((h) => h.index)).toEqual(a.hops.map((_h, i) => i + 1));
          for (const h of a.hops) {
            expect(h.delaySeconds === null || h.delaySeconds >= 0).toBe(true);
            expect(fields[h.headerIndex]?.key).not.toBe('subject');
          }
          if (a.boundary !== null) {
            expect(a.hops.find((h) => h.index === a.boundary?.hop)?.side).toBe('provider');
            expect(a.boundaryHeaderIndex).not.toBeNull();
          }
          if (a.timeline.totalSeconds !== null) expect(a.timeline.totalSeconds).toBeGreaterThanOrEqual(0);
          expect(() => JSON.stringify(a.hops)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});
