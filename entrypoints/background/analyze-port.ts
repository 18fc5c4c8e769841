import { browser, type Browser } from 'wxt/browser';
import type { AnalyzeOptions } from '../../lib/analyze';
import type { Report } from '../../lib/report';
import {
  ANALYZE_PORT_NAME,
  markOriginInput,
  parseAnalyzeBegin,
  type AnalyzeOrigin,
  type AnalyzeReply,
} from '../../lib/analyze-port';
import { chunkReceiver } from '../../lib/webmail/chunk-receiver';
import { setLastReport, storeReport } from './report-cache';

export type Analyse = (
  raw: string,
  options: AnalyzeOptions,
) => Promise<{ ok: true; value: Report } | { ok: false; message: string }>;

let serial = 0;

/**
 * The worker's end of the popup's analysis port (lib/analyze-port.ts). Accepts ports only from our own extension
 * pages (the popup and its full-page view), reassembles the chunks, and answers with the offline report at once
 * and again as the live checks answer. Every step is also written to the session cache as the last report, so a
 * popup closed while DNS answers come in shows the finished report when it is opened again.
 */
export function registerAnalyzePort(analyse: Analyse): void {
  const pagesOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== ANALYZE_PORT_NAME) return;
    const sender = port.sender;
    if (sender?.id !== browser.runtime.id || sender.url === undefined || new URL(sender.url).origin !== pagesOrigin) {
      port.disconnect();
      return;
    }
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    const reply = (msg: AnalyzeReply) => {
      if (!open) return;
      try {
        port.postMessage(msg);
      } catch {
        open = false;
      }
    };
    const receive = chunkReceiver(parseAnalyzeBegin);
    port.onMessage.addListener((raw: unknown) => {
      const step = receive(raw);
      if (step.kind === 'bad-begin' || step.kind === 'bad-chunk') {
        reply({ type: 'error', message: `The message could not be handed to the analysis (${step.message}).` });
        return;
      }
      if (step.kind === 'ack' || step.kind === 'complete') reply({ type: 'ack', seq: step.seq });
      if (step.kind !== 'complete') return;
      serial++;
      const key = `hs.report.paste.${String(Date.now())}.${String(serial)}`;
      void run(analyse, step.text, key, step.begin.origin, reply);
    });
  });
}

async function run(
  analyse: Analyse,
  text: string,
  key: string,
  origin: AnalyzeOrigin,
  reply: (msg: AnalyzeReply) => void,
): Promise<void> {
  const mark = (r: Report): Report => ({ ...r, input: markOriginInput(r.input, origin) });
  let stored = Promise.resolve();
  const result = await analyse(text, {
    onPartial: (partial) => {
      const report = mark(partial.report);
      const { pending } = partial;
      reply({ type: 'partial', key, report, pending });
      // Copied now (storage serialises at once), written in order.
      stored = stored.then(async () => {
        if (await storeReport(key, report, 'paste', pending)) await setLastReport(key);
      });
    },
  });
  await stored;
  if (!result.ok) {
    reply({ type: 'error', message: result.message });
    return;
  }
  const report = mark(result.value);
  reply({ type: 'done', key, report });
  if (await storeReport(key, report, 'paste')) await setLastReport(key);
}
