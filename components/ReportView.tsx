import type { LivePart } from '../lib/analyze';
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
import { PendingCheck } from './PendingCheck';
import { LiveChecksLink } from './LiveChecksLink';
import { RegionScope } from './region-scope';
import { VerdictBanner } from './VerdictBanner';
import { useState } from 'preact/hooks';
import type { Perspective } from '../lib/report';

export interface ReportViewProps {
  report: Report;
  /** A report shown inside another (attached or returned message): no live parts, no section anchors. */
  nested?: boolean;
  onOpenOptions?: (() => void) | null;
  /** Live parts still being checked: shown as their own progress lines until they arrive. */
  pending?: readonly LivePart[];
  /** The full page: all headers open, sections in two columns on a wide screen (CSS). */
  full?: boolean;
}

/** The places the skip links lead to (PopupApp): a section of the report and its anchor id. */
export const REPORT_SECTIONS = [
  { id: 'sec-summary', label: 'Summary' },
  { id: 'sec-auth', label: 'Authentication' },
  { id: 'sec-findings', label: 'Findings' },
  { id: 'sec-path', label: 'Delivery path' },
  { id: 'sec-headers', label: 'Headers' },
] as const;

function LiveOff({ onOpenOptions }: { onOpenOptions: (() => void) | null }) {
  return (
    <p class="muted live-off" data-testid="live-off">
      Live DNS checks are off: verdicts are what the receiving servers recorded, not re-checked now.{' '}
      <LiveChecksLink onOpen={onOpenOptions} />
    </p>
  );
}

function Nested({ title, scope, report }: { title: string; scope: string; report: Report }) {
  return (
    <details class="returned attached">
      <summary>{title}</summary>
      <RegionScope.Provider value={scope}>
        <ReportView report={report} nested />
      </RegionScope.Provider>
    </details>
  );
}

/**
 * The answer first: the verdict of a forwarded message the report is about (a short forward asking "is this
 * real?"), then the verdict of the message itself. The reader's perspective switch is view state only.
 */
function Verdicts({
  verdict,
  lead,
}: {
  verdict: Report['verdict'] | undefined;
  lead: Report['verdict'] | null | undefined;
}) {
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  if (!verdict) return null;
  const shown = perspective ?? (lead ?? verdict).perspective;
  return (
    <div class="verdicts">
      {lead && (
        <VerdictBanner verdict={lead} perspective={shown} onPerspective={setPerspective} label="Attached message" />
      )}
      <VerdictBanner verdict={verdict} perspective={shown} onPerspective={lead ? null : setPerspective} />
    </div>
  );
}

/** The whole report. A report whose input could not be read shows only why. */
export function ReportView({
  report,
  nested = false,
  onOpenOptions = null,
  pending = [],
  full = false,
}: ReportViewProps) {
  if (report.input.status !== 'ok') {
    const why = report.findings[0];
    return (
      <section class="input-error" role="alert">
        <h2 id={nested ? undefined : 'report-heading'} tabIndex={-1}>
          {why?.title ?? 'Cannot analyse this input'}
        </h2>
        <p>{why?.detail ?? ''}</p>
      </section>
    );
  }
  const { bounce, live } = report;
  const anchor = (id: string) => (nested ? undefined : id);
  const checking = (part: LivePart) => !nested && pending.includes(part);
  const headers = <HeaderTable headers={report.headers} titled={full || nested} />;
  const lead = report.attachedMessages.find((a) => a.leads);
  return (
    <article class={nested ? 'report nested' : 'report'}>
      {!nested && (
        <Verdicts key={report.generatedAt} verdict={report.verdict} lead={lead ? lead.report.verdict : null} />
      )}
      <div class="report-lead" id={anchor('sec-summary')}>
        <Summary report={report} headingId={anchor('report-heading')} />
      </div>
      <div class="report-cols">
        <div class="col-main">
          {bounce && <BouncePanel bounce={{ ...bounce, originalRaw: null }} />}
          <div id={anchor('sec-auth')} tabIndex={-1} class="anchor">
            {report.auth && <AuthVerdicts auth={report.auth} />}
          </div>
          <div id={anchor('sec-findings')} tabIndex={-1} class="anchor">
            <FindingList findings={report.findings} />
          </div>
        </div>
        <div class="col-side">
          {checking('authentication') && <PendingCheck part="authentication" />}
          {live?.enabled && <LivePanel live={live} />}
          {live?.enabled && (live.dkim.length > 0 || live.arc) && <DkimPanel dkim={live.dkim} arc={live.arc} />}
          {live && !live.enabled && !nested && <LiveOff onOpenOptions={onOpenOptions} />}
          {checking('reputation') && <PendingCheck part="reputation" />}
          {report.reputation && <ReputationCard reputation={{ ...report.reputation, live: true }} />}
          {!nested && report.deliverability.length > 0 && (
            <details class="checklist">
              <summary>Deliverability checklist</summary>
              <DeliverabilityChecklist items={report.deliverability} onOpenOptions={onOpenOptions} />
            </details>
          )}
        </div>
      </div>
      <div id={anchor('sec-path')} tabIndex={-1} class="anchor">
        <DeliveryPath report={report} />
      </div>
      {bounce?.original && (
        <Nested
          title={`The returned message (${String(bounce.original.headers.length)} headers)`}
          scope="returned message"
          report={bounce.original}
        />
      )}
      {report.attachedMessages.map((a, i) => (
        <Nested
          key={i}
          title={`Attached message${a.filename ? ` ${showInvisible(a.filename)}` : ''}: ${showInvisible(a.report.message.subject ?? '(no subject)')}`}
          scope={`attached message ${String(i + 1)}`}
          report={a.report}
        />
      ))}
      {report.stamps.length > 0 && <StampTable stamps={report.stamps} />}
      <div id={anchor('sec-headers')} tabIndex={-1} class="anchor">
        {full || nested ? (
          headers
        ) : (
          <details class="headers-box">
            <summary>All headers ({report.headers.length})</summary>
            {headers}
          </details>
        )}
      </div>
    </article>
  );
}
