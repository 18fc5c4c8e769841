import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findSourceDialog, OFFER_ATTR } from './source-dialog';

/**
 * Assisted capture: after the user has clicked the headerscope icon on Outlook and been told to open the
 * source ("View message source" or "View message details"), watch for that dialog and put an "Analyse with
 * headerscope" button in it. Armed only after that request, debounced, stops at the first dialog found or
 * after 10 minutes.
 */

const WATCH_MS = 10 * 60 * 1000;

export function createDialogOffer(ctx: ContentScriptContext, onAnalyse: (setStatus: (s: string) => void) => Promise<void>) {
  let observer: MutationObserver | null = null;
  let pending = false;

  const offer = (): boolean => {
    const dialog = findSourceDialog();
    if (dialog === null) return false;
    if (dialog.querySelector(`[${OFFER_ATTR}]`)) return true;
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute(OFFER_ATTR, '');
    b.textContent = 'Analyse with headerscope';
    b.style.cssText = 'margin:8px 16px;padding:4px 12px;border:1px solid #8a8886;border-radius:4px;background:#fff;color:#201f1e;font:600 13px/20px inherit;cursor:pointer;';
    b.addEventListener('click', () => {
      void onAnalyse((s) => {
        b.textContent = s;
      });
    });
    dialog.insertBefore(b, dialog.firstChild);
    return true;
  };

  const stop = () => {
    observer?.disconnect();
    observer = null;
  };
  ctx.onInvalidated(stop);

  return {
    /** Called when the popup found no dialog: offer as soon as the user opens one. */
    arm() {
      if (observer !== null || offer()) return;
      observer = new MutationObserver(() => {
        if (pending) return;
        pending = true;
        ctx.setTimeout(() => {
          pending = false;
          if (offer()) stop();
        }, 250);
      });
      observer.observe(document.body, { childList: true, subtree: true });
      ctx.setTimeout(stop, WATCH_MS);
    },
    offerNow: offer,
  };
}
