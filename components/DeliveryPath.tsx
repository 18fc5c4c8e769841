import type { Report } from '../lib/report';
import { formatDuration } from '../lib/text/duration';
import { showInvisible } from '../lib/text/visible';
import { HopTimeline } from './HopTimeline';
import { HopTable } from './HopTable';

/** The delivery path: totals, the entry point, the delay chart and the hop table. */
export function DeliveryPath({ report }: { report: Report }) {
  const { hops, timeline, boundary } = report;
  if (hops.length === 0 || !timeline) return null;
  const skewed = new Set(timeline.skew.map((s) => s.hop));
  return (
    <section aria-label="Delivery path" class="path">
      <h3>Delivery path ({hops.length} hop{hops.length === 1 ? '' : 's'})</h3>
      <p class="path-summary">
        {timeline.totalSeconds === null ? 'Delivery time unknown.' : `Delivered in ${formatDuration(timeline.totalSeconds)}.`}
        {timeline.slowestHop !== null ? ` Slowest: hop ${String(timeline.slowestHop)}.` : ''}
      </p>
      {boundary && (
        <p class="entry" data-testid="entry">
          Entered {showInvisible(boundary.provider)} from{' '}
          <strong>{showInvisible(boundary.rdns ?? boundary.helo ?? 'an unnamed host')}</strong>
          {boundary.ip ? ` [${boundary.ip}]` : ''} at hop {boundary.hop}.
        </p>
      )}
      {timeline.skew.length > 0 && (
        <ul class="skew-notes">
          {timeline.skew.map((s) => (
            <li key={`${String(s.hop)}-${String(s.offsetSeconds)}`}>{s.note}</li>
          ))}
        </ul>
      )}
      <HopTimeline hops={hops} timeline={timeline} />
      <HopTable hops={hops} boundary={boundary} skewedHops={skewed} />
    </section>
  );
}
