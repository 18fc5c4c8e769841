import type { Report } from '../lib/report';
import { Summary } from './Summary';
import { FindingList } from './FindingList';
import { HeaderTable } from './HeaderTable';
import { DeliveryPath } from './DeliveryPath';

/** The whole report. A report whose input could not be read shows only why. */
export function ReportView({ report }: { report: Report }) {
  if (report.input.status !== 'ok') {
    const why = report.findings[0];
    return (
      <section class="input-error" role="alert">
        <h2>{why?.title ?? 'Cannot analyse this input'}</h2>
        <p>{why?.detail ?? ''}</p>
      </section>
    );
  }
  return (
    <article class="report">
      <Summary report={report} />
      <FindingList findings={report.findings} />
      <DeliveryPath report={report} />
      <HeaderTable headers={report.headers} />
    </article>
  );
}
