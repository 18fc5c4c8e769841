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
}

/** The answer first: the kind in words, the headline, the reasons, and what it means for the reader. Render-only. */
export function VerdictBanner({ verdict, perspective, onPerspective, label = null }: VerdictBannerProps) {
  return (
    <section
      class={`verdict-banner ${verdict.kind}`}
      aria-label={label === null ? 'Verdict' : `Verdict on the ${label.toLowerCase()}`}
      data-testid="verdict"
      data-kind={verdict.kind}
    >
      <p class="verdict-kind">
        <span class="verdict-icon" aria-hidden="true">
          {ICON[verdict.kind]}
        </span>{' '}
        {label === null ? NAME[verdict.kind] : `${label}: ${NAME[verdict.kind]}`}
      </p>
      <p class="verdict-headline">{showInvisible(verdict.headline)}</p>
      {verdict.reasons.length > 0 && (
        <ul class="verdict-reasons">
          {verdict.reasons.map((r, i) => (
            <li key={i} data-finding-id={r.findingId ?? undefined}>
              {showInvisible(r.text)}
            </li>
          ))}
        </ul>
      )}
      <p class="verdict-advice" data-perspective={perspective}>
        {readerAdvice(verdict.kind, perspective)}
      </p>
      {onPerspective && (
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
      )}
    </section>
  );
}
