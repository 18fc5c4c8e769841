/** Every scenario message gets its expected verdict kind and perspective, with a headline and reasons in bounds. */
import { describe, expect, it } from 'vitest';
import { MAX_HEADLINE, MAX_REASONS, VERDICT_KINDS } from '../../../lib/verdict';
import { analyseScenario, SCENARIOS } from './load-scenarios';
import { reportProblems } from '../report-shape';

describe('verdict scenarios (tests/fixtures/verdict)', () => {
  it('has at least 30 scenarios covering every kind', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SCENARIOS.map((s) => s.kind))).toEqual(new Set(VERDICT_KINDS));
  });

  it.each(SCENARIOS.map((s) => [s.file, s]))('%s', async (_f, s) => {
    const r = await analyseScenario(s.file);
    expect(r.input.status).toBe('ok');
    expect(reportProblems(r)).toEqual([]);
    expect({ kind: r.verdict.kind, perspective: r.verdict.perspective }, r.verdict.headline).toEqual({
      kind: s.kind,
      perspective: s.perspective,
    });
    expect(r.verdict.headline.length).toBeLessThanOrEqual(MAX_HEADLINE);
    expect(r.verdict.reasons.length).toBeGreaterThanOrEqual(1);
    expect(r.verdict.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
    const ids = new Set(r.findings.map((f) => f.id));
    for (const reason of r.verdict.reasons)
      if (reason.findingId !== null) expect(ids.has(reason.findingId), reason.findingId).toBe(true);
    if (s.attached) {
      const a = r.attachedMessages[0];
      expect(a?.report.verdict.kind).toBe(s.attached.kind);
      expect(a?.report.verdict.perspective).toBe(s.attached.perspective);
      expect(a?.leads).toBe(s.attached.leads);
    }
  });
});
