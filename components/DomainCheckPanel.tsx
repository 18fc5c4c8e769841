import type { HealthRecord } from '../lib/domain-health/check-domain';
import type { Severity } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

const LABEL: Record<HealthRecord['kind'], string> = { spf: 'SPF', dmarc: 'DMARC', mx: 'MX', 'mta-sts': 'MTA-STS', 'tls-rpt': 'TLS-RPT', bimi: 'BIMI' };
const ICON: Record<Severity, string> = { bad: '✖', warn: '▲', info: 'ℹ', ok: '✔' };

/** A domain's mail DNS records with their findings (render-only). */
export function DomainCheckPanel({ records }: { records: readonly HealthRecord[] }) {
  const regionLabel = useRegionLabel('Domain records');
  return (
    <section aria-label={regionLabel}>
      <h3>Domain records</h3>
      <ul class="domain-records">
        {records.map((r) => (
          <li key={r.kind + r.domain} data-kind={r.kind}>
            <p>
              <span class="kind">{LABEL[r.kind]}</span> <span class="name">{showInvisible(r.domain)}</span>
            </p>
            <p class="value">{r.value === null ? 'not published' : showInvisible(r.value)}</p>
            {r.findings.length > 0 && (
              <ul class="findings">
                {r.findings.map((f) => (
                  <li key={f.id + f.title} class={`finding ${f.severity}`} data-finding-id={f.id}>
                    <span class="sev">{ICON[f.severity]}</span> {showInvisible(f.title)}: {showInvisible(f.detail)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
