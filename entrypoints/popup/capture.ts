// One click in Gmail and Outlook: what the popup does on open when the tab is a webmail page.
import { browser, type Browser } from 'wxt/browser';
import { REPORT_SCHEMA, type Report } from '../../lib/report';
import { webmailPageOf, matchPatternFor, siteName, type WebmailPage } from '../../lib/webmail/sites';
import { reportCacheKey } from '../../lib/webmail/report-cache-key';
import { describeCaptureError, type CaptureCause, type CaptureErrorCode, type CaptureErrorText } from '../../lib/webmail/capture-errors';
import {
  CAPTURE_PORT_NAME,
  describeProgress,
  parseFromContent,
  type FromContent,
  type MessageChoice,
  type PageInfo,
  type ToContent,
} from '../../lib/webmail/capture-protocol';
import type { CaptureVia } from '../../lib/webmail/upload-protocol';

export type CaptureEvent =
  | { kind: 'progress'; text: string }
  | { kind: 'page'; page: PageInfo }
  | { kind: 'report'; report: Report; key: string; via: CaptureVia | null; cached: boolean; causes: CaptureCause[] }
  | { kind: 'failed'; error: CaptureErrorText }
  | { kind: 'needs-access'; origin: string }
  | { kind: 'not-webmail'; text: string };

const VIA_LABEL: Record<CaptureVia, string> = {
  'gmail-download': 'Gmail, original download (byte-exact)',
  'gmail-show-original': 'Gmail, "Show original" page (text as shown)',
  'gmail-page': 'Gmail, this "Show original" page',
  'outlook-dialog': 'Outlook, "View message source"',
  'outlook-details': 'Outlook, "View message details" (headers only)',
  paste: 'pasted or opened here',
};

export function viaLabel(via: CaptureVia | null): string {
  return via === null ? 'earlier capture' : VIA_LABEL[via];
}

function isReport(x: unknown): x is Report {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return r.schema === REPORT_SCHEMA && Array.isArray(r.headers) && Array.isArray(r.findings);
}

/** The tab to read: `?tab=<id>` (tests, where the toolbar cannot be clicked) or the active tab. */
export async function targetTab(tabParam: string | null): Promise<Browser.tabs.Tab | null> {
  try {
    if (tabParam !== null && /^\d{1,10}$/.test(tabParam)) return await browser.tabs.get(Number(tabParam));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ?? null;
  } catch {
    return null;
  }
}

export async function readCachedReport(key: string): Promise<{ report: Report; via: CaptureVia | null } | null> {
  try {
    const got = await browser.storage.session.get(key);
    const entry = got[key] as { report?: unknown; via?: CaptureVia } | undefined;
    return entry && isReport(entry.report) ? { report: entry.report, via: entry.via ?? null } : null;
  } catch {
    return null;
  }
}

export async function hasSiteAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [matchPatternFor(origin)] });
  } catch {
    return true;
  }
}

/** Must run in a click handler (a user gesture). */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [matchPatternFor(origin)] });
  } catch {
    return false;
  }
}

/** Open a port to the tab's content script and ask `inspect`; null when nothing answers. */
function connect(tabId: number, onLater: (msg: FromContent) => void): Promise<{ port: Browser.runtime.Port; page: FromContent } | null> {
  return new Promise((resolve) => {
    let port: Browser.runtime.Port;
    try {
      port = browser.tabs.connect(tabId, { name: CAPTURE_PORT_NAME, frameId: 0 });
    } catch {
      resolve(null);
      return;
    }
    let first = true;
    const timer = setTimeout(() => {
      if (first) {
        first = false;
        port.disconnect();
        resolve(null);
      }
    }, 4000);
    port.onMessage.addListener((raw: unknown) => {
      const msg = parseFromContent(raw);
      if (msg === null) return;
      if (first) {
        first = false;
        clearTimeout(timer);
        resolve({ port, page: msg });
      } else onLater(msg);
    });
    port.onDisconnect.addListener(() => {
      if (first) {
        first = false;
        clearTimeout(timer);
        resolve(null);
      }
    });
    port.postMessage({ type: 'inspect' } satisfies ToContent);
  });
}

