import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import type { Report } from '../../lib/report';
import type { AnalyzeOrigin } from '../../lib/analyze-port';
import { send } from './messaging';
import type { ReplyExplanation } from '../../lib/bounce/explain-reply';
import type { HealthRecord } from '../../lib/domain-health/check-domain';
import { lastReportKey, setLastReport } from '../background/report-cache';
import { analyseOverPort } from './analyze-over-port';
import { readInputFile, MSG_NOTE } from './read-input-file';
import { followSessionReport, readSessionReport, type SessionReport } from './session-report';
import { useExport } from './use-export';
import './style.css';
import './hop-table.css';
import './layout.css';
// --- One click in Gmail and Outlook ---
import { CaptureNotice } from '../../components/CaptureNotice';
import { captureTab, requestSiteAccess, targetTab, viaLabel, type CaptureEvent } from './capture';
import { describeCaptureSource } from '../../lib/webmail/capture-errors';
import type { MessageChoice } from '../../lib/webmail/capture-protocol';
import type { Browser } from 'wxt/browser';

const full = new URLSearchParams(location.search).get('view') === 'full';

// --- One click in Gmail and Outlook ---
// `?tab=<id>` names the tab to read (tests open the popup page in a tab: headless Chromium cannot click
// the toolbar button); `?report=<key>` opens a cached report (the in-page "Analyse headers" button).
const CAPTURE_PARAMS = new URLSearchParams(location.search);
const reportKey = CAPTURE_PARAMS.get('report');
const tabParam = CAPTURE_PARAMS.get('tab');

interface CaptureUi {
  note: string | null;
  source: string | null;
  choices: MessageChoice[];
  selectedId: string | null;
  /** What the source means (a fallback was used, headers only) and the manual way to the byte-exact copy. */
  sourceHint: string | null;
  grantFor: string | null;
  origin: string | null;
  key: string | null;
}
const NO_CAPTURE: CaptureUi = {
  note: null,
  source: null,
  sourceHint: null,
  choices: [],
  selectedId: null,
  grantFor: null,
  origin: null,
  key: null,
};
// --- end of the one-click capture ---

/** What the screen says about where a report came from, when the report cannot say it itself. */
function noteFor(report: Report): string | null {
  return report.input.source === 'outlook-msg' ? MSG_NOTE : null;
}

/** The largest opened file also put in the paste box, in characters. */
const PASTE_BOX_MAX_CHARS = 256 * 1024;

const EMPTY: PopupState = { raw: '', busy: false, progress: null, error: null, report: null, pending: [], note: null };

