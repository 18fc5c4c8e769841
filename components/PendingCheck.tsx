import type { LivePart } from '../lib/analyze';
import { useRegionLabel } from './region-scope';

const WHAT: Record<LivePart, { title: string; doing: string }> = {
  authentication: { title: 'Live DNS checks', doing: 'Checking SPF, DKIM, ARC and DMARC over DNS now…' },
  reputation: { title: 'Blocklists and reverse DNS', doing: 'Asking the blocklists and checking reverse DNS…' },
};

/** A live section whose DNS answers are still coming: its own progress line until the report fills it in. */
export function PendingCheck({ part }: { part: LivePart }) {
  const label = useRegionLabel(WHAT[part].title);
  return (
    <section class="pending" aria-label={label} aria-busy="true" data-pending={part}>
      <h3>{WHAT[part].title}</h3>
      <p class="pending-line" role="status">
        <span class="spinner" aria-hidden="true" />
        {WHAT[part].doing}
      </p>
    </section>
  );
}
