import { defineContentScript } from 'wxt/utils/define-content-script';
import { outlookLocation } from '../../lib/webmail/outlook-location';
import { describeCaptureError } from '../../lib/webmail/capture-errors';
import type { PageInfo, ToContent } from '../../lib/webmail/capture-protocol';
import { serveCapturePorts } from '../gmail.content/capture-port';
import { CaptureFailure, failureOf } from '../gmail.content/capture-failure';
import { uploadSource, type CapturedSource, type Progress } from '../gmail.content/upload-source';
import { findSourceDialog } from './source-dialog';
import { fetchViaService } from './fetch-service';
import { createDialogOffer } from './dialog-offer';

/**
 * Outlook on the web content script. At load it only registers a port listener. By default it reads
 * the "View message source" dialog (assisted capture); the app's JSON service is used only when the
 * popup passes the user's opt-in.
 */

function account(): string {
  return outlookLocation(location.pathname).mailboxIndex ?? '';
}

function inspectOutlook(): PageInfo {
  const loc = outlookLocation(location.pathname);
  const dialog = findSourceDialog();
  const id = loc.itemId ?? 'dialog';
  if (dialog !== null) return { site: 'outlook', account: account(), mode: 'outlook-dialog', choices: [{ id, from: '', date: '', expanded: true }], defaultId: id };
  const open = loc.itemId !== null || document.querySelector('[role="main"] [aria-label="Reading Pane"], #ReadingPaneContainerId') !== null;
  return open
    ? { site: 'outlook', account: account(), mode: 'outlook-message', choices: [{ id, from: '', date: '', expanded: true }], defaultId: id }
    : { site: 'outlook', account: account(), mode: 'none', choices: [], defaultId: null };
}

async function captureOutlook(req: Extract<ToContent, { type: 'capture' }>, progress: Progress): Promise<CapturedSource> {
  const dialog = findSourceDialog();
  const itemId = outlookLocation(location.pathname).itemId;
  if (dialog !== null) return { site: 'outlook', account: account(), messageId: itemId, via: 'outlook-dialog', text: dialog.text };
  if (!req.allowService) throw new CaptureFailure('outlook.open-source-dialog');
  progress('fetch', 0, 0);
  const got = await fetchViaService(progress);
  return { site: 'outlook', account: account(), messageId: got.itemId, via: 'outlook-service', text: got.text };
}

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const offer = createDialogOffer(ctx, async (text, setStatus) => {
      setStatus('Analysing…');
      try {
        const src: CapturedSource = { site: 'outlook', account: account(), messageId: outlookLocation(location.pathname).itemId, via: 'outlook-dialog', text };
        await uploadSource(src, true, () => undefined);
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
      capture: captureOutlook,
    });
  },
});
