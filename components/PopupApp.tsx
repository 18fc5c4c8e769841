import type { Report } from '../lib/report';
import { PasteBox } from './PasteBox';
import { ReportView } from './ReportView';
import { ReplyExplainer, type ReplyExplainerProps } from './ReplyExplainer';
import { DomainCheck, type DomainCheckProps } from './DomainCheck';

export interface PopupState {
  raw: string;
  busy: boolean;
  /** What is happening now, e.g. "Reading message.eml (7.2 MB)…". */
  progress: string | null;
  error: string | null;
  report: Report | null;
}

export interface PopupAppProps extends PopupState {
  full: boolean;
  onChange: (text: string) => void;
  onAnalyse: () => void;
  onFile: (file: File) => void;
  onOpenFull: (() => void) | null;
  onClear: () => void;
  /** Opens the options page (live checks); null where it cannot be offered. */
  onOpenOptions: (() => void) | null;
  /** The "explain an SMTP reply" box on the start screen. */
  reply: ReplyExplainerProps;
  /** The "check a domain" box on the start screen. */
  domain: DomainCheckProps;
}

/** The popup (and its full-page view): paste box, status line, report. Renders props only. */
export function PopupApp(props: PopupAppProps) {
  const { report, error, busy, progress } = props;
  return (
    <div class={props.full ? 'app full' : 'app'}>
      <header class="bar">
        <h1>headerscope</h1>
        <div class="bar-actions">
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
      {!report && <PasteBox value={props.raw} busy={busy} onChange={props.onChange} onAnalyse={props.onAnalyse} onFile={props.onFile} />}
      {!report && (
        <details class="explain-box" open={props.reply.value !== ''}>
          <summary>Explain an SMTP error or bounce line</summary>
          <ReplyExplainer {...props.reply} />
        </details>
      )}
      {!report && (
        <details class="explain-box" open={props.domain.records !== null || props.domain.error !== null}>
          <summary>Check a domain’s mail records (SPF, DMARC, MX, MTA-STS, BIMI)</summary>
          <DomainCheck {...props.domain} />
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
      {report && <ReportView report={report} onOpenOptions={props.onOpenOptions} />}
      <footer class="muted privacy">Analysed on this device. Nothing is sent anywhere.</footer>
    </div>
  );
}
