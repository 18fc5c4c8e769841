import type { MessageChoice } from '../lib/webmail/capture-protocol';

/**
 * The one-click capture's extra lines in the popup (issue 8): where the report came from, a choice when
 * several messages are expanded, a "grant access" button, and Outlook's opt-in. Props in, JSX out;
 * scraped text (sender, date) is rendered as text nodes only.
 */
export interface CaptureNoticeProps {
  /** Why the popup stays on the paste box, or what is being analysed. */
  note: string | null;
  /** "Gmail, original download (byte-exact)" + cached flag. */
  source: string | null;
  choices: MessageChoice[];
  selectedId: string | null;
  onPick: (id: string) => void;
  /** Host whose access is missing (Firefox lets users revoke it), or null. */
  grantFor: string | null;
  onGrant: () => void;
  /** Outlook's opt-in (null: not an Outlook page). */
  outlookService: boolean | null;
  onToggleService: (on: boolean) => void;
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
      {p.outlookService !== null && (
        <label class="capture-optin muted">
          <input
            type="checkbox"
            data-testid="outlook-service"
            checked={p.outlookService}
            onChange={(e) => {
              p.onToggleService(e.currentTarget.checked);
            }}
          />{' '}
          Fetch the source straight from Outlook (experimental). headerscope then asks Outlook's own web service for
          the message, the way the Outlook page itself does, using the session you are signed in with. Nothing is stored
          or sent anywhere else. Off: open "View message source" and click the icon.
        </label>
      )}
    </section>
  );
}
