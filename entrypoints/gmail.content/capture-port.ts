// Shared by the Gmail and Outlook content scripts (imported from ../outlook.content too).
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CAPTURE_PORT_NAME, parseToContent, type FromContent, type PageInfo, type ToContent } from '../../lib/webmail/capture-protocol';
import { failureOf } from './capture-failure';
import { uploadSource, type CapturedSource, type Progress } from './upload-source';

export interface CaptureHandlers {
  /** Which messages the page shows (reads the DOM, no request). */
  inspect: () => PageInfo;
  /** Read or fetch the source of one message. */
  capture: (req: Extract<ToContent, { type: 'capture' }>, progress: Progress) => Promise<CapturedSource>;
}

/**
 * The only thing a content script does on its own: listen for the popup's port. Everything else (DOM
 * reads, requests, the in-page button) happens after the popup asks.
 */
export function serveCapturePorts(ctx: ContentScriptContext, handlers: CaptureHandlers): void {
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== CAPTURE_PORT_NAME) return;
    if (port.sender?.id !== undefined && port.sender.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    const post = (msg: FromContent) => {
      // The popup may have closed; the capture still finishes and the worker caches the report.
      if (open) port.postMessage(msg);
    };
    let busy = false;
    port.onMessage.addListener((raw: unknown) => {
      const req = parseToContent(raw);
      if (req === null) return;
      if (req.type === 'inspect') {
        try {
          post({ type: 'page', page: handlers.inspect() });
        } catch (e) {
          const f = failureOf(e);
          post({ type: 'error', code: f.code, detail: f.detail, causes: f.causes });
        }
        return;
      }
      if (busy) return;
      busy = true;
      const progress: Progress = (phase, done, total) => {
        post({ type: 'progress', phase, done, total });
      };
      void handlers
        .capture(req, progress)
        .then((src: CapturedSource) => uploadSource(src, false, progress))
        .then((up) => {
          post({ type: 'done', key: up.key, via: up.via, report: up.report, causes: up.causes });
        })
        .catch((e: unknown) => {
          const f = failureOf(e);
          post({ type: 'error', code: f.code, detail: f.detail, causes: f.causes });
        })
        .finally(() => {
          busy = false;
        });
    });
  };
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => {
    browser.runtime.onConnect.removeListener(onConnect);
  });
}
