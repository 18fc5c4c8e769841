import { browser, type Browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';
import { webmailPageOf } from '../../lib/webmail/sites';
import { reportCacheKey, textFingerprint } from '../../lib/webmail/report-cache-key';
import { describeCaptureError, type CaptureErrorCode } from '../../lib/webmail/capture-errors';
import { markCapturedInput } from '../../lib/webmail/capture-input-mark';
import type { Report } from '../../lib/report';
import { UPLOAD_PORT_NAME, parseUploadBegin, type WorkerUploadReply } from '../../lib/webmail/upload-protocol';
import { chunkReceiver } from '../../lib/webmail/chunk-receiver';
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
    const receive = chunkReceiver((x: unknown) => parseUploadBegin(x, page.site));
    port.onMessage.addListener((raw: unknown) => {
      const step = receive(raw);
      if (step.kind === 'bad-begin') {
        fail(step.message === 'too large' ? 'webmail.too-large' : 'webmail.upload-failed', step.message);
        return;
      }
      if (step.kind === 'bad-chunk') {
        fail('webmail.upload-failed', step.message);
        return;
      }
      if (step.kind === 'ack' || step.kind === 'complete') reply({ type: 'ack', seq: step.seq });
      if (step.kind !== 'complete') return;
      const { text, begin } = step;
      reply({ type: 'analysing' });
      void (async () => {
        const result = await analyse(text);
        if (!result.ok) {
          fail(result.code === 'too-large' ? 'webmail.too-large' : 'webmail.analysis-failed', result.message);
          return;
        }
        result.value.input = markCapturedInput(result.value.input, begin.via);
        const key = reportCacheKey(page.origin, begin.account, begin.messageId ?? textFingerprint(text));
        await storeReport(key, result.value, begin.via);
        reply({ type: 'done', key, report: result.value });
        if (begin.open && sender.tab) {
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