function Popup() {
  const [state, setState] = useState<PopupState>(EMPTY);
  const [cap, setCap] = useState<CaptureUi>(NO_CAPTURE);
  const patchCap = (p: Partial<CaptureUi>) => {
    setCap((c) => ({ ...c, ...p }));
  };
  const { exportMenu, share, closeShare } = useExport(state.report);
  const [replyLine, setReplyLine] = useState('');
  const [domain, setDomain] = useState<{
    value: string;
    busy: boolean;
    error: string | null;
    records: HealthRecord[] | null;
  }>({ value: '', busy: false, error: null, records: null });
  const checkDomain = () => {
    setDomain((d) => ({ ...d, busy: true, error: null, records: null }));
    void send({ type: 'checkDomain', payload: { domain: domain.value } }).then((r) => {
      setDomain((d) => ({ ...d, busy: false, error: r.ok ? null : r.message, records: r.ok ? r.value.records : null }));
    });
  };
  const [replyResult, setReplyResult] = useState<ReplyExplanation | null>(null);
  const explain = (line: string) => {
    setReplyLine(line);
    if (line.trim() === '') {
      setReplyResult(null);
      return;
    }
    void send({ type: 'explainReply', payload: { line } }).then((r) => {
      setReplyResult(r.ok ? r.value : null);
    });
  };
  const patch = (p: Partial<PopupState>) => {
    setState((s) => ({ ...s, ...p }));
  };

  // Stops following the report on screen (the analysis port, or the session copy of a reopened report).
  const unfollow = useRef<() => void>(() => undefined);
  const show = (key: string | null, got: Omit<SessionReport, 'via'>) => {
    patch({
      busy: false,
      progress: null,
      error: null,
      report: got.report,
      pending: got.pending,
      note: noteFor(got.report),
    });
    setCap((c) => ({ ...c, key }));
  };
  /** The last report of this session (memory-only storage), also while its live checks still run. */
  // Set once the user starts something here (types, analyses, opens a file): a restored report never replaces it.
  const started = useRef(false);
  const restoreLast = async (): Promise<boolean> => {
    const key = await lastReportKey();
    const got = key === null ? null : await readSessionReport(key);
    if (key === null || got === null || started.current) return false;
    show(key, got);
    patchCap({ note: null });
    if (got.pending.length > 0) {
      unfollow.current();
      unfollow.current = followSessionReport(key, (r) => {
        show(key, r);
      });
    }
    return true;
  };

  const analyse = (raw: string, label: string, origin: AnalyzeOrigin) => {
    if (raw.trim() === '') return;
    unfollow.current();
    patch({ busy: true, error: null, report: null, pending: [], note: null, progress: `Analysing ${label}…` });
    // The offline report paints at once; each live part fills in as its DNS answers arrive.
    unfollow.current = analyseOverPort(raw, origin, (e) => {
      if (e.kind === 'sending') {
        if (e.total > 1)
          patch({ progress: `Handing ${label} to the analysis (${String(e.done)}/${String(e.total)})…` });
      } else if (e.kind === 'report') show(e.key, e);
      else patch({ busy: false, progress: null, error: e.message });
    });
  };

  const openFile = async (file: File) => {
    patch({ busy: true, error: null, progress: `Reading ${file.name}…` });
    const read = await readInputFile(file);
    if (!read.ok) {
      patch({ busy: false, progress: null, error: read.message });
      return;
    }
    // A large file is analysed as read, not shown in the paste box: a textarea holding megabytes is laid out again at
    // every render (its value has CRLF turned into LF, so it never equals the text), minutes and gigabytes at 50 MiB.
    if (read.origin !== 'outlook-msg') patch({ raw: read.text.length <= PASTE_BOX_MAX_CHARS ? read.text : '' });
    analyse(read.text, file.name, read.origin);
  };

  // --- One click in Gmail and Outlook ---
  const tabRef = useRef<Browser.tabs.Tab | null>(null);
  const onCapture = (e: CaptureEvent) => {
    if (e.kind === 'progress') patch({ busy: true, error: null, progress: e.text });
    else if (e.kind === 'page') patchCap({ choices: e.page.choices, selectedId: e.page.defaultId });
    else if (e.kind === 'report') {
      unfollow.current();
      patch({ busy: false, progress: null, error: null, report: e.report, pending: [], note: null });
      patchCap({
        note: null,
        key: e.key,
        source: `${viaLabel(e.via)}${e.cached ? ' · from this session’s cache' : ''}`,
        sourceHint: describeCaptureSource(e.via, e.causes),
      });
    } else if (e.kind === 'failed') {
      patch({ busy: false, progress: null, error: `${e.error.title}. ${e.error.message} ${e.error.fallback}` });
    } else if (e.kind === 'needs-access') patchCap({ grantFor: new URL(e.origin).host, origin: e.origin });
    else {
      patch({ busy: false, progress: null });
      patchCap({ note: e.text });
      // Not a webmail message: the last report of this session comes back (closing the popup loses nothing).
      void restoreLast();
    }
  };
  const runCapture = async (messageId: string | null) => {
    tabRef.current ??= await targetTab(tabParam);
    patchCap({ source: null, sourceHint: null, selectedId: messageId ?? cap.selectedId });
    await captureTab(tabRef.current, messageId, onCapture);
  };
  useEffect(() => {
    if (full && reportKey !== null) {
      void readSessionReport(reportKey).then((got) => {
        if (got) {
          show(reportKey, got);
          patchCap({ source: viaLabel(got.via), sourceHint: describeCaptureSource(got.via, []) });
          if (got.pending.length > 0)
            unfollow.current = followSessionReport(reportKey, (r) => {
              show(reportKey, r);
            });
        } else
          patch({
            error:
              'This report is no longer in memory (the browser was restarted). Click "Analyse headers" in the mail again, or paste the headers.',
          });
      });
    } else if (full) void restoreLast();
    else void runCapture(null);
    return () => {
      unfollow.current();
    };
  }, []);
  // --- end of the one-click capture ---

  const showNotice =
    cap.note !== null ||
    cap.source !== null ||
    cap.choices.filter((c) => c.expanded).length > 1 ||
    cap.grantFor !== null;
  const forget = () => {
    started.current = true;
    unfollow.current();
    closeShare();
    patch({ report: null, error: null, pending: [], note: null });
    patchCap({ key: null, source: null, sourceHint: null, note: null });
  };
  return (
    <>
      <PopupApp
        {...state}
        full={full}
        exportMenu={exportMenu}
        share={share}
        notice={
          showNotice && (
            <CaptureNotice
              {...cap}
              busy={state.busy}
              onPick={(id) => {
                patch({ report: null });
                patchCap({ selectedId: id });
                void runCapture(id);
              }}
              onGrant={() => {
                if (cap.origin === null) return;
                void requestSiteAccess(cap.origin).then((granted) => {
                  if (granted) {
                    patchCap({ grantFor: null });
                    void runCapture(null);
                  }
                });
              }}
            />
          )
        }
        onChange={(raw) => {
          started.current = true;
          patch({ raw });
        }}
        onAnalyse={() => {
          forget();
          analyse(state.raw, 'the message', 'paste');
        }}
        onFile={(file) => {
          forget();
          void openFile(file);
        }}
        onOpenFull={
          full || !state.report
            ? null
            : () => {
                const more = cap.key === null ? '' : `&report=${encodeURIComponent(cap.key)}`;
                void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?view=full${more}` });
              }
        }
        onClear={() => {
          // "New": the last report is forgotten, so the next popup opens empty.
          forget();
          void setLastReport(null);
        }}
        onOpenOptions={() => {
          void browser.runtime.openOptionsPage();
        }}
        domain={{
          ...domain,
          onInput: (value) => {
            setDomain((d) => ({ ...d, value }));
          },
          onCheck: checkDomain,
        }}
        reply={{
          value: replyLine,
          result: replyResult,
          onInput: explain,
        }}
      />
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
