import type { DkimResult } from '../lib/dkim';
import { resultInWords } from '../lib/dkim/dkim-findings';
import { showInvisible } from '../lib/text/visible';

function list(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.join(', ');
}

function bodyLine(r: DkimResult): string {
  if (!r.bodyChecked) return r.evaluated ? 'not checked (headers only, or the key could not be used)' : 'not checked';
  if (r.bodyLength === null) return 'checked';
  const { signed, total } = r.bodyLength;
  return total !== null && signed < total ? `only the first ${signed} of ${total} bytes are signed (l=)` : `checked (l=${signed})`;
}

/** One DKIM signature: who signed, with what, the outcome in plain words, and what it covers. */
export function DkimSignatureCard({ r }: { r: DkimResult }) {
  const who = r.domain === null ? 'unreadable signature' : r.domain;
  const algorithm = `${r.algorithm ?? 'unknown algorithm'}${r.keyBits !== null ? `, ${r.keyBits}-bit key` : ''}`;
  return (
    <li class={`dkim-signature ${r.result}`} data-code={r.code}>
      <p class="outcome">
        <strong>{resultInWords(r)}</strong> {showInvisible(who)}
        {r.selector !== null && <span class="muted"> (selector {showInvisible(r.selector)})</span>}
      </p>
      <p>{showInvisible(r.reason)}</p>
      <dl>
        <dt>Result</dt>
        <dd>
          dkim={r.result} <span class="muted id">{r.code}</span>
        </dd>
        <dt>Algorithm</dt>
        <dd>{showInvisible(algorithm)}</dd>
        <dt>Signed headers</dt>
        <dd>{showInvisible(list(r.signedHeaders))}</dd>
        {r.unsignedHeaders.length > 0 && (
          <>
            <dt>Not signed</dt>
            <dd>{list(r.unsignedHeaders)}</dd>
          </>
        )}
        {r.addedHeaders.length > 0 && (
          <>
            <dt>Added after signing</dt>
            <dd class="bad">{list(r.addedHeaders)}</dd>
          </>
        )}
        <dt>Body</dt>
        <dd>{bodyLine(r)}</dd>
      </dl>
    </li>
  );
}
