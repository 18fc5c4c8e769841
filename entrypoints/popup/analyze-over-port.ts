import { browser, type Browser } from 'wxt/browser';
import type { LivePart } from '../../lib/analyze';
import type { Report } from '../../lib/report';
import { ANALYZE_PORT_NAME, parseAnalyzeReply, type AnalyzeBegin, type AnalyzeOrigin } from '../../lib/analyze-port';
import { chunkAt, chunkCountFor } from '../../lib/webmail/upload-protocol';
import { LIMITS } from '../../lib/limits';
import { overCapText } from '../../lib/mime/intake';

export type AnalysisEvent =
  | { kind: 'sending'; done: number; total: number }
  | { kind: 'report'; key: string; report: Report; pending: LivePart[] }
  | { kind: 'failed'; message: string };

/**
 * Hand a text to the worker over the analysis port (lib/analyze-port.ts), chunk by chunk, each acknowledged before
 * the next; report the offline report and every live step as it comes. Every outcome is an event, nothing throws.
 * Returns a function that stops listening (the worker still finishes and stores the report).
 */
export function analyseOverPort(text: string, origin: AnalyzeOrigin, on: (e: AnalysisEvent) => void): () => void {
  if (text.length > LIMITS.maxInputChars) {
    on({ kind: 'failed', message: `The text is ${overCapText(text.length, 'characters')}. Paste only the header block (everything above the first blank line).` });
    return () => undefined;
  }
  let port: Browser.runtime.Port;
  try {
    port = browser.runtime.connect({ name: ANALYZE_PORT_NAME });
  } catch (e) {
    on({ kind: 'failed', message: e instanceof Error ? e.message : 'The background worker did not answer.' });
    return () => undefined;
  }
  const total = chunkCountFor(text.length);
  let finished = false;
  const finish = (e: AnalysisEvent) => {
    if (finished) return;
    if (e.kind !== 'report' || e.pending.length === 0) finished = true;
    on(e);
    if (finished) port.disconnect();
  };
  port.onMessage.addListener((raw: unknown) => {
    const msg = parseAnalyzeReply(raw);
    if (msg === null) return;
    if (msg.type === 'ack') {
      const next = msg.seq + 1;
      on({ kind: 'sending', done: next, total });
      if (next < total) port.postMessage({ type: 'chunk', seq: next, text: chunkAt(text, next) });
    } else if (msg.type === 'error') finish({ kind: 'failed', message: msg.message });
    else
      finish({ kind: 'report', key: msg.key, report: msg.report, pending: msg.type === 'partial' ? msg.pending : [] });
  });
  port.onDisconnect.addListener(() => {
    finish({ kind: 'failed', message: 'The background worker stopped before the analysis was done. Try again.' });
  });
  port.postMessage({ type: 'begin', totalChars: text.length, chunkCount: total, origin } satisfies AnalyzeBegin);
  port.postMessage({ type: 'chunk', seq: 0, text: chunkAt(text, 0) });
  return () => {
    finished = true;
    port.disconnect();
  };
}
