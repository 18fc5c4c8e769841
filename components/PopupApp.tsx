import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LivePart } from '../lib/analyze';
import type { Report } from '../lib/report';
import { PasteBox } from './PasteBox';
import { ReportView, REPORT_SECTIONS } from './ReportView';
import { ReplyExplainer, type ReplyExplainerProps } from './ReplyExplainer';
import { DomainCheck, type DomainCheckProps } from './DomainCheck';
import { ExportMenu, type ExportMenuProps } from './ExportMenu';
import { SharePreview, type SharePreviewProps } from './SharePreview';

export interface PopupState {
  raw: string;
  busy: boolean;
  /** What is happening now, e.g. "Reading message.eml (7.2 MB)…". */
  progress: string | null;
  error: string | null;
  report: Report | null;
  /** Live parts of the shown report still being checked. */
  pending: LivePart[];
  /** Where the shown report came from, when that matters (an Outlook .msg file). */
  note: string | null;
}

export interface PopupAppProps extends PopupState {
  full: boolean;
  /** The one-click capture's lines (webmail tabs), shown at the top of the main content. */
  notice: ComponentChildren;
  onChange: (text: string) => void;
  onAnalyse: () => void;
  onFile: (file: File) => void;
  onOpenFull: (() => void) | null;
  onClear: () => void;
  /** Opens the options page (live checks); null where it cannot be offered. */
  onOpenOptions: (() => void) | null;
  /** The export menu of the shown report. */
  exportMenu: ExportMenuProps | null;
  /** The redacted-share preview, when open. */
  share: SharePreviewProps | null;
  /** The "explain an SMTP reply" box on the start screen. */
  reply: ReplyExplainerProps;
  /** The "check a domain" box on the start screen. */
  domain: DomainCheckProps;
}

/** Focus where the work is: the paste box on an empty popup, the report's heading once a report arrives. */
function useFocusFlow(hasReport: boolean, sharing: boolean): void {
  const shown = useRef(false);
  useEffect(() => {
    if (sharing) return;
    if (hasReport && !shown.current) document.getElementById('report-heading')?.focus();
    if (!hasReport) document.getElementById('raw')?.focus();
    shown.current = hasReport;
  }, [hasReport, sharing]);
}

/** The popup (and its full-page view): paste box or report, export, a drop target everywhere. Renders props only. */
export function PopupApp(props: PopupAppProps) {
  const { report, error, busy, progress } = props;
  const [dropping, setDropping] = useState(false);
  useFocusFlow(report !== null, props.share !== null);
  return (
    <div
      class={`app${props.full ? ' full' : ''}${dropping ? ' dropping' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (e.relatedTarget === null) setDropping(false);
      }}
      onDrop={(e) => {
        setDropping(false);
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        props.onFile(file);
      }}
    >
      <header class="bar">
        <h1>headerscope</h1>
        <div class="bar-actions">
          {report && props.exportMenu && <ExportMenu {...props.exportMenu} />}
          {report && (
            <button type="button" onClick={props.onClear}>
              New
            </button>
          )}
          {props.onOpenFull && (
            <button type="button" onClick={props.onOpenFull} title="Open this report in a tab">
              Full page ↗
            </button>
          )}
        </div>
      </header>
      {report && report.input.status === 'ok' && props.share === null && (
        <nav class="skip" aria-label="Sections of the report">
          {REPORT_SECTIONS.map((s) => (
            <a
              key={s.id}
              href={`#${s.id}`}
              onClick={(e) => {
                // Focus moves with the view, so the next Tab continues inside the section.
                const target = document.getElementById(s.id);
                if (target === null) return;
                e.preventDefault();
                target.focus();
                target.scrollIntoView({ block: 'start' });
              }}
            >
              {s.label}
            </a>
          ))}
        </nav>
      )}
      <main>
        {props.notice}
        {dropping && (
          <p class="drop-hint" role="status">
            Drop an .eml or Outlook .msg file to analyse it.
          </p>
        )}
        {!report && (
          <PasteBox
            value={props.raw}
            busy={busy}
            onChange={props.onChange}
            onAnalyse={props.onAnalyse}
            onFile={props.onFile}
          />
        )}
        {!report && (
          <details class="explain-box" open={props.reply.value !== ''}>
            <summary>Explain an SMTP error or bounce line</summary>
            <ReplyExplainer {...props.reply} />
          </details>
        )}
        {!report && (
          <details class="explain-box" open={props.domain.records !== null || props.domain.error !== null}>
            <summary>Check a domain’s mail records (SPF, DMARC, MX, MTA-STS, BIMI)</summary>
            <DomainCheck {...props.domain} onOpenOptions={props.onOpenOptions} />
          </details>
        )}
        {busy && progress && (
          <p class="progress" role="status">
            {progress}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {props.share && <SharePreview {...props.share} />}
        {report && props.note && (
          <p class="muted source-note" data-testid="source-note">
            {props.note}
          </p>
        )}
        {report && (
          <ReportView report={report} onOpenOptions={props.onOpenOptions} pending={props.pending} full={props.full} />
        )}
      </main>
      <footer class="muted privacy">Analysed on this device. Nothing is sent anywhere.</footer>
    </div>
  );
}
