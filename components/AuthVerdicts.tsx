import type { AuthReport, RecordedAuth } from '../lib/authresults';
import { showInvisible } from '../lib/text/visible';
import { AuthAlignment } from './AuthAlignment';
import { VerdictBadge } from './VerdictBadge';
import { useRegionLabel } from './region-scope';

function spfLine(r: RecordedAuth): string {
  const s = r.spf;
  if (s === null) return 'No SPF result recorded.';
  const a = r.alignment.spf;
  const aligned = a === null || a.aligned === 'unknown' ? '' : a.aligned === 'none' ? ', not aligned with From' : ', aligned with From';
  return `${s.mailFrom ? `MAIL FROM ${s.mailFrom}` : 'MAIL FROM not recorded'}${aligned}. ${s.explanation?.meaning ?? ''}`.trim();
}

function dkimLine(r: RecordedAuth): string {
  if (r.dkim.length === 0) return 'No DKIM result recorded.';
  return r.dkim
    .map((d, i) => {
      const a = r.alignment.dkim[i];
      const aligned = a === undefined || a.aligned === 'unknown' ? '' : a.aligned === 'none' ? ', not aligned' : ', aligned';
      return `${d.result} d=${d.domain ?? '?'}${d.selector ? ` s=${d.selector}` : ''}${aligned}`;
    })
    .join('; ');
}

function dmarcLine(r: RecordedAuth): string {
  const d = r.dmarc;
  if (d === null) return r.fromAuthenticated ? 'No DMARC result recorded, but an aligned SPF or DKIM pass authenticates From.' : 'No DMARC result recorded.';
  const policy = d.policy ? ` Policy p=${d.policy}.` : '';
  const action = d.disposition ? ` Receiver action: ${d.disposition}.` : '';
  return `From ${d.headerFrom ?? '?'}: ${d.explanation?.meaning ?? `result ${d.written ?? d.result}`}${policy}${action}`;
}

function Detail({ r }: { r: RecordedAuth }) {
  return (
    <details class="auth-detail">
      <summary>Details and alignment</summary>
      <AuthAlignment alignment={r.alignment} />
      <dl>
        {r.dkim.map((d, i) => (
          <div class="summary-row" key={`d${String(i)}`}>
            <dt>DKIM {showInvisible(d.domain ?? '')}</dt>
            <dd>
              {showInvisible(`${d.written ?? d.result}${d.selector ? `, selector ${d.selector}` : ''}${d.reason ? ` (${d.reason})` : ''}`)}
              {d.explanation && d.result !== 'pass' ? <p class="muted">Fix: {d.explanation.fix}</p> : null}
            </dd>
          </div>
        ))}
        {r.spf && r.spf.result !== 'pass' && r.spf.explanation ? (
          <div class="summary-row">
            <dt>SPF fix</dt>
            <dd>{r.spf.explanation.fix}</dd>
          </div>
        ) : null}
        {r.dmarc && r.dmarc.result !== 'pass' && r.dmarc.explanation ? (
          <div class="summary-row">
            <dt>DMARC fix</dt>
            <dd>{r.dmarc.explanation.fix}</dd>
          </div>
        ) : null}
        {r.arc ? (
          <div class="summary-row">
            <dt>ARC</dt>
            <dd>{showInvisible(`cv=${r.arc.written ?? r.arc.result}${r.arc.explanation ? `: ${r.arc.explanation.meaning}` : ''}`)}</dd>
          </div>
        ) : null}
        {r.compauth ? (
          <div class="summary-row">
            <dt>Microsoft compauth</dt>
            <dd>{showInvisible(`${r.compauth.result}${r.compauth.reason ? ` reason=${r.compauth.reason}: ${r.compauth.reasonMeaning?.meaning ?? ''}` : ''}`)}</dd>
          </div>
        ) : null}
        {r.bimi ? (
          <div class="summary-row">
            <dt>BIMI</dt>
            <dd>{showInvisible(r.bimi.result)}</dd>
          </div>
        ) : null}
      </dl>
    </details>
  );
}

/** The provider's recorded SPF / DKIM / DMARC as three badges, details, and the headers it did not vouch for. Render-only. */
export function AuthVerdicts({ auth }: { auth: AuthReport }) {
  const regionLabel = useRegionLabel('Recorded authentication');
  const r = auth.recorded;
  return (
    <section class="auth" aria-label={regionLabel}>
      <h3>Recorded authentication</h3>
      {r === null ? (
        <p class="muted">No authentication results written by your provider.</p>
      ) : (
        <>
          <p class="muted">
            {r.trusted ? 'Recorded by ' : 'Claimed by (could not be tied to your provider) '}
            {showInvisible(r.authservId === '' ? 'your provider (no authserv-id)' : r.authservId)}
          </p>
          <div class="verdicts">
            <VerdictBadge label="SPF" result={r.spf?.result ?? null} line={spfLine(r)} claimed={!r.trusted} />
            <VerdictBadge label="DKIM" result={r.dkim.find((d) => d.result === 'pass')?.result ?? r.dkim[0]?.result ?? null} line={dkimLine(r)} claimed={!r.trusted} />
            <VerdictBadge label="DMARC" result={r.dmarc?.result ?? null} line={dmarcLine(r)} claimed={!r.trusted} />
          </div>
          <Detail r={r} />
        </>
      )}
      {auth.untrusted.length > 0 ? (
        <details class="untrusted">
          <summary>
            {auth.untrusted.length} header{auth.untrusted.length === 1 ? '' : 's'} added before your provider (could be forged)
          </summary>
          <ul>
            {auth.untrusted.map((u) => (
              <li key={`u${String(u.fieldIndex)}`}>
                <p>
                  <span class="muted">{u.header}</span> {showInvisible(u.authservId || '(no id)')}: {showInvisible(u.claims.map((c) => `${c.method}=${c.result}`).join(', ') || '(unreadable)')}
                </p>
                <p class="muted">{showInvisible(u.why)}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
