import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import { decodeInputBytes } from '../../lib/mime/intake';
import { LIMITS } from '../../lib/limits';
import { send } from './messaging';
import type { ReplyExplanation } from '../../lib/bounce/explain-reply';
import type { HealthRecord } from '../../lib/domain-health/check-domain';
import { storeReport } from '../background/report-cache';
import './style.css';
import './hop-table.css';
// --- One click in Gmail and Outlook ---
import { CaptureNotice } from '../../components/CaptureNotice';
import { captureTab, readCachedReport, requestSiteAccess, targetTab, viaLabel, type CaptureEvent } from './capture';
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
const NO_CAPTURE: CaptureUi = { note: null, source: null, sourceHint: null, choices: [], selectedId: null, grantFor: null, origin: null, key: null };
// --- end of the one-click capture ---

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function Popup() {
  const [state, setState] = useState<PopupState>({ raw: '', busy: false, progress: null, error: null, report: null });
  const [replyLine, setReplyLine] = useState('');
  const [domain, setDomain] = useState<{ value: string; busy: boolean; error: string | null; records: HealthRecord[] | null }>({ value: '', busy: false, error: null, records: null });
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

  const analyse = async (raw: string, label: string) => {
    if (raw.trim() === '') return;
    patch({ busy: true, error: null, progress: `Analysing ${label}…` });
    const reply = await send({ type: 'analyze', payload: { raw } });
    if (reply.ok) {
      patch({ busy: false, progress: null, report: reply.value });
      // Only the report is kept (memory-only session storage), never the message source, so "Full page" can show it.
      const key = `hs.report.paste.${String(Date.now())}`;
      void storeReport(key, reply.value, 'paste').then((stored) => {
        if (stored) setCap((c) => ({ ...c, key }));
      });
    } else {
      patch({ busy: false, progress: null, error: reply.message });
    }
  };

  const openFile = async (file: File) => {
    if (file.size > LIMITS.maxInputChars) {
      patch({ error: `${file.name} is ${mb(file.size)}; the limit is ${mb(LIMITS.maxInputChars)}. Save only the headers and try again.` });
      return;
    }
    patch({ busy: true, error: null, progress: `Reading ${file.name} (${mb(file.size)})…` });
    const raw = decodeInputBytes(new Uint8Array(await file.arrayBuffer()));
    patch({ raw });
    await analyse(raw, file.name);
  };

  // --- One click in Gmail and Outlook ---
  const [cap, setCap] = useState<CaptureUi>(NO_CAPTURE);
  const patchCap = (p: Partial<CaptureUi>) => {
    setCap((c) => ({ ...c, ...p }));
  };
  const tabRef = useRef<Browser.tabs.Tab | null>(null);
  const onCapture = (e: CaptureEvent) => {
    if (e.kind === 'progress') patch({ busy: true, error: null, progress: e.text });
    else if (e.kind === 'page') patchCap({ choices: e.page.choices, selectedId: e.page.defaultId });
    else if (e.kind === 'report') {
      patch({ busy: false, progress: null, error: null, report: e.report });
      patchCap({ note: null, key: e.key, source: `${viaLabel(e.via)}${e.cached ? ' · from this session’s cache' : ''}`, sourceHint: describeCaptureSource(e.via, e.causes) });
    } else if (e.kind === 'failed') {
      patch({ busy: false, progress: null, error: `${e.error.title}. ${e.error.message} ${e.error.fallback}` });
    } else if (e.kind === 'needs-access') patchCap({ grantFor: new URL(e.origin).host, origin: e.origin });
    else {
      patch({ busy: false, progress: null });
      patchCap({ note: e.text });
    }
  };
  const runCapture = async (messageId: string | null) => {
    tabRef.current ??= await targetTab(tabParam);
    patchCap({ source: null, sourceHint: null, selectedId: messageId ?? cap.selectedId });
    await captureTab(tabRef.current, messageId, onCapture);
  };
  useEffect(() => {
    if (full && reportKey !== null) {
      void readCachedReport(reportKey).then((got) => {
        if (got) {
          patch({ report: got.report });
          patchCap({ key: reportKey, source: viaLabel(got.via), sourceHint: describeCaptureSource(got.via, []) });
        } else patch({ error: 'This report is no longer in memory (the browser was restarted). Click "Analyse headers" in the mail again, or paste the headers.' });
      });
    } else if (!full) void runCapture(null);
  }, []);
  // --- end of the one-click capture ---

  const notice = cap.note !== null || cap.source !== null || cap.choices.filter((c) => c.expanded).length > 1 || cap.grantFor !== null;
  return (
    <>
      {notice && (
        <div class={full ? 'app full' : 'app'} style={{ paddingBottom: 0 }}>
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
        </div>
      )}
      <PopupApp
        {...state}
        full={full}
        onChange={(raw) => {
          patch({ raw });
        }}
        onAnalyse={() => {
          patchCap({ key: null, source: null, sourceHint: null, note: null });
          void analyse(state.raw, 'the message');
        }}
        onFile={(file) => {
          patchCap({ key: null, source: null, sourceHint: null, note: null });
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
          patch({ report: null, error: null });
          patchCap({ source: null, sourceHint: null, key: null });
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
