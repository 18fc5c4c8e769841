// Shared by the Gmail and Outlook content scripts (imported from ../outlook.content too).
import { browser } from 'wxt/browser';
import { CAPTURE_VIA } from '../../lib/webmail/upload-protocol';
import {
  UPLOAD_PORT_NAME,
  chunkAt,
  chunkCountFor,
  parseWorkerReply,
  type CaptureVia,
  type UploadBegin,
  type UploadChunk,
} from '../../lib/webmail/upload-protocol';
import type { CapturePhase } from '../../lib/webmail/capture-protocol';
import type { CaptureCause } from '../../lib/webmail/capture-errors';
import type { WebmailSite } from '../../lib/webmail/sites';
import { CaptureFailure } from './capture-failure';

/** A raw source read from the page, ready to hand to the worker. */
export interface CapturedSource {
  site: WebmailSite;
  account: string;
  messageId: string | null;
  via: CaptureVia;
  text: string;
  /** The ways that failed before the one that worked (shown in the popup). */
  causes: CaptureCause[];
}

export type Progress = (phase: CapturePhase, done: number, total: number) => void;

export interface Uploaded {
  key: string;
  via: CaptureVia;
  report: unknown;
  causes: CaptureCause[];
}

/**
 * Send the raw text to the worker in acknowledged chunks over a port (lib/webmail/upload-protocol.ts).
 * Only the source text crosses: no cookie, canary or page data.
 */
export function uploadSource(src: CapturedSource, open: boolean, progress: Progress): Promise<Uploaded> {
  const total = chunkCountFor(src.text.length);
  const port = browser.runtime.connect({ name: UPLOAD_PORT_NAME });
  return new Promise<Uploaded>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      try {
        port.disconnect();
      } catch {
        // already gone
      }
    };
    const send = (seq: number) => {
      const chunk: UploadChunk = { type: 'chunk', seq, text: chunkAt(src.text, seq) };
      port.postMessage(chunk);
    };
    port.onMessage.addListener((raw: unknown) => {
      const msg = parseWorkerReply(raw);
      if (msg === null) {
        settle(() => {
          reject(new CaptureFailure('webmail.upload-failed', 'unexpected answer'));
        });
        return;
      }
      if (msg.type === 'ack') {
        progress('upload', msg.seq + 1, total);
        if (msg.seq + 1 < total) send(msg.seq + 1);
      } else if (msg.type === 'analysing') {
        progress('analyse', 0, 0);
      } else if (msg.type === 'done') {
        settle(() => {
          resolve({ key: msg.key, via: src.via, report: msg.report, causes: src.causes });
        });
      } else {
        settle(() => {
          reject(new CaptureFailure(msg.code, msg.message));
        });
      }
    });
    port.onDisconnect.addListener(() => {
      settle(() => {
        reject(new CaptureFailure('webmail.upload-failed'));
      });
    });
    if (!(CAPTURE_VIA as readonly string[]).includes(src.via)) throw new Error('bad via');
    const begin: UploadBegin = {
      type: 'begin',
      site: src.site,
      account: src.account,
      messageId: src.messageId,
      via: src.via,
      totalChars: src.text.length,
      chunkCount: total,
      open,
    };
    port.postMessage(begin);
    send(0);
  });
}
