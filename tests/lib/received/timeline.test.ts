/** computeTimeline: delays, totals, skew; edge cases around the tolerances. */
import { describe, expect, it } from 'vitest';
import { computeTimeline, type Stamp } from '../../../lib/received/timeline';

const T0 = Date.UTC(2025, 9, 14, 9, 0, 0);
/** Stamps oldest first from offsets in seconds (null = no date); the first is the sender's, the rest the provider's unless given. */
function stamps(offsets: (number | null)[], boundaryAt = 1): Stamp[] {
  return offsets.map((o, i) => ({ index: i + 1, epochMs: o === null ? null : T0 + o * 1000, side: i + 1 >= boundaryAt + 1 ? 'provider' : 'sender' }));
}
const delays = (r: ReturnType<typeof computeTimeline>) => [...r.delays.entries()].sort(([a], [b]) => a - b).map(([, d]) => d.delaySeconds);
const skew = (r: ReturnType<typeof computeTimeline>) => r.timeline.skew.map((s) => [s.hop, s.offsetSeconds]);
const ids = (r: ReturnType<typeof computeTimeline>) => r.findings.map((f) => f.id);

describe('computeTimeline', () => {
  it('nothing to go on', () => {
    const r = computeTimeline([], null);
    expect(r.timeline).toEqual({ createdAt: null, deliveredAt: null, totalSeconds: null, slowestHop: null, skew: [] });
  });

  it('one stamp and no Date: total 0', () => {
    const r = computeTimeline(stamps([0]), null);
    expect(r.timeline).toMatchObject({ createdAt: '2025-10-14T09:00:00.000Z', deliveredAt: '2025-10-14T09:00:00.000Z', totalSeconds: 0 });
  });

  it('plain chain: delays, total from the Date header, slowest hop', () => {
    const r = computeTimeline(stamps([0, 2, 7, 8]), T0 - 3000);
    expect(delays(r)).toEqual([null, 2, 5, 1]);
    expect(r.timeline).toMatchObject({ totalSeconds: 11, slowestHop: 3, skew: [] });
    expect(ids(r)).toEqual([]);
  });

  it('stamps without a date are skipped', () => {
    const r = computeTimeline(stamps([0, null, 4]), null);
    expect(r.delays.has(2)).toBe(false);
    expect(r.delays.get(3)?.delaySeconds).toBe(4);
  });

  it.each([
    // The stamp that stepped back becomes the reference for the next delay (judgement: either clock may be the noisy one).
    ['a step back within the 120 s tolerance is 0, not skew', [0, 10, -90, 20], [null, 10, 0, 110], []],
    ['a middle stamp 5 minutes behind', [0, 2, 2 - 300, 6], [null, 2, null, 4], [[3, -300]]],
    ['the newest stamp behind, the two before agreeing', [0, 2, 2 - 3600], [null, 2, null], [[3, -3600]]],
    ['two lone stamps: the earlier clock ran ahead', [600, 0], [null, null], [[1, 600]]],
    ['an early clock ahead, the rest agreeing', [0, 700, 5, 9], [null, null, 5, 4], [[2, 695]]],
    ['whole-hour jump across the boundary: a time-zone error', [0, 3603], [null, null], [[1, -3600]]],
    ['whole-hour jump within one side is a delay', [0, 3603], [null, 3603], []],
    ['a 25-hour gap is not a zone error (zones span 26 h, a clock is off by at most 14)', [0, 90000], [null, 90000], []],
    ['a real 40-minute queue is a delay', [0, 2412], [null, 2412], []],
  ])('%s', (name, offsets, expectedDelays, expectedSkew) => {
    const r = computeTimeline(stamps(offsets, name.includes('within one side') ? 9 : 1), null);
    expect(delays(r)).toEqual(expectedDelays);
    expect(skew(r)).toEqual(expectedSkew);
    expect(ids(r).includes('received.clock-skew')).toBe(expectedSkew.length > 0);
    expect([...r.delays.values()].every((d) => d.delaySeconds === null || d.delaySeconds >= 0)).toBe(true);
  });

  it.each([
    ['Date 60 s after the first stamp: within tolerance (the total cannot go below 0)', 60, [], 0],
    ['Date 3 hours ahead: the sender clock, total from the first stamp', 3 * 3600 + 5, [[0, 3 * 3600 + 5]], 2],
    ['Date 1 hour behind (whole hours): wrong zone, total from the first stamp', -3600 - 5, [[0, -3600 - 5]], 2],
    ['Date 2 days before: a draft, not skew', -2 * 86400, [], 2 * 86400 + 2],
  ])('%s', (_name, dateOffset, expectedSkew, total) => {
    // Date header at dateOffset seconds from a first stamp at +0; the second stamp is at +2.
    const r = computeTimeline(stamps([0, 2]), T0 + dateOffset * 1000);
    expect(skew(r)).toEqual(expectedSkew);
    expect(r.timeline.totalSeconds).toBe(total);
  });

  it('a Date written on the same wrong clock as the first stamp is corrected with it', () => {
    const r = computeTimeline(stamps([0, 3604]), T0 - 1000);
    expect(skew(r)).toEqual([[1, -3600]]);
    expect(r.timeline.totalSeconds).toBe(5);
  });

  it.each([
    [599, []],
    [600, ['received.slow-hop']],
  ])('slow-hop threshold: %i s', (gap, expected) => {
    expect(ids(computeTimeline(stamps([0, gap]), null))).toEqual(expected);
  });
});
