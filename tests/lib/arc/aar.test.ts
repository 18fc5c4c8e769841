/** RFC 8617 §4.1.1: the "i=" prefix of ARC-Authentication-Results, strictly; the results, as a summary. */
import { describe, expect, it } from 'vitest';
import { aarAuthenticated, parseAar } from '../../../lib/arc/aar';

describe('parseAar', () => {
  it('RFC 8617 Appendix B style AAR', () => {
    const r = parseAar('i=1; lists.example.org;\r\n spf=pass smtp.mfrom=jqd@d1.example;\r\n dkim=pass (1024-bit key) header.i=@d1.example;\r\n dmarc=pass');
    expect(r).toEqual({
      ok: true, i: 1, authservId: 'lists.example.org',
      results: [{ method: 'spf', result: 'pass' }, { method: 'dkim', result: 'pass' }, { method: 'dmarc', result: 'pass' }],
    });
  });

  it.each(['lists.example.org; i=1;', 'i=1 lists.example.org;', 'i=; x;', 'i=a; x', 'i=1234; x;', ''])('%j: no valid i= prefix', (v) => {
    expect(parseAar(v).ok).toBe(false);
  });

  it('comments and versions do not confuse the summary', () => {
    const r = parseAar('i=2; mx.example.net 1; dkim=fail (dkim=pass in a comment) header.d=x; arc=pass (i=1)');
    expect(r.ok && r.results).toEqual([{ method: 'dkim', result: 'fail' }, { method: 'arc', result: 'pass' }]);
  });
});

describe('aarAuthenticated', () => {
  it.each([
    [[{ method: 'dmarc', result: 'pass' }], true],
    [[{ method: 'dkim', result: 'pass' }, { method: 'dmarc', result: 'fail' }], false],
    [[{ method: 'dkim', result: 'pass' }], true],
    [[{ method: 'spf', result: 'pass' }, { method: 'arc', result: 'pass' }], false],
    [[], false],
  ])('%j -> %s', (results, want) => {
    expect(aarAuthenticated(results)).toBe(want);
  });
});
