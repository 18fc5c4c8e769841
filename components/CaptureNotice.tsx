import type { MessageChoice } from '../lib/webmail/capture-protocol';

/**
 * The one-click capture's extra lines in the popup: where the report came from (and what that means when a
 * fallback was used), a choice when several messages are expanded, and a "grant access" button. Props in,
 * JSX out; scraped text (sender, date) is rendered as text nodes only.
 */
export interface CaptureNoticeProps {
  /** Why the popup stays on the paste box, or what is being analysed. */
  note: string | null;
  /** "Gmail, original download (byte-exact)" + cached flag. */
  source: string | null;
  /** Under the source: a fallback's meaning and the manual way to a byte-exact copy, or null. */
  sourceHint: string | null;
  choices: MessageChoice[];
  selectedId: string | null;
  onPick: (id: string) => void;
  /** Host whose access is missing (Firefox lets users revoke it), or null. */
  grantFor: string | null;
  onGrant: () => void;
  busy: boolean;
}

function choiceLabel(c: MessageChoice, i: number): string {
  const who = c.from === '' ? `Message ${String(i + 1)}` : c.from;
  return c.date === '' ? who : `${who} — ${c.date}`;
}

export function CaptureNotice(p: CaptureNoticeProps) {
  const expanded = p.choices.filter((c) => c.expanded);
  return (
    <section class="capture" data-testid="capture" aria-label="Capture from the open tab">
      {p.note && <p class="muted capture-note">{p.note}</p>}
      {p.source && (
        <p class="muted capture-source" data-testid="capture-source">
          Source: {p.source}
        </p>
      )}
      {p.source && p.sourceHint && (
        <p class="muted capture-hint" data-testid="capture-hint">
          {p.sourceHint}
        </p>
      )}
      {expanded.length > 1 && (
        <label class="capture-pick">
          <span class="muted">{`${String(expanded.length)} messages are expanded; analysing: `}</span>
          <select
            data-testid="capture-pick"
            disabled={p.busy}
            value={p.selectedId ?? ''}
            onChange={(e) => {
              p.onPick(e.currentTarget.value);
            }}
          >
            {expanded.map((c, i) => (
              <option key={c.id} value={c.id}>
                {choiceLabel(c, i)}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.grantFor && (
        <p class="capture-grant">
          <span class="muted">{`headerscope may not read ${p.grantFor}. `}</span>
          <button type="button" data-testid="grant-access" onClick={p.onGrant}>
            Grant access to {p.grantFor}
          </button>
        </p>
      )}
    </section>
  );
}
