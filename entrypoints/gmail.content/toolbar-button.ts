import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { activeToolbar } from './active-view';

/**
 * The "Analyse headers" button in the toolbar of the conversation on screen (Gmail has one toolbar per
 * view: active-view.ts picks the visible thread's). It is added only after the user has used headerscope
 * once in this tab (the popup's `inspect`), and then kept in place by a hashchange listener (Gmail navigates
 * by hash) that looks again twice after each change: no polling and no MutationObserver on Gmail's DOM.
 */

export const BUTTON_ATTR = 'data-headerscope-button';

export interface ToolbarButton {
  /** Show the button from now on (idempotent). */
  enable: () => void;
}

export function createToolbarButton(
  ctx: ContentScriptContext,
  threadIsOpen: () => boolean,
  onClick: (setStatus: (text: string, title?: string) => void) => Promise<void>,
): ToolbarButton {
  let enabled = false;
  let running = false;

  const make = (): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute(BUTTON_ATTR, '');
    b.textContent = 'Analyse headers';
    b.title = 'headerscope: analyse the headers of the open message';
    b.style.cssText =
      'margin:0 8px;padding:4px 10px;border:1px solid #c4c7c5;border-radius:16px;background:transparent;color:inherit;font:500 13px/18px inherit;cursor:pointer;vertical-align:middle;';
    const setStatus = (text: string, title?: string) => {
      b.textContent = text;
      if (title !== undefined) b.title = title;
    };
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (running) return;
      running = true;
      void onClick(setStatus).finally(() => {
        running = false;
      });
    });
    return b;
  };

  const place = () => {
    if (!ctx.isValid) return;
    const existing = document.querySelector(`[${BUTTON_ATTR}]`);
    if (!threadIsOpen()) {
      existing?.remove();
      return;
    }
    const toolbar = activeToolbar();
    if (toolbar === null || (existing !== null && toolbar.contains(existing))) return;
    existing?.remove();
    toolbar.appendChild(make());
  };

  const onHashChange = () => {
    ctx.setTimeout(place, 300);
    ctx.setTimeout(place, 1500);
  };

  ctx.onInvalidated(() => {
    document.querySelector(`[${BUTTON_ATTR}]`)?.remove();
  });

  return {
    enable() {
      if (!enabled) {
        enabled = true;
        ctx.addEventListener(window, 'hashchange', onHashChange);
      }
      place();
    },
  };
}
