import type { Report, Severity } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { LocalTime } from './LocalTime';
import { useRegionLabel } from './region-scope';
import { SummaryRow as Row } from './SummaryRow';

function count(report: Report, severity: Severity): number {
  return report.findings.filter((f) => f.severity === severity).length;
}

/**
 * Under the verdict: which message (subject, who, when) and how many problems and warnings the findings hold
 * (a count of zero is not shown: "0 problems" in green would read as a verdict). Return-Path and Message-ID
 * sit lower (MessageIds). `headingId`: the heading focus moves to after an analysis (the message's own report).
 */
export function Summary({ report, headingId }: { report: Report; headingId?: string | undefined }) {
  const regionLabel = useRegionLabel('Summary');
  const { message, input } = report;
  const bad = count(report, 'bad');
  const warn = count(report, 'warn');
  return (
    <section class="summary" aria-label={regionLabel}>
      <h2 class="subject" id={headingId} tabIndex={headingId === undefined ? undefined : -1}>
        {message.subject === null ? '(no subject)' : showInvisible(message.subject)}
      </h2>
      <p class="tally" data-testid="tally">
        {bad > 0 && (
          <span class="pill bad">
            {bad} problem{bad === 1 ? '' : 's'}
          </span>
        )}
        {warn > 0 && (
          <span class="pill warn">
            {warn} warning{warn === 1 ? '' : 's'}
          </span>
        )}
        <span class="pill info">
          {input.headerCount} headers{input.hasBody ? '' : ', no body'}
        </span>
      </p>
      <dl>
        <Row label="From" value={message.from} />
        <Row label="To" value={message.to} />
        <div class="summary-row">
          <dt>Date</dt>
          <dd>
            {message.dateIso ? (
              <LocalTime iso={message.dateIso} original={showInvisible(message.date ?? '')} />
            ) : message.date ? (
              showInvisible(message.date)
            ) : (
              <span class="muted">(none)</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
