import type { Report } from '../lib/report';
import { PasteBox } from './PasteBox';
import { ReportView } from './ReportView';

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
      {report && <ReportView report={report} />}
      <footer class="muted privacy">Analysed on this device. Nothing is sent anywhere.</footer>
    </div>
  );
}
