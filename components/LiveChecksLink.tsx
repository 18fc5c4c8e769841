import { Fragment } from 'preact';
import { showInvisible } from '../lib/text/visible';

/**
 * "Turn on live checks", wherever it is said: a button that opens the options page, where live checks are turned
 * on (runtime.openOptionsPage, passed in as `onOpen`). Plain text where the options cannot be opened.
 */
export function LiveChecksLink({
  onOpen,
  children = 'Turn on live checks',
}: {
  onOpen: (() => void) | null;
  children?: string;
}) {
  if (onOpen === null) return <>{children}</>;
  return (
    <button type="button" class="link live-link" onClick={onOpen}>
      {children}
    </button>
  );
}

// The phrases the analysis uses to send the reader to the options (lib/deliverability, lib/reputation, handle-message).
const PHRASE = /Turn on live checks|Turn live checks on/;

/** A text from the analysis, shown as text, with its "turn on live checks" phrase made a link to the options. */
export function TextWithLiveLink({ text, onOpen }: { text: string; onOpen: (() => void) | null }) {
  const shown = showInvisible(text);
  const m = PHRASE.exec(shown);
  if (m === null) return <>{shown}</>;
  return (
    <Fragment>
      {shown.slice(0, m.index)}
      <LiveChecksLink onOpen={onOpen}>{m[0]}</LiveChecksLink>
      {shown.slice(m.index + m[0].length)}
    </Fragment>
  );
}
