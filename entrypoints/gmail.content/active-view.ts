import { GMAIL } from '../../lib/webmail/gmail-selectors';

/** Laid out on screen: an element under a display:none ancestor has no boxes. */
export function isRendered(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/**
 * The `[role=main]` container of the view the user sees. Gmail keeps one per view (inbox, the open
 * conversation, a search...) and hides the others with display:none (InboxSDK get-main-content-element-
 * changed-stream.ts), so the first one in the document is often a hidden, stale view. Among the rendered ones
 * the one holding a conversation wins. No `[role=main]` at all (a changed layout): the whole document. Null:
 * there are some but none is rendered.
 */
export function activeMain(): ParentNode | null {
  const mains = Array.from(document.querySelectorAll(GMAIL.main));
  if (mains.length === 0) return document;
  const shown = mains.filter(isRendered);
  return shown.find((m) => m.querySelector(GMAIL.threadSubject) !== null) ?? shown[0] ?? null;
}

/**
 * The toolbar of the conversation on screen: a rendered `[gh=mtb]` inside the active view; else the rendered
 * `[gh=tm]` container that sits beside the conversation (InboxSDK gmail-thread-view.ts matches a toolbar
 * container to its thread by their grandparents); else the first rendered toolbar.
 */
export function activeToolbar(): Element | null {
  const main = activeMain();
  if (main === null) return null;
  const inside = Array.from(main.querySelectorAll(GMAIL.toolbar)).find(isRendered);
  if (inside !== undefined) return inside;
  const thread = main.querySelector(GMAIL.threadView);
  const grand = thread?.parentElement?.parentElement ?? null;
  for (const tm of Array.from(document.querySelectorAll(GMAIL.toolbarContainer))) {
    const bar = tm.querySelector(GMAIL.toolbar);
    if (grand !== null && tm.parentElement?.parentElement === grand && bar !== null && isRendered(bar)) return bar;
  }
  return Array.from(document.querySelectorAll(GMAIL.toolbar)).find(isRendered) ?? null;
}
