/** The brand table: every row cites its source, display names are matched on whole words, country sites count. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRANDS, brandsIn } from '../../../lib/impersonation';
import { isBrandDomain } from '../../../lib/impersonation/brands';

describe('brand table', () => {
  it('cites a source URL above every row', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../lib/impersonation/brands.ts'), 'utf8');
    for (const b of BRANDS) {
      const row = text.indexOf(`{ name: '${b.name}'`);
      const before = text.slice(0, row).trimEnd().split('\n');
      const comments = [];
      for (let i = before.length - 1; i >= 0 && (before[i] ?? '').trim().startsWith('//'); i--)
        comments.push(before[i] ?? '');
      expect(comments.join(' '), b.name).toMatch(/https:\/\//);
    }
  });

  it('lists no free mailbox domain as a brand domain', () => {
    const free = ['gmail.com', 'outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'me.com', 'yahoo.com'];
    for (const b of BRANDS)
      expect(
        b.domains.filter((d) => free.includes(d)),
        b.name,
      ).toEqual([]);
  });

  it.each([
    ['PayPal Support', ['PayPal']],
    ['PayPal', ['PayPal']],
    ['DHL Express', ['DHL']],
    ['Start-ups weekly', []], // "ups" is not UPS, and not in capitals
    ['Apple Valley Dental', []], // "Apple" alone only as the whole name
    ['Apple', ['Apple']],
    ['Your Microsoft 365 admin', ['Microsoft']],
    ['paypalish', []],
  ])('brandsIn(%s)', (name, brands) => {
    expect(brandsIn(name).map((b) => b.name)).toEqual(brands);
  });

  it("accepts a brand's country sites", () => {
    const dhl = BRANDS.find((b) => b.name === 'DHL');
    const amazon = BRANDS.find((b) => b.name === 'Amazon');
    if (!dhl || !amazon) throw new Error('table changed');
    expect(isBrandDomain(dhl, 'dhl.de')).toBe(true);
    expect(isBrandDomain(amazon, 'amazon.co.uk')).toBe(true);
    expect(isBrandDomain(amazon, 'amazon.shop')).toBe(false);
    expect(isBrandDomain(dhl, 'dhl-delivery.com')).toBe(false);
  });
});
