import { useEffect, useRef } from 'preact/hooks';
import type { Replacement, TokenKind } from '../lib/export/redact/placeholders';
import { showInvisible } from '../lib/text/visible';

export type ShareFormat = 'markdown' | 'json';

export interface SharePreviewProps {
  format: ShareFormat;
  /** Exactly what Copy and Download hand out; null while it is being prepared. */
  text: string | null;
  replaced: readonly Replacement[];
  status: string | null;
  onFormat: (format: ShareFormat) => void;
  onCopy: () => void;
  onDownload: () => void;
  onClose: () => void;
}

const KIND_WORDS: Record<TokenKind, [string, string]> = {
  address: ['address', 'addresses'],
  name: ['name', 'names'],
  'local-part': ['local part', 'local parts'],
  domain: ['domain', 'domains'],
  host: ['host name', 'host names'],
  ip: ['IP address', 'IP addresses'],
  subject: ['subject', 'subjects'],
  'message-id': ['message id', 'message ids'],
  tenant: ['tenant id', 'tenant ids'],
};

function tally(replaced: readonly Replacement[]): string {
  const counts = new Map<TokenKind, number>();
  for (const r of replaced) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const parts = [...counts].map(([k, n]) => `${String(n)} ${KIND_WORDS[k][n === 1 ? 0 : 1]}`);
  return parts.length === 0 ? 'Nothing of the reader’s side was found to replace.' : `Replaced: ${parts.join(', ')}.`;
}

/**
 * The redacted share before it leaves: the reader's side replaced by numbered placeholders, the exact text that
 * will be copied or saved, and (for the person sharing only) what each placeholder stands for.
 */
export function SharePreview(p: SharePreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section class="share" aria-labelledby="share-h" data-testid="share">
      <h2 id="share-h" tabIndex={-1} ref={heading}>
        Share redacted
      </h2>
      <p class="muted">
        Your side is replaced by numbered placeholders: your addresses and names, your organisation’s domains, the
        receiving servers and their IPs, the subject and message ids. The sender’s side stays, because it is the
        evidence.
      </p>
      <fieldset class="share-format">
        <legend>Format</legend>
        {(['markdown', 'json'] as const).map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="share-format"
              value={f}
              checked={p.format === f}
              onChange={() => {
                p.onFormat(f);
              }}
            />{' '}
            {f === 'markdown' ? 'Markdown' : 'JSON'}
          </label>
        ))}
      </fieldset>
      <p data-testid="share-tally">{tally(p.replaced)}</p>
      <label for="share-text">Exactly what will be shared</label>
      <textarea id="share-text" readOnly value={p.text ?? 'Preparing…'} spellcheck={false} />
      <div class="actions">
        <button type="button" class="primary" disabled={p.text === null} onClick={p.onCopy}>
          Copy
        </button>
        <button type="button" disabled={p.text === null} onClick={p.onDownload}>
          Download
        </button>
        <button type="button" onClick={p.onClose}>
          Close
        </button>
      </div>
      <p class="muted" role="status">
        {p.status ?? ''}
      </p>
      {p.replaced.length > 0 && (
        <details class="share-map">
          <summary>What each placeholder stands for (not shared)</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Placeholder</th>
                <th scope="col">Original</th>
              </tr>
            </thead>
            <tbody>
              {p.replaced.map((r) => (
                <tr key={`${r.kind}|${r.original}`}>
                  <td>{r.placeholder}</td>
                  <td>{showInvisible(r.original)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
