/**
 * Clocks of a delivery path. Each host that writes stamps has one clock, so consecutive stamps by the same
 * "by" host are one run. The runs whose times read in order (within a tolerance) are trusted; which ones is
 * chosen as the largest agreeing set of clocks, the sender's Date header counting as one more clock; between
 * sets of the same size, the one with more of the provider's clocks (kept in time) wins. A run left out is off; when moving it by whole hours
 * puts it back in line, its zone was set wrong and the corrected times are exact.
 */

/** Clocks and second rounding: differences smaller than this are noise. */
export const TOLERANCE_MS = 120_000;
const HOUR_MS = 3_600_000;
/** Zone offsets run from -12:00 to +14:00, so a wrong zone moves a clock by at most 14 hours. */
const MAX_ZONE_ERROR_H = 14;

export interface ClockStamp {
  index: number;
  epochMs: number;
  side: 'sender' | 'provider' | 'unknown';
  host: string | null;
  ip: string | null;
}

export interface Run {
  stamps: ClockStamp[];
  host: string | null;
  ip: string | null;
  /** null: trusted as written; a number: the run is off by that many ms (its times minus the true times). */
  offsetMs: number | null;
  /** Whether offsetMs is exact (a whole-hour zone error), so that corrected times can be used. */
  exact: boolean;
}

export const first = (r: Run): number => r.stamps[0]?.epochMs ?? 0;
export const last = (r: Run): number => r.stamps.at(-1)?.epochMs ?? 0;

/** Consecutive stamps by the same named host are one clock. */
export function groupRuns(stamps: readonly ClockStamp[]): Run[] {
  const runs: Run[] = [];
  for (const s of stamps) {
    const prev = runs.at(-1);
    if (prev && s.host !== null && prev.host === s.host) {
      prev.stamps.push(s);
      prev.ip ??= s.ip;
    } else runs.push({ stamps: [s], host: s.host, ip: s.ip, offsetMs: null, exact: false });
  }
  return runs;
}

function providerClock(r: Run): number {
  return r.stamps.some((s) => s.side === 'provider') ? 1 : 0;
}

interface Best {
  count: number;
  provider: number;
  prev: number;
}

function better(a: Best, b: Best | undefined): boolean {
  return b === undefined || a.count > b.count || (a.count === b.count && a.provider > b.provider);
}

/**
 * Mark the runs that disagree with the largest agreeing set (the longest chain of clocks that reads in order;
 * ties go to more provider clocks, then to the later ones). `dateMs` (the Date header) takes part as a clock.
 */
export function markOffClocks(runs: Run[], dateMs: number | null): void {
  const points: { first: number; last: number; provider: number; run: Run | null }[] =
    dateMs === null ? [] : [{ first: dateMs, last: dateMs, provider: 0, run: null }];
  for (const r of runs) points.push({ first: first(r), last: last(r), provider: providerClock(r), run: r });
  const best: Best[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p === undefined) continue;
    let b: Best = { count: 1, provider: p.provider, prev: -1 };
    for (let j = 0; j < i; j++) {
      const q = points[j];
      const bj = best[j];
      if (!q || !bj || p.first < q.last - TOLERANCE_MS) continue;
      const c = { count: bj.count + 1, provider: bj.provider + p.provider, prev: j };
      if (better(c, b) || (c.count === b.count && c.provider === b.provider)) b = c;
    }
    best.push(b);
  }
  let end = -1;
  for (let i = 0; i < best.length; i++) {
    const b = best[i];
    if (b !== undefined && (end < 0 || !better(best[end] ?? b, b))) end = i;
  }
  const kept = new Set<number>();
  for (let i = end; i >= 0; i = best[i]?.prev ?? -1) kept.add(i);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p === undefined || kept.has(i) || p.run === null) continue;
    const before = points.filter((_t, j) => j < i && kept.has(j)).at(-1);
    const after = points.find((_t, j) => j > i && kept.has(j));
    const raw =
      before && p.first < before.last - TOLERANCE_MS ? p.first - before.last : after ? p.last - after.first : 0;
    const zone = Math.round(raw / HOUR_MS) * HOUR_MS;
    const fits =
      zone !== 0 &&
      Math.abs(zone) <= MAX_ZONE_ERROR_H * HOUR_MS &&
      (!before || p.run.stamps.every((s) => s.epochMs - zone >= before.last - TOLERANCE_MS)) &&
      (!after || p.run.stamps.every((s) => s.epochMs - zone <= after.first + TOLERANCE_MS));
    p.run.offsetMs = fits ? zone : raw;
    p.run.exact = fits;
  }
}

/** A forward jump of whole hours (within 90 s) across the sender/provider line: the sender side's zone is wrong. */
export function zoneJump(from: Run, to: Run): number | null {
  const d = first(to) - last(from);
  const h = Math.round(d / HOUR_MS);
  const sideChange = from.stamps.every((s) => s.side !== 'provider') && to.stamps.some((s) => s.side === 'provider');
  if (!sideChange || d <= HOUR_MS - 600_000 || h === 0 || h > MAX_ZONE_ERROR_H || Math.abs(d - h * HOUR_MS) > 90_000)
    return null;
  return h * HOUR_MS;
}
