/** mergeFindings and sortFindings against their earlier, plainer forms (one key string per finding; index tiebreak). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeFindings, sortFindings, type Finding } from '../../lib/findings';

function mergeByKey(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.id}\u0000${f.severity}\u0000${f.title}\u0000${f.detail}`;
    const seen = byKey.get(key);
    if (seen) seen.count = (seen.count ?? 1) + (f.count ?? 1);
    else {
      const copy = { ...f };
      byKey.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

const ORDER = { bad: 0, warn: 1, info: 2, ok: 3 } as const;
function sortByIndex(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

// Few distinct values so that ids, titles and details repeat; NUL inside a field can make two keys collide.
const oneFinding: fc.Arbitrary<Finding> = fc
  .tuple(
    fc.constantFrom('a.x', 'a.y', 'b', 'b\u0000ok'),
    fc.constantFrom('ok' as const, 'info' as const, 'warn' as const, 'bad' as const),
    fc.constantFrom('T', 'U', 'T\u0000ok', ''),
    fc.constantFrom('d', 'e', 'ok\u0000d', ''),
    fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
  )
  .map(([id, severity, title, detail, count]) =>
    count === undefined ? { id, severity, title, detail } : { id, severity, title, detail, count },
  );
const list = fc.array(oneFinding, { maxLength: 30 });

describe('findings fast paths give what the plain forms give', () => {
  it('mergeFindings', () => {
    fc.assert(
      fc.property(list, (findings) => {
        const input = findings.map((f) => ({ ...f }));
        const got = mergeFindings(input);
        expect(got).toEqual(mergeByKey(findings.map((f) => ({ ...f }))));
        for (const f of got) expect(input).not.toContain(f);
        expect(input).toEqual(findings);
      }),
      { numRuns: 3000 },
    );
  });

  it('sortFindings', () => {
    fc.assert(
      fc.property(list, (findings) => {
        const got = sortFindings(findings);
        const want = sortByIndex(findings);
        expect(got.length).toBe(want.length);
        got.forEach((f, i) => {
          expect(f).toBe(want[i]);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
