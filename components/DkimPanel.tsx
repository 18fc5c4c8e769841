import type { ArcResult } from '../lib/arc';
import type { DkimResult } from '../lib/dkim';
import { ArcChain } from './ArcChain';
import { DkimSignatureCard } from './DkimSignatureCard';
import { useRegionLabel } from './region-scope';

/** Render-only: every DKIM signature of the message, then the ARC chain. */
export function DkimPanel({ dkim, arc }: { dkim: readonly DkimResult[]; arc: ArcResult | null }) {
  const regionLabel = useRegionLabel('DKIM signatures');
  return (
    <div class="dkim-panel">
      <section aria-label={regionLabel} class="dkim">
        <h3>DKIM signatures</h3>
        {dkim.length === 0 ? (
          <p class="muted">This message has no DKIM signature.</p>
        ) : (
          <ul class="dkim-signatures">
            {dkim.map((r) => (
              <DkimSignatureCard key={r.fieldIndex} r={r} />
            ))}
          </ul>
        )}
      </section>
      <ArcChain arc={arc} />
    </div>
  );
}
