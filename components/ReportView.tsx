import type { LivePart } from '../lib/analyze';
import type { Report } from '../lib/report';
import { Summary } from './Summary';
import { showInvisible } from '../lib/text/visible';
import { FindingList } from './FindingList';
import { HeaderTable } from './HeaderTable';
import { DeliveryPath } from './DeliveryPath';
import { BouncePanel } from './BouncePanel';
import { LivePanel } from './LivePanel';
import { AuthResults } from './AuthResults';
import { MessageIds } from './MessageIds';
import { listIdOf } from '../lib/authresults/forwarding';
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
  /** The reader's side chosen around a nested report (its own switch is the outer report's). */
  perspective?: Perspective | null;
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

function Nested({
  title,
  scope,
  report,
  perspective,
}: {
  title: string;
  scope: string;
  report: Report;
  perspective: Perspective;
}) {
  return (
    <details class="returned attached">
      <summary>{title}</summary>
      <RegionScope.Provider value={scope}>
        <ReportView report={report} nested perspective={perspective} />
      </RegionScope.Provider>
    </details>
  );
}

/**
 * The answer first: the verdict of a forwarded message the report is about (a short forward asking "is this
 * real?"), then the verdict of the message itself. The switch sits on the first banner.
 */
function Verdicts({
  verdict,
  lead,
  perspective,
  onPerspective,
  full,
}: {
  verdict: Report['verdict'];
  lead: Report['verdict'] | null;
  perspective: Perspective;
  onPerspective: (p: Perspective) => void;
  full: boolean;
}) {
  return (
    <div class="verdicts">
      {lead && (
        <VerdictBanner
          verdict={lead}
          perspective={perspective}
          onPerspective={onPerspective}
          label="Attached message"
        />
      )}
      {lead ? (
        <VerdictBanner
          verdict={verdict}
          perspective={perspective}
          onPerspective={null}
          label="Forwarding message"
          compact
        />
      ) : (
        <VerdictBanner verdict={verdict} perspective={perspective} onPerspective={onPerspective} reasonsOpen={full} />
      )}
    </div>
  );
}

/**
 * The whole report, the answer first: the verdict banner(s), which message it is, the compact SPF/DKIM/DMARC
 * row, the findings, then the evidence. The reader's side (the verdict's detected perspective, or the reader's
 * choice in the banner, kept for this report only) decides whether the sender's fixes are shown anywhere in it.
 * A report whose input could not be read shows only why.
 */
export function ReportView({
  report,
  nested = false,
  onOpenOptions = null,
  pending = [],
  full = false,
  perspective = null,
}: ReportViewProps) {
  // The reader's choice belongs to the report it was made on (a new analysis starts from its own default).
  const [chosen, setChosen] = useState<{ at: string; side: Perspective } | null>(null);
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
  // A report kept by an older version (the session's last report after an update) may carry no verdict.
  const verdict = report.verdict as Report['verdict'] | undefined;
  const side: Perspective =
    perspective ??
    (chosen?.at === report.generatedAt ? chosen.side : (lead?.report.verdict ?? verdict)?.perspective) ??
    'recipient';
  const choose = (p: Perspective) => {
    setChosen({ at: report.generatedAt, side: p });
  };
  return (
    <article class={nested ? 'report nested' : 'report'} data-perspective={side}>
      {!nested && verdict && (
        <Verdicts
          verdict={verdict}
          lead={lead ? lead.report.verdict : null}
          perspective={side}
          onPerspective={choose}
          full={full}
        />
      )}
      <div class="report-lead" id={anchor('sec-summary')}>
        <Summary report={report} headingId={anchor('report-heading')} />
      </div>
      <div class="report-cols">
        <div class="col-main">
          {bounce && <BouncePanel bounce={{ ...bounce, originalRaw: null }} perspective={side} />}
          <div id={anchor('sec-auth')} tabIndex={-1} class="anchor">
            {report.auth && (
              <AuthResults auth={report.auth} live={live} listId={listIdOf(report.headers)} perspective={side} />
            )}
          </div>
          <div id={anchor('sec-findings')} tabIndex={-1} class="anchor">
            <FindingList findings={report.findings} />
          </div>
          <MessageIds message={report.message} />
        </div>
        <div class="col-side">
          {checking('authentication') && <PendingCheck part="authentication" />}
          {live?.enabled && <LivePanel live={live} perspective={side} />}
          {live?.enabled && (live.dkim.length > 0 || live.arc) && <DkimPanel dkim={live.dkim} arc={live.arc} />}
          {live && !live.enabled && !nested && <LiveOff onOpenOptions={onOpenOptions} />}
          {checking('reputation') && <PendingCheck part="reputation" />}
          {report.reputation && <ReputationCard reputation={{ ...report.reputation, live: true }} />}
          {!nested && report.deliverability.length > 0 && (
            <details class="checklist">
              <summary>Deliverability checklist</summary>
              <DeliverabilityChecklist items={report.deliverability} onOpenOptions={onOpenOptions} perspective={side} />
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
          perspective={side}
        />
      )}
      {report.attachedMessages.map((a, i) => (
        <Nested
          key={i}
          title={`Attached message${a.filename ? ` ${showInvisible(a.filename)}` : ''}: ${showInvisible(a.report.message.subject ?? '(no subject)')}`}
          scope={`attached message ${String(i + 1)}`}
          report={a.report}
          perspective={side}
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
