import type { AuthReport, RecordedAuth } from '../lib/authresults';
import { authBadges, type AuthBadges } from '../lib/authresults/auth-badges';
import { liveBadges } from '../lib/live/live-badges';
import type { LiveSection } from '../lib/live/types';
import type { Perspective } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { AuthAlignment } from './AuthAlignment';
import { ResultBadge } from './ResultBadge';
import { useRegionLabel } from './region-scope';

function Row({ term, children }: { term: string; children: string }) {
  return (
    <div class="summary-row">
      <dt>{showInvisible(term)}</dt>
      <dd>{showInvisible(children)}</dd>
    </div>
  );
}

/** The sender's fixes for what failed: shown only when the report is read as the sender. */
function Fixes({ r }: { r: RecordedAuth }) {
  const rows: [string, string][] = [];
  if (r.spf && r.spf.result !== 'pass' && r.spf.explanation) rows.push(['SPF fix', r.spf.explanation.fix]);
  for (const d of r.dkim)
    if (d.explanation && d.result !== 'pass' && d.result !== 'none')
      rows.push([`DKIM fix (d=${d.domain ?? '?'})`, d.explanation.fix]);
  if (r.dmarc && r.dmarc.result !== 'pass' && r.dmarc.explanation) rows.push(['DMARC fix', r.dmarc.explanation.fix]);
  return (
    <>
      {rows.map(([k, v]) => (
        <div class="summary-row fix" key={k}>
          <dt>{showInvisible(k)}</dt>
          <dd>{showInvisible(v)}</dd>
        </div>
      ))}
    </>
  );
}

function Detail({ r, row, perspective }: { r: RecordedAuth; row: AuthBadges; perspective: Perspective }) {
  return (
    <details class="auth-detail">
      <summary>Authentication details</summary>
      <dl>
        {row.badges.map((b) => (
          <Row key={b.method} term={b.method}>
            {b.line}
          </Row>
        ))}
        {r.dkim.length > 1 &&
          r.dkim.map((d, i) => (
            <Row key={`d${String(i)}`} term={`DKIM ${d.domain ?? ''}`}>
              {`${d.written ?? d.result}${d.selector ? `, selector ${d.selector}` : ''}${d.reason ? ` (${d.reason})` : ''}`}
            </Row>
          ))}
        {r.arc && (
          <Row term="ARC">{`cv=${r.arc.written ?? r.arc.result}${r.arc.explanation ? `: ${r.arc.explanation.meaning}` : ''}`}</Row>
        )}
        {r.compauth && (
          <Row term="Microsoft compauth">
            {`${r.compauth.result}${r.compauth.reason ? ` reason=${r.compauth.reason}: ${r.compauth.reasonMeaning?.meaning ?? ''}` : ''}`}
          </Row>
        )}
        {r.bimi && <Row term="BIMI">{r.bimi.result}</Row>}
        {perspective === 'sender' && <Fixes r={r} />}
      </dl>
      <AuthAlignment alignment={r.alignment} />
    </details>
  );
}

function BadgeRow({ row }: { row: AuthBadges }) {
  return (
    <p class="badge-row" data-testid="auth-badges">
      {row.badges.map((b) => (
        <ResultBadge key={b.method} badge={b} />
      ))}
      <span class="muted recorder">
        {row.source === 'live' ? 'checked live now through ' : row.claimed ? 'claimed by ' : 'recorded by '}
        {showInvisible(row.recorder ?? '')}
        {row.claimed ? ' (not tied to your provider)' : ''}
      </span>
    </p>
  );
}

export interface AuthResultsProps {
  auth: AuthReport;
  /** The live re-check: its row is shown when the provider recorded nothing. */
  live: LiveSection | null;
  /** The message's List-Id (lib/authresults/forwarding listIdOf): a forgiven list DMARC fail is a warning. */
  listId: string | null;
  perspective: Perspective;
}

/**
 * SPF / DKIM / DMARC as one compact badge row naming who recorded them (lib/authresults/auth-badges: the facts
 * the verdict and the checklist read), or the live check's row when the provider recorded nothing; the lines,
 * ARC, compauth and alignment in a disclosure; the headers the provider did not vouch for. The sender's fixes
 * appear only when the report is read as the sender. Render-only.
 */
export function AuthResults({ auth, live, listId, perspective }: AuthResultsProps) {
  const regionLabel = useRegionLabel('Authentication');
  const r = auth.recorded;
  const recorded = authBadges(auth, listId);
  const row = r === null ? liveBadges(live) : recorded;
  return (
    <section class="auth" aria-label={regionLabel}>
      {row === null ? (
        <p class="muted badge-row" data-testid="auth-badges">
          No authentication results written by your provider.
        </p>
      ) : (
        <BadgeRow row={row} />
      )}
      {r !== null && <Detail r={r} row={recorded} perspective={perspective} />}
      {auth.untrusted.length > 0 ? (
        <details class="untrusted">
          <summary>
            {auth.untrusted.length} header{auth.untrusted.length === 1 ? '' : 's'} added before your provider (could be
            forged)
          </summary>
          <ul>
            {auth.untrusted.map((u) => (
              <li key={`u${String(u.fieldIndex)}`}>
                <p>
                  <span class="muted">{u.header}</span> {showInvisible(u.authservId || '(no id)')}:{' '}
                  {showInvisible(u.claims.map((c) => `${c.method}=${c.result}`).join(', ') || '(unreadable)')}
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
