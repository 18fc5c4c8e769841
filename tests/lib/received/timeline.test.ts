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

  it('one stamp and no Date: the total is unknown, not 0', () => {
    const r = computeTimeline(stamps([0]), null);
    expect(r.timeline).toMatchObject({ createdAt: '2025-10-14T09:00:00.000Z', deliveredAt: '2025-10-14T09:00:00.000Z', totalSeconds: null });
  });

  it('one stamp and a Date header: the total runs from the Date', () => {
    expect(computeTimeline(stamps([0]), T0 - 7000).timeline.totalSeconds).toBe(7);
  });

  it('plain chain: delays, total from the Date header; no slowest hop under 10 s', () => {
    const r = computeTimeline(stamps([0, 2, 7, 8]), T0 - 3000);
    expect(delays(r)).toEqual([null, 2, 5, 1]);
    expect(r.timeline).toMatchObject({ totalSeconds: 11, slowestHop: null, skew: [] });
    expect(ids(r)).toEqual([]);
  });

  it.each([
    [9, null],
    [10, 2],
  ])('slowest hop from 10 s: a %i s hop', (gap, slowest) => {
    expect(computeTimeline(stamps([0, gap, gap + 1]), null).timeline.slowestHop).toBe(slowest);
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
    // A whole-hour offset that puts the stamp back in line is a zone error: the corrected time gives the delay.
    ['the newest stamp behind, the two before agreeing', [0, 2, 2 - 3600], [null, 2, 0], [[3, -3600]]],
    ['the newest stamp an hour behind after a 5 s hop', [0, 2, 7 - 3600], [null, 2, 5], [[3, -3600]]],
    ['two lone stamps: the earlier clock ran ahead', [600, 0], [null, null], [[1, 600]]],
    ['an early clock ahead, the rest agreeing', [0, 700, 5, 9], [null, null, 5, 4], [[2, 695]]],
    ['whole-hour jump across the boundary: a time-zone error', [0, 3603], [null, 3], [[1, -3600]]],
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
    ['Date 60 s after the first stamp: within tolerance, the total runs from the first stamp', 60, [], 2],
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

  it('one host that wrote two consecutive stamps on a wrong clock is one clock off, named with its hops', () => {
    // Date and the sender's stamp agree; the provider's relay wrote hops 3 and 4 an hour behind; hop 5 is right.
    const path: Stamp[] = [
      { index: 1, epochMs: T0, side: 'sender', host: 'mail.sender.example', ip: '192.0.2.1' },
      { index: 2, epochMs: T0 + 2000, side: 'provider', host: 'mx.provider.example', ip: null },
      { index: 3, epochMs: T0 + 4000 - 3_600_000, side: 'provider', host: 'relay.provider.example', ip: '10.0.0.7' },
      { index: 4, epochMs: T0 + 6000 - 3_600_000, side: 'provider', host: 'relay.provider.example', ip: null },
      { index: 5, epochMs: T0 + 9000, side: 'provider', host: 'store.provider.example', ip: null },
    ];
    const r = computeTimeline(path, T0 - 1000);
    expect(r.timeline.skew).toEqual([expect.objectContaining({ hop: 3, hops: [3, 4], host: 'relay.provider.example', ip: '10.0.0.7', offsetSeconds: -3600 })]);
    expect(r.timeline.skew[0]?.note).toMatch(/^The clock of relay\.provider\.example \(hops 3–4\) is probably 1 hour behind \(wrong time zone\)/);
    // Delays on corrected times; the Date header is not blamed.
    expect(delays(r)).toEqual([null, 2, 2, 2, 3]);
    expect(r.timeline.totalSeconds).toBe(10);
  });

  it('the same path without host names blames the two stamps, never the Date header', () => {
    const r = computeTimeline(stamps([0, 2, 4 - 3600, 6 - 3600, 9]), T0 - 1000);
    expect(skew(r).map(([hop]) => hop)).toEqual([3, 4]);
  });

  it('a clock off by an amount that is not whole hours gives no delay into or out of its stamps, but one between them', () => {
    const path: Stamp[] = [
      { index: 1, epochMs: T0, side: 'sender', host: 'a.example' },
      { index: 2, epochMs: T0 - 400_000, side: 'provider', host: 'b.example' },
      { index: 3, epochMs: T0 - 397_000, side: 'provider', host: 'b.example' },
      { index: 4, epochMs: T0 + 8000, side: 'provider', host: 'c.example' },
      { index: 5, epochMs: T0 + 9000, side: 'provider', host: 'd.example' },
    ];
    // The Date header agrees with hop 1: two clocks against one.
    const r = computeTimeline(path, T0 - 1000);
    expect(delays(r)).toEqual([null, null, 3, 8, 1]);
    expect(skew(r)).toEqual([[2, -400]]);
  });

  it.each([
    [599, []],
    [600, ['received.slow-hop']],
  ])('slow-hop threshold: %i s', (gap, expected) => {
    expect(ids(computeTimeline(stamps([0, gap]), null))).toEqual(expected);
  });
});
