import type { Finding, Severity } from '../lib/report';
import { countText } from '../lib/findings';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

const LABEL: Record<Severity, string> = { bad: 'Problem', warn: 'Warning', info: 'Note', ok: 'OK' };
const ICON: Record<Severity, string> = { bad: '✖', warn: '▲', info: 'ℹ', ok: '✔' };

/** Findings, most severe first; each opens to its detail. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const regionLabel = useRegionLabel('Findings');
  if (findings.length === 0) return null;
  return (
    <section aria-label={regionLabel}>
      <h3>Findings</h3>
      <ul class="findings">
        {findings.map((f) => (
          <li key={f.id + f.title} class={`finding ${f.severity}`} data-finding-id={f.id}>
            <details>
              <summary>
                <span class="sev" aria-hidden="true" title={LABEL[f.severity]}>
                  {ICON[f.severity]}
                </span>
                <span class="sr-only">{LABEL[f.severity]}: </span>{' '}
                {showInvisible(f.title)}
                {f.count !== undefined && <span class="count">{countText(f)}</span>}
              </summary>
              <p>{showInvisible(f.detail)}</p>
              <p class="muted id">{f.id}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
