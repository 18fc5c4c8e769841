/**
 * The writers around denseRewrite stop with an error, never spin, when a call makes no progress (a future bug in the
 * rewrite must end as verifyDkim's temperror, not as a hang on a hostile body). denseRewrite is replaced here by one
 * that reports a chunk done without reading anything, and then by one that says it is out of room in place.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DenseStop } from '../../../lib/dkim/dense-rewrite';

const stuck = vi.hoisted(() => ({ stop: null as DenseStop | null }));

vi.mock('../../../lib/dkim/dense-rewrite', async (original) => {
  const real = await original<typeof import('../../../lib/dkim/dense-rewrite')>();
  return {
    ...real,
    denseRewrite: (...args: Parameters<typeof real.denseRewrite>): DenseStop =>
      stuck.stop === null ? real.denseRewrite(...args) : stuck.stop,
  };
});

const { canonicalBody, canonicalBodySpliced } = await import('../../../lib/dkim/canonical-body');

// Dense mode: every line of a body with lone LF breaks changes (RFC 6376 §3.4.4 relaxed, LF -> CRLF).
const body = Array.from({ length: 50 }, (_, i) => `line  ${String(i)}\t with  runs \n`).join('');
const bytes = new Uint8Array(Buffer.from(body, 'latin1'));

beforeEach(() => {
  stuck.stop = null;
});

describe('dense rewrite guards', () => {
  it('canonicalises normally with the real rewrite (the body does reach dense mode)', () => {
    const spliced = canonicalBodySpliced(bytes, 'relaxed', false);
    expect(Buffer.from(spliced.head).toString('latin1')).toContain('line 0 with runs\r\n');
    expect(Buffer.from(canonicalBody(body, 'relaxed', 'latin1', false)).toString('latin1')).toContain(
      'line 49 with runs\r\n',
    );
  });

  it('throws when a call reports a chunk done but read nothing (received octets)', () => {
    stuck.stop = 'chunk';
    expect(() => canonicalBodySpliced(bytes, 'relaxed', false)).toThrow(/no progress/);
  });

  it('throws when the in-place rewrite of a text stops for room or reads nothing', () => {
    stuck.stop = 'room';
    expect(() => canonicalBody(body, 'relaxed', 'latin1', false)).toThrow(/stopped with 'room'/);
    stuck.stop = 'chunk';
    expect(() => canonicalBody(body, 'relaxed', 'latin1', false)).toThrow(/stopped with 'chunk'/);
  });
});
