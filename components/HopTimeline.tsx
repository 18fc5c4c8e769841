import type { Hop, Timeline } from '../lib/report';
import { formatDuration } from '../lib/text/duration';

const WIDTH = 376;
const ROW = 20;
const LABEL = 52;
const VALUE = 74;

/** Delay per hop as an SVG bar chart (no canvas: every bar has a text title for screen readers). */
export function HopTimeline({ hops, timeline }: { hops: readonly Hop[]; timeline: Timeline }) {
  const max = Math.max(1, ...hops.map((h) => h.delaySeconds ?? 0));
  const skewed = new Set(timeline.skew.map((s) => s.hop));
  const barSpace = WIDTH - LABEL - VALUE;
  const height = hops.length * ROW + 4;
  return (
    <svg
      class="hop-chart"
      viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
      width="100%"
      role="img"
      aria-label={`Delay per hop; total ${timeline.totalSeconds === null ? 'unknown' : formatDuration(timeline.totalSeconds)}`}
    >
      {hops.map((h, i) => {
        const y = i * ROW + 2;
        const d = h.delaySeconds;
        const w = d === null ? 0 : Math.max(2, (d / max) * barSpace);
        const label = d === null ? (skewed.has(h.index) ? 'clock off' : h.index === 1 ? 'start' : '?') : formatDuration(d);
        return (
          <g key={h.index}>
            <title>{`Hop ${String(h.index)}: ${label}${h.by.host ? ` at ${h.by.host}` : ''}`}</title>
            <text x={0} y={y + 13} class="chart-label">
              Hop {h.index}
            </text>
            <rect x={LABEL} y={y + 3} width={barSpace} height={ROW - 6} rx={3} class="chart-track" />
            {d !== null && <rect x={LABEL} y={y + 3} width={w} height={ROW - 6} rx={3} class={h.index === timeline.slowestHop ? 'chart-bar slowest' : 'chart-bar'} />}
            <text x={WIDTH} y={y + 13} text-anchor="end" class={skewed.has(h.index) ? 'chart-value skew' : 'chart-value'}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
