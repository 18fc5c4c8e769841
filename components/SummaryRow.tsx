import { showInvisible } from '../lib/text/visible';

/** One label/value line of the message's summary lists; a missing value reads "(none)", hidden characters shown. */
export function SummaryRow({ label, value }: { label: string; value: string | null }) {
  return (
    <div class="summary-row">
      <dt>{label}</dt>
      <dd>{value === null ? <span class="muted">(none)</span> : showInvisible(value)}</dd>
    </div>
  );
}
