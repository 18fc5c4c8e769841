import type { ReplyExplanation } from '../lib/bounce';
import { reasonPhrase } from '../lib/bounce/recipient-sentence';
import { showInvisible } from '../lib/text/visible';

export interface ReplyExplainerProps {
  value: string;
  /** explainReply(value), computed by the caller (components do no parsing). */
  result: ReplyExplanation | null;
  onInput: (line: string) => void;
}

/** Paste any SMTP reply line ("550 5.1.1 <x@y>: Recipient address rejected") and read what it means. */
export function ReplyExplainer({ value, result, onInput }: ReplyExplainerProps) {
  return (
    <section aria-label="SMTP reply explainer" class="reply-explainer">
      <label for="smtp-reply">SMTP reply or bounce line</label>
      <input
        id="smtp-reply"
        type="text"
        value={value}
        spellcheck={false}
        placeholder="550 5.1.1 <user@example.org>: Recipient address rejected"
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
      />
      {value.trim() !== '' && result === null && <p class="muted">No SMTP reply code or enhanced status code found.</p>}
      {result !== null && (
        <div class="reply-result" data-reason={result.reason}>
          <p class="codes">{showInvisible([result.replyCode, result.status].filter((x): x is string => x !== null).join(' '))}</p>
          {result.failure && (
            <p class="outcome">
              {result.permanent ? 'Permanent failure: ' : 'Temporary failure: '}
              {reasonPhrase(result.reason)}.
            </p>
          )}
          {result.explanation !== null && (
            <dl>
              <dt>Meaning</dt>
              <dd>{result.explanation.meaning}</dd>
              <dt>Common cause</dt>
              <dd>{result.explanation.cause}</dd>
              <dt>What to do</dt>
              <dd class="fix">{result.explanation.fix}</dd>
            </dl>
          )}
          {result.entries.length > 0 && (
            <p class="muted sources">Source: {result.entries.map((e) => `${e.code} (${e.source})`).join('; ')}</p>
          )}
        </div>
      )}
    </section>
  );
}
