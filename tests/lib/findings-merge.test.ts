/** Security goal G3 (docs/security-goals.md): identical findings become one with a count (a 50-set ARC chain: one weak-key note, count 50). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finding, mergeFindings } from '../../lib/findings';
import { arcFindings } from '../../lib/arc/arc-findings';
import type { ArcInstance, ArcResult } from '../../lib/arc/types';

function instance(i: number): ArcInstance {
  return {
    i,
    domain: 'relay.example',
    selector: 's',
    cv: i === 1 ? 'none' : 'pass',
    result: 'pass',
    code: 'arc.seal.pass',
    keyBits: 1024,
    ams: {
      result: 'pass',
      code: 'arc.ams.pass',
      keyBits: 1024,
      domain: 'relay.example',
      selector: 's',
      bodyChecked: true,
    },
    authservId: 'relay.example',
    aarRaw: null,
    aarResults: [],
  } as unknown as ArcInstance;
}

describe('mergeFindings', () => {
  it('a 50-set ARC chain sealed with one weak key gives one note with count 50', () => {
    const chain = {
      result: 'pass',
      code: 'arc.pass',
      reason: 'intact',
      instances: Array.from({ length: 50 }, (_v, k) => instance(k + 1)),
      brokeAt: null,
      oldestPass: 0,
      sealers: ['relay.example'],
      bodyChecked: true,
      aarFirstFailure: null,
    } as unknown as ArcResult;
    const merged = mergeFindings(arcFindings(chain)).filter((f) => f.id === 'arc.key.weak');
    expect(merged).toHaveLength(1);
    expect(merged[0]?.count).toBe(50);
  });

  it('keeps different findings apart, in their first place, and adds no count to single ones', () => {
    const a = finding('x.a', 'warn', 'A', 'same');
    const b = finding('x.b', 'warn', 'B', 'same');
    const out = mergeFindings([a, b, { ...a }, finding('x.a', 'warn', 'A', 'other'), { ...a }]);
    expect(out.map((f) => [f.id, f.detail, f.count])).toEqual([
      ['x.a', 'same', 3],
      ['x.b', 'same', undefined],
      ['x.a', 'other', undefined],
    ]);
    expect('count' in (out[1] ?? {})).toBe(false);
  });
});

describe('mergeFindings: property', () => {
  const severity = fc.constantFrom('ok' as const, 'info' as const, 'warn' as const, 'bad' as const);
  const one = fc
    .tuple(fc.constantFrom('a.x', 'a.y', 'b.z'), severity, fc.constantFrom('T', 'U'), fc.constantFrom('d', 'e'))
    .map(([id, sev, title, detail]) => finding(id, sev, title, detail));
  it('keeps every id (verdict reasons link to findings by id) and the counts add up to the findings merged', () => {
    fc.assert(
      fc.property(fc.array(one, { maxLength: 40 }), (list) => {
        const merged = mergeFindings(list);
        expect(new Set(merged.map((f) => f.id))).toEqual(new Set(list.map((f) => f.id)));
        expect(merged.reduce((n, f) => n + (f.count ?? 1), 0)).toBe(list.length);
        for (const f of merged) if (f.count !== undefined) expect(f.count).toBeGreaterThan(1);
      }),
    );
  });
});
