import type { MessageSummary } from '../lib/report';
import { useRegionLabel } from './region-scope';
import { SummaryRow as Row } from './SummaryRow';

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
