import type { Stamp } from '../lib/stamps';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

const CONFIDENCE: Record<string, string> = { documented: 'vendor docs', community: 'community-observed', unknown: 'unknown' };

/** Vendor anti-spam stamps: each key with its value, meaning and where the meaning comes from. Render-only. */
export function StampTable({ stamps }: { stamps: readonly Stamp[] }) {
  const regionLabel = useRegionLabel('Vendor stamps');
  if (stamps.length === 0) return null;
  return (
    <section class="stamps" aria-label={regionLabel}>
      <h3>Vendor stamps</h3>
      {stamps.map((s) => (
        <details key={`s${String(s.fieldIndex)}`} class="stamp">
          <summary>
            {showInvisible(s.header)} <span class="muted">{showInvisible(s.vendor)}</span>
            {s.summary ? <span class="pill info">{showInvisible(s.summary)}</span> : null}
          </summary>
          <dl>
            {s.fields.map((f, i) => (
              <div key={`f${String(i)}`} class={`summary-row stamp-field ${f.confidence}`}>
                <dt>
                  <span class="mono">{showInvisible(f.key)}</span> <span class="mono">{showInvisible(f.value)}</span>
                </dt>
                <dd>
                  {showInvisible(f.meaning)} <span class="muted">({CONFIDENCE[f.confidence] ?? f.confidence})</span>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </section>
  );
}
