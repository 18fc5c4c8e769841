import { browser, type Browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';
import { webmailPageOf } from '../../lib/webmail/sites';
import { reportCacheKey, textFingerprint } from '../../lib/webmail/report-cache-key';
import { describeCaptureError, type CaptureErrorCode } from '../../lib/webmail/capture-errors';
import { markCapturedInput } from '../../lib/webmail/capture-input-mark';
import type { Report } from '../../lib/report';
import {
  UPLOAD_PORT_NAME,
  acceptChunk,
  finishReassembly,
  parseUploadBegin,
  startReassembly,
  type Reassembly,
  type WorkerUploadReply,
} from '../../lib/webmail/upload-protocol';
import { storeReport } from './report-cache';

/**
 * The worker's end of the chunked upload (lib/webmail/upload-protocol.ts). Accepts ports only from our
 * own content scripts on the webmail origins, validates every message, keeps the partial text only in
 * this port's closure (lost with the port, by design), analyses once complete, caches the report in
 * storage.session and answers with it. An upload with `open` (the in-page button) opens the report in
 * a tab next to the mail. What the capture knows and the text cannot say (Outlook's "View message details"
 * has no body; where the text was read) is written into the report's `input` (lib/webmail/capture-input-mark.ts).
 */
export function registerWebmailUpload(analyse: (raw: string) => Promise<Reply<Report>>): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== UPLOAD_PORT_NAME) return;
    const sender = port.sender;
    const page = webmailPageOf(sender?.url);
    if (sender?.id !== browser.runtime.id || page === null || sender.tab === undefined) {
      port.disconnect();
      return;
    }
    const reply = (msg: WorkerUploadReply) => {
      try {
        port.postMessage(msg);
      } catch {
        // the content script went away
      }
    };
    const fail = (code: CaptureErrorCode, detail: string) => {
      reply({ type: 'error', code, message: describeCaptureError(code, page.site, detail).message });
      port.disconnect();
    };
    let state: Reassembly | null = null;
    let finished = false;
    port.onMessage.addListener((raw: unknown) => {
      if (finished) return;
      if (state === null) {
        const parsed = parseUploadBegin(raw, page.site);
        if (!parsed.ok) {
          finished = true;
          fail(parsed.message === 'too large' ? 'webmail.too-large' : 'webmail.upload-failed', parsed.message);
          return;
        }
        state = startReassembly(parsed.begin);
        return;
      }
      const r = state;
      const outcome = acceptChunk(r, raw);
      if (!outcome.ok) {
        finished = true;
        fail('webmail.upload-failed', outcome.message);
        return;
      }
      reply({ type: 'ack', seq: outcome.seq });
      if (!outcome.complete) return;
      finished = true;
      const text = finishReassembly(r);
      r.parts.length = 0;
      reply({ type: 'analysing' });
      void (async () => {
        const result = await analyse(text);
        if (!result.ok) {
          fail(result.code === 'too-large' ? 'webmail.too-large' : 'webmail.analysis-failed', result.message);
          return;
        }
        result.value.input = markCapturedInput(result.value.input, r.begin.via);
        const key = reportCacheKey(page.origin, r.begin.account, r.begin.messageId ?? textFingerprint(text));
        await storeReport(key, result.value, r.begin.via);
        reply({ type: 'done', key, report: result.value });
        if (r.begin.open && sender.tab) {
          await browser.tabs.create({
            url: `${browser.runtime.getURL('/popup.html')}?view=full&report=${encodeURIComponent(key)}`,
            index: sender.tab.index + 1,
            ...(sender.tab.id !== undefined ? { openerTabId: sender.tab.id } : {}),
          });
        }
      })();
    });
  });
}
