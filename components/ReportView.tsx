import type { Report } from '../lib/report';
import { Summary } from './Summary';
import { showInvisible } from '../lib/text/visible';
import { FindingList } from './FindingList';
import { HeaderTable } from './HeaderTable';
import { DeliveryPath } from './DeliveryPath';
import { BouncePanel } from './BouncePanel';
import { LivePanel } from './LivePanel';
import { AuthVerdicts } from './AuthVerdicts';
import { StampTable } from './StampTable';
import { DkimPanel } from './DkimPanel';
import { ReputationCard } from './ReputationCard';
import { DeliverabilityChecklist } from './DeliverabilityChecklist';

/** The whole report. A report whose input could not be read shows only why. */
export function ReportView({ report, nested = false, onOpenOptions = null }: { report: Report; nested?: boolean; onOpenOptions?: (() => void) | null }) {
  if (report.input.status !== 'ok') {
    const why = report.findings[0];
    return (
      <section class="input-error" role="alert">
        <h2>{why?.title ?? 'Cannot analyse this input'}</h2>
        <p>{why?.detail ?? ''}</p>
      </section>
    );
  }
  const { bounce, live } = report;
  return (
    <article class={nested ? 'report nested' : 'report'}>
      <Summary report={report} />
      {bounce && <BouncePanel bounce={{ ...bounce, originalRaw: null }} />}
      {report.auth && <AuthVerdicts auth={report.auth} />}
      <FindingList findings={report.findings} />
      {live?.enabled && <LivePanel live={live} />}
      {live?.enabled && (live.dkim.length > 0 || live.arc) && <DkimPanel dkim={live.dkim} arc={live.arc} />}
      {live && !live.enabled && !nested && (
        <p class="muted live-off" data-testid="live-off">
          Live DNS checks are off: verdicts are what the receiving servers recorded, not re-checked now.{' '}
          {onOpenOptions && (
            <button type="button" class="link" onClick={onOpenOptions}>
              Turn on live checks
            </button>
          )}
        </p>
      )}
      {report.reputation && <ReputationCard reputation={{ ...report.reputation, live: true }} />}
      {!nested && report.deliverability.length > 0 && (
        <details class="checklist">
          <summary>Deliverability checklist</summary>
          <DeliverabilityChecklist items={report.deliverability} />
        </details>
      )}
      <DeliveryPath report={report} />
      {bounce?.original && (
        <details class="returned">
          <summary>The returned message ({bounce.original.headers.length} headers)</summary>
          <ReportView report={bounce.original} nested />
        </details>
      )}
      {report.attachedMessages.map((a, i) => (
        <details class="returned attached" key={i}>
          <summary>
            Attached message{a.filename ? ` ${showInvisible(a.filename)}` : ''}: {showInvisible(a.report.message.subject ?? '(no subject)')}
          </summary>
          <ReportView report={a.report} nested />
        </details>
      ))}
      {report.stamps.length > 0 && <StampTable stamps={report.stamps} />}
      <HeaderTable headers={report.headers} />
    </article>
  );
}