/** Tabs opened before the extension was installed or updated have no content script: inject it (scripting). */
async function inject(tabId: number, page: WebmailPage): Promise<boolean> {
  const file = page.site === 'gmail' ? '/content-scripts/gmail.js' : '/content-scripts/outlook.js';
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Run the whole one-click flow for a tab: inspect, use the session cache (Gmail: a fetch saved), else capture
 * with progress. Every outcome is an event; nothing throws. `messageId`: the message picked in the popup.
 */
export async function captureTab(tab: Browser.tabs.Tab | null, messageId: string | null, on: (e: CaptureEvent) => void): Promise<void> {
  const page = webmailPageOf(tab?.url);
  if (tab?.id === undefined || page === null) {
    on({ kind: 'not-webmail', text: 'This tab is not Gmail or Outlook on the web, or no message is open there: paste the message source or headers below, or open an .eml file.' });
    return;
  }
  const tabId = tab.id;
  const fail = (code: CaptureErrorCode, detail?: string, causes: CaptureCause[] = []) => {
    on({ kind: 'failed', error: describeCaptureError(code, page.site, detail, causes) });
  };
  const access = await hasSiteAccess(page.origin);
  if (!access) on({ kind: 'needs-access', origin: page.origin });
  on({ kind: 'progress', text: `Looking for the open message in ${siteName(page.site)}…` });

  let later: (msg: FromContent) => void = () => undefined;
  let conn = await connect(tabId, (m) => {
    later(m);
  });
  if (conn === null && (await inject(tabId, page))) conn = await connect(tabId, (m) => {
    later(m);
  });
  if (conn === null) {
    fail(access ? 'webmail.no-content-script' : 'webmail.no-access');
    return;
  }
  const { port, page: first } = conn;
  if (first.type === 'error') {
    fail(first.code, first.detail, first.causes);
    port.disconnect();
    return;
  }
  if (first.type !== 'page') {
    fail('webmail.upload-failed', 'unexpected answer');
    port.disconnect();
    return;
  }
  const info = first.page;
  on({ kind: 'page', page: info });
  if (info.mode === 'none' || info.mode === 'outlook-message') {
    fail(page.site === 'gmail' ? 'gmail.no-message' : 'outlook.open-source-dialog');
    port.disconnect();
    return;
  }
  const chosen = messageId ?? info.defaultId;
  // Only Gmail ids name a message; reading Outlook's dialog costs no request, so it is always read afresh.
  if (page.site === 'gmail' && chosen !== null && chosen.startsWith('msg-f:')) {
    const key = reportCacheKey(page.origin, info.account, chosen);
    const cached = await readCachedReport(key);
    if (cached !== null) {
      on({ kind: 'report', report: cached.report, key, via: cached.via, cached: true, causes: [] });
      port.disconnect();
      return;
    }
  }
  await new Promise<void>((resolve) => {
    later = (msg) => {
      if (msg.type === 'progress') on({ kind: 'progress', text: describeProgress(msg.phase, msg.done, msg.total) });
      else if (msg.type === 'error') {
        fail(msg.code, msg.detail, msg.causes);
        resolve();
      } else if (msg.type === 'done') {
        void readCachedReport(msg.key).then((stored) => {
          const report = stored?.report ?? (isReport(msg.report) ? msg.report : null);
          if (report === null) fail('webmail.analysis-failed', 'no report');
          else on({ kind: 'report', report, key: msg.key, via: msg.via, cached: false, causes: msg.causes });
          resolve();
        });
      }
    };
    port.onDisconnect.addListener(() => {
      resolve();
    });
    on({ kind: 'progress', text: `Fetching the source from ${siteName(page.site)}…` });
    port.postMessage({ type: 'capture', messageId: page.site === 'gmail' && chosen !== 'page' ? chosen : null } satisfies ToContent);
  });
  port.disconnect();
}

export type { MessageChoice };
