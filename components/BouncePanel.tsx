import type { BounceRecipient, BounceResult } from '../lib/bounce';
import { recipientSentence } from '../lib/bounce/recipient-sentence';
import type { Perspective } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

const KIND_LABEL: Record<BounceResult['kind'], string> = {
  dsn: 'Delivery status notification (RFC 3464)',
  ndr: 'Non-delivery report',
  arf: 'Feedback report (RFC 5965)',
  autoreply: 'Auto-reply (RFC 3834)',
};

const CHECK_LABEL: Record<string, string> = {
  spf: 'SPF record of the sending domain',
  dkim: 'DKIM signing of the sending domain',
  dmarc: 'DMARC of the original sender\'s domain',
  blocklist: 'the sending IP against blocklists',
  mx: 'MX records of the domain',
};

function Codes({ r }: { r: BounceRecipient }) {
  const parts = [r.replyCode, r.status, r.command].filter((x): x is string => x !== null);
  if (parts.length === 0) return null;
  return <p class="codes">{showInvisible(parts.join(' · '))}</p>;
}

function RecipientCard({ r, fixes }: { r: BounceRecipient; fixes: boolean }) {
  const e = r.explanation;
  return (
    <li
      class={`bounce-card ${r.permanent ? 'permanent' : 'temporary'}`}
      data-reason={r.reason}
      data-permanent={String(r.permanent)}
    >
      <p class="outcome">{showInvisible(recipientSentence(r))}</p>
      <Codes r={r} />
      {e !== null && (
        <dl>
          <dt>Meaning</dt>
          <dd>{e.meaning}</dd>
          {fixes && (
            <>
              <dt>Fix</dt>
              <dd class="fix">{e.fix}</dd>
            </>
          )}
          {fixes && e.check !== null && (
            <>
              <dt>Check</dt>
              <dd>{CHECK_LABEL[e.check]}</dd>
            </>
          )}
        </dl>
      )}
      {r.diagnostic !== null && (
        <details>
          <summary>Server's words</summary>
          {r.remoteMta !== null && <p class="muted said-by">Said by {showInvisible(r.remoteMta)}</p>}
          <pre class="diagnostic">{showInvisible(r.diagnostic)}</pre>
        </details>
      )}
    </li>
  );
}

/**
 * A decoded bounce: one card per recipient with what happened (permanent or temporary, from the status class),
 * what it means, the raw diagnostic, and the fix when the report is read as the sender.
 */
export function BouncePanel({ bounce, perspective = 'sender' }: { bounce: BounceResult; perspective?: Perspective }) {
  const regionLabel = useRegionLabel('Bounce');
  return (
    <section aria-label={regionLabel} class="bounce">
      <h3>{KIND_LABEL[bounce.kind]}</h3>
      {bounce.reportingMta !== null && <p class="muted">Reported by {showInvisible(bounce.reportingMta)}</p>}
      {bounce.feedbackType !== null && <p>Feedback type: {showInvisible(bounce.feedbackType)}</p>}
      <ul class="bounce-cards">
        {bounce.recipients.map((r, i) => (
          <RecipientCard key={`${String(i)}-${r.address ?? ''}`} r={r} fixes={perspective === 'sender'} />
        ))}
      </ul>
      {bounce.omittedRecipients > 0 && (
        <p class="muted">
          The report lists {String(bounce.omittedRecipients)} more recipient{bounce.omittedRecipients === 1 ? '' : 's'}, not decoded: only the first {String(bounce.recipients.length)} are explained.
        </p>
      )}
    </section>
  );
}
