import type { Finding, Severity } from '../lib/report';
import { showInvisible } from '../lib/text/visible';

const LABEL: Record<Severity, string> = { bad: 'Problem', warn: 'Warning', info: 'Note', ok: 'OK' };
const ICON: Record<Severity, string> = { bad: '✖', warn: '▲', info: 'ℹ', ok: '✔' };

/** Findings, most severe first; each opens to its detail. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section aria-label="Findings">
      <h3>Findings</h3>
      <ul class="findings">
        {findings.map((f) => (
          <li key={f.id + f.title} class={`finding ${f.severity}`} data-finding-id={f.id}>
            <details>
              <summary>
                <span class="sev" aria-label={LABEL[f.severity]} title={LABEL[f.severity]}>
                  {ICON[f.severity]}
                </span>{' '}
                {showInvisible(f.title)}
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
