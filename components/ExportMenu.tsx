import { useRef } from 'preact/hooks';

export type ExportKind = 'summary' | 'ticket' | 'json' | 'markdown';

export interface ExportMenuProps {
  onExport: (kind: ExportKind) => void;
  /** Opens the redacted-share preview. */
  onShare: () => void;
  /** What the last action did ("Summary copied."), read out by screen readers. */
  status: string | null;
}

const ITEMS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'summary', label: 'Copy summary' },
  { kind: 'ticket', label: 'Copy for a ticket (Markdown)' },
  { kind: 'json', label: 'Download JSON' },
  { kind: 'markdown', label: 'Download Markdown' },
];

/** The export menu of a report: a disclosure (one tab stop when closed) with the copy, download and share actions. */
export function ExportMenu({ onExport, onShare, status }: ExportMenuProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  const run = (action: () => void) => () => {
    action();
    if (menu.current) menu.current.open = false;
  };
  return (
    <div class="export">
      <details class="menu" ref={menu}>
        <summary>Export</summary>
        <ul class="menu-items">
          {ITEMS.map((i) => (
            <li key={i.kind}>
              <button
                type="button"
                data-export={i.kind}
                onClick={run(() => {
                  onExport(i.kind);
                })}
              >
                {i.label}
              </button>
            </li>
          ))}
          <li>
            <button type="button" data-export="share" onClick={run(onShare)}>
              Share redacted…
            </button>
          </li>
        </ul>
      </details>
      <p class="export-status muted" role="status">
        {status ?? ''}
      </p>
    </div>
  );
}
