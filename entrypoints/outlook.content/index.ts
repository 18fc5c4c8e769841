import { defineContentScript } from 'wxt/utils/define-content-script';
import { outlookLocation } from '../../lib/webmail/outlook-location';
import { OUTLOOK } from '../../lib/webmail/outlook-selectors';
import { describeCaptureError } from '../../lib/webmail/capture-errors';
import type { PageInfo } from '../../lib/webmail/capture-protocol';
import { serveCapturePorts } from '../gmail.content/capture-port';
import { CaptureFailure, failureOf } from '../gmail.content/capture-failure';
import { uploadSource, type CapturedSource, type Progress } from '../gmail.content/upload-source';
import { findSourceDialog, readSourceDialog } from './source-dialog';
import { createDialogOffer } from './dialog-offer';

/**
 * Outlook on the web content script. At load it only registers a port listener. On the popup's request it
 * reads the dialog the user opened: "View message source" (the whole message) or "View message details"
 * (Microsoft 365 work accounts: the headers only). No request to Outlook is ever made: its own JSON service
 * needs the user's sign-in token on every host today, which headerscope never reads.
 */

function account(): string {
  return outlookLocation(location.pathname).mailboxIndex ?? '';
}

function inspectOutlook(): PageInfo {
  const choice = (id: string) => ({ site: 'outlook' as const, account: account(), choices: [{ id, from: '', date: '', expanded: true }], defaultId: id });
  if (findSourceDialog() !== null) return { ...choice('dialog'), mode: 'outlook-dialog' };
  const open = outlookLocation(location.pathname).itemId !== null || document.querySelector(OUTLOOK.readingPane) !== null;
  return open ? { ...choice('message'), mode: 'outlook-message' } : { site: 'outlook', account: account(), mode: 'none', choices: [], defaultId: null };
}

async function captureOutlook(progress: Progress): Promise<CapturedSource> {
  const read = await readSourceDialog((chars) => {
    progress('fetch', chars, 0);
  });
  if (read === null) throw new CaptureFailure('outlook.open-source-dialog');
  if (!read.ok) throw new CaptureFailure('outlook.dialog-incomplete', `${String(read.rows)} lines read`);
  // The report is keyed by the text itself: the address mostly names a conversation, not this message.
  return { site: 'outlook', account: account(), messageId: null, via: read.found.kind, text: read.found.text, causes: [] };
}

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const offer = createDialogOffer(ctx, async (setStatus) => {
      setStatus('Analysing…');
      try {
        await uploadSource(await captureOutlook(() => undefined), true, () => undefined);
        setStatus('Analyse with headerscope');
      } catch (e) {
        const f = failureOf(e);
        setStatus(`headerscope: ${describeCaptureError(f.code, 'outlook', f.detail).title}`);
      }
    });
    serveCapturePorts(ctx, {
      inspect: () => {
        const page = inspectOutlook();
        if (page.mode === 'outlook-dialog') offer.offerNow();
        else offer.arm();
        return page;
      },
      capture: (_req, progress) => captureOutlook(progress),
    });
  },
});
