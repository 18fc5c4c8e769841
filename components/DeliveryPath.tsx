import type { Report } from '../lib/report';
import { hopRows } from '../lib/received/hop-rows';
import { formatDuration } from '../lib/text/duration';
import { showInvisible } from '../lib/text/visible';
import { HopTable } from './HopTable';
import { useRegionLabel } from './region-scope';

/** The delivery path: totals, the entry point, clocks that are off, and the hop table with its delay bars. */
export function DeliveryPath({ report }: { report: Report }) {
  const regionLabel = useRegionLabel('Delivery path');
  const { hops, timeline, boundary } = report;
  if (hops.length === 0 || !timeline) return null;
  const rows = hopRows(hops, timeline, boundary);
  const slowest = rows.find((r) => r.slowest);
  return (
    <section aria-label={regionLabel} class="path">
      <h3>
        Delivery path ({hops.length} hop{hops.length === 1 ? '' : 's'})
      </h3>
      <p class="path-summary">
        {timeline.totalSeconds === null
          ? 'Delivery time unknown.'
          : `Delivered in ${formatDuration(timeline.totalSeconds)}.`}
        {slowest ? ` Slowest: hop ${String(slowest.index)} (${slowest.by}), ${slowest.delay}.` : ''}
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
            <li key={`${String(s.hop)}-${String(s.offsetSeconds)}`}>{showInvisible(s.note)}</li>
          ))}
        </ul>
      )}
      <HopTable rows={rows} provider={boundary ? showInvisible(boundary.provider) : null} />
    </section>
  );
}
