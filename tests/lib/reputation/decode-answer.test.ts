import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DnsAnswer, DnsStatus } from '../../../lib/dns/types';
import { BLOCKLISTS } from '../../../lib/reputation/catalogue';
import { decodeAnswer } from '../../../lib/reputation/decode-answer';

const STATUSES: DnsStatus[] = ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED', 'FORMERR', 'TIMEOUT', 'NETWORK', 'HTTP', 'MALFORMED', 'TRUNCATED', 'ABORTED', 'BUDGET', 'OTHER'];

const octet = fc.integer({ min: 0, max: 300 });
const address = fc.oneof(
  fc.tuple(octet, octet, octet).map(([b, c, d]) => `127.${String(b)}.${String(c)}.${String(d)}`),
  fc.tuple(octet, octet, octet, octet).map((o) => o.join('.')),
  fc.string({ maxLength: 20 }),
);
const record = fc.oneof(
  address.map((addr) => ({ type: 'A' as const, address: addr })),
  fc.string({ maxLength: 20 }).map((t) => ({ type: 'TXT' as const, strings: [t], text: t })),
);
const answer: fc.Arbitrary<DnsAnswer> = fc.record({
  status: fc.constantFrom(...STATUSES),
  records: fc.array(record, { maxLength: 4 }),
  ad: fc.boolean(),
  detail: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
});

describe('decodeAnswer (property, 1000 runs)', () => {
  it('never throws; a failed lookup is never listed or clear; an error code among the answers is never listed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BLOCKLISTS), answer, (list, a) => {
        const d = decodeAnswer(list, a);
        if (a.status !== 'NOERROR' && a.status !== 'NXDOMAIN') {
          expect(d.status).toBe('unknown');
          expect(d.code).toBe(a.status);
        }
        const addresses = a.status === 'NOERROR' ? a.records.flatMap((r) => (r.type === 'A' ? [r.address] : [])) : [];
        const errorCodes = new Set(list.codes.filter((c) => c.kind !== 'listed').map((c) => c.code));
        if (addresses.some((x) => errorCodes.has(x) || (list.errorPrefix !== undefined && x.startsWith(list.errorPrefix.prefix)) || !x.startsWith('127.'))) {
          expect(d.status).toBe('unknown');
        }
        if (d.status === 'listed') expect(addresses.length).toBeGreaterThan(0);
        if (d.status === 'clear') expect(addresses).toEqual([]);
        if (d.status === 'unknown') expect(d.meaning).toMatch(/^Could not check/);
      }),
      { numRuns: 1000 },
    );
  });
});
