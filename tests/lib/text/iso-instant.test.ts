import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstant } from '../../../lib/text/iso-instant';

describe('isoInstant prints what Date.prototype.toISOString prints', () => {
  it('for any instant from year 0000 to 9999 and past both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62167219200000 - 10 * 86400000, max: 253402300799999 + 10 * 86400000 }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 50000 },
    );
  });
  it('at the edges: the epoch, leap days, century years, the first and last representable four-digit years', () => {
    const edges = [
      '1970-01-01T00:00:00.000Z',
      '2000-02-29T23:59:59.999Z',
      '1900-03-01T00:00:00.000Z',
      '2100-02-28T12:00:00.001Z',
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '1969-12-31T23:59:59.999Z',
      '2024-06-01T14:02:10.000Z',
    ];
    for (const iso of edges) expect(isoInstant(Date.parse(iso))).toBe(iso);
    expect(isoInstant(253402300800000)).toBe('+010000-01-01T00:00:00.000Z');
  });
});
