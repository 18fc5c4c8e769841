import type { AuthBadge } from '../lib/authresults/auth-badges';
import { showInvisible } from '../lib/text/visible';

/** One compact result badge: the method and its word ("DMARC fail"), coloured by tone; its line is the tooltip. */
export function ResultBadge({ badge }: { badge: AuthBadge }) {
  return (
    <span
      class={`result-badge ${badge.tone}`}
      data-method={badge.method.toLowerCase()}
      data-result={badge.result ?? 'missing'}
      data-tone={badge.tone}
      title={showInvisible(badge.line)}
    >
      <span class="result-method">{badge.method}</span> <span class="result-word">{showInvisible(badge.word)}</span>
    </span>
  );
}
