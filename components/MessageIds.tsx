import type { MessageSummary } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

function Row({ label, value }: { label: string; value: string | null }) {
  return (
    <div class="summary-row">
      <dt>{label}</dt>
      <dd>{value === null ? <span class="muted">(none)</span> : showInvisible(value)}</dd>
    </div>
  );
}

/** Return-Path and Message-ID: identifiers for tracing and tickets, below the answer and the findings. */
export function MessageIds({ message }: { message: MessageSummary }) {
  const regionLabel = useRegionLabel('Message identifiers');
  return (
    <section class="message-ids" aria-label={regionLabel}>
      <dl>
        <Row label="Return-Path" value={message.returnPath} />
        <Row label="Message-ID" value={message.messageId} />
      </dl>
    </section>
  );
}
