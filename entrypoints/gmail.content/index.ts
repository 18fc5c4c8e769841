import { defineContentScript } from 'wxt/utils/define-content-script';
import { describeCaptureError } from '../../lib/webmail/capture-errors';
import { serveCapturePorts } from './capture-port';
import { captureGmail, inspectGmail } from './capture-gmail';
import { createToolbarButton } from './toolbar-button';
import { findThreadMessages } from './find-messages';
import { failureOf } from './capture-failure';
import { uploadSource } from './upload-source';

/**
 * Gmail content script. At load it only registers a port listener: no DOM read, no request, no
 * observer (tests/browser/webmail-quiet.test.mjs proves it). The popup's port asks for the rest.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const button = createToolbarButton(
      ctx,
      () => findThreadMessages().messages.length > 0,
      async (setStatus) => {
        setStatus('Analysing…');
        try {
          const src = await captureGmail(null, () => undefined);
          await uploadSource(src, true, () => undefined);
          setStatus('Analyse headers', 'headerscope: analyse the headers of the open message');
        } catch (e) {
          const f = failureOf(e);
          const t = describeCaptureError(f.code, 'gmail', f.detail, f.causes);
          setStatus(`headerscope: ${t.title}`, `${t.message} ${t.fallback}`);
        }
      },
    );
    serveCapturePorts(ctx, {
      inspect: () => {
        const page = inspectGmail();
        if (page.mode === 'thread') button.enable();
        return page;
      },
      capture: (req, progress) => captureGmail(req.messageId, progress),
    });
  },
});
