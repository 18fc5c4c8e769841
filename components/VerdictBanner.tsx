import type { Perspective, Verdict, VerdictKind } from '../lib/report';
import { readerAdvice } from '../lib/verdict/reader-advice';
import { showInvisible } from '../lib/text/visible';

const ICON: Record<VerdictKind, string> = {
  deceptive: '✖',
  bounce: '↩',
  automated: '⚙',
  authentic: '✔',
  unauthenticated: '▲',
  unknown: '?',
};
const NAME: Record<VerdictKind, string> = {
  deceptive: 'Deceptive',
  bounce: 'Bounce',
  automated: 'Automated notice',
  authentic: 'Authentic sender',
  unauthenticated: 'Sender not verified',
  unknown: 'Cannot tell',
};

export interface VerdictBannerProps {
  verdict: Verdict;
  perspective: Perspective;
  /** The reader's switch (UI state kept by the caller); null hides it. */
  onPerspective: ((p: Perspective) => void) | null;
  /** Set when the banner speaks about a message the report carries ("Attached message"). */
  label?: string | null;
  /** One line: the kind and the headline only (the forwarding message, under the attached message's banner). */
  compact?: boolean;
  /** The reasons shown open (the full page has the room); in the popup they open on demand. */
  reasonsOpen?: boolean;
}

function Switch({ perspective, onPerspective }: { perspective: Perspective; onPerspective: (p: Perspective) => void }) {
  return (
    <p class="perspective" role="group" aria-label="Read this report as">
      <button
        type="button"
        aria-pressed={perspective === 'recipient'}
        onClick={() => {
          onPerspective('recipient');
        }}
      >
        I received it
      </button>
      <button
        type="button"
        aria-pressed={perspective === 'sender'}
        onClick={() => {
          onPerspective('sender');
        }}
      >
        I sent it
      </button>
    </p>
  );
}

/**
 * The answer first: the kind in words with the reader's switch beside it, the headline, what it means for the
 * reader, and the reasons (most decisive first) one click away, so that the answer fits the popup's first
 * 250 px. Render-only.
 */
export function VerdictBanner({
  verdict,
  perspective,
  onPerspective,
  label = null,
  compact = false,
  reasonsOpen = false,
}: VerdictBannerProps) {
  return (
    <section
      class={`verdict-banner ${verdict.kind}${compact ? ' compact' : ''}`}
      aria-label={label === null ? 'Verdict' : `Verdict on the ${label.toLowerCase()}`}
      data-testid="verdict"
      data-kind={verdict.kind}
    >
      <div class="verdict-top">
        <p class="verdict-kind">
          <span class="verdict-icon" aria-hidden="true">
            {ICON[verdict.kind]}
          </span>{' '}
          {label === null ? NAME[verdict.kind] : `${label}: ${NAME[verdict.kind]}`}
        </p>
        {onPerspective && !compact && <Switch perspective={perspective} onPerspective={onPerspective} />}
      </div>
      <p class="verdict-headline">{showInvisible(verdict.headline)}</p>
      {!compact && (
        <p class="verdict-advice" data-perspective={perspective}>
          {readerAdvice(verdict.kind, perspective)}
        </p>
      )}
      {!compact && verdict.reasons.length > 0 && (
        <details class="verdict-why" open={reasonsOpen}>
          <summary>
            Why: {verdict.reasons.length} reason{verdict.reasons.length === 1 ? '' : 's'}
          </summary>
          <ul class="verdict-reasons">
            {verdict.reasons.map((r, i) => (
              <li key={i} data-finding-id={r.findingId ?? undefined}>
                {showInvisible(r.text)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
