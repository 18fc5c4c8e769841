import { rfc822Gate } from '../../lib/webmail/rfc822-gate';
import { OUTLOOK } from '../../lib/webmail/outlook-selectors';
import { classifyOutlookDialog, type OutlookDialogText } from '../../lib/webmail/outlook-dialog-text';
import { readAllRows, renderedRows, scrolledPastTop } from './virtual-rows';

/**
 * Outlook's "View message source" / "View message details" dialog. Its DOM has no public evidence
 * (no public code scrapes it), so the reader does not depend on one shape. In an open dialog it takes, in order,
 * the first text that passes the RFC 822 gate: a textarea's value or a pre-formatted element's text; the rows
 * of a virtualised list, scrolled through; the dialog's rendered text minus its title and controls.
 */

export const OFFER_ATTR = 'data-headerscope-offer';

export interface FoundDialog extends OutlookDialogText {
  dialog: Element;
  title: string;
}

function titleOf(dialog: Element): string {
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  if (named !== '') return named;
  return (dialog.querySelector(OUTLOOK.dialogTitle)?.textContent ?? dialog.getAttribute('aria-label') ?? '').trim();
}

/** Rendered dialogs, innermost first (a modal layer and the dialog inside it are one dialog). */
function openDialogs(): Element[] {
  const all = Array.from(document.querySelectorAll(OUTLOOK.dialog)).filter((d) => d.getClientRects().length > 0);
  return all.filter((d) => !all.some((o) => o !== d && d.contains(o)));
}

function holderText(el: Element): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.textContent;
}

/** Rendered text of `el` without the dialog's title and controls (nor our own button). */
function textWithout(el: Element, skip: string): string {
  if (el.matches(skip)) return '';
  if (el.querySelector(skip) === null) return el instanceof HTMLElement ? el.innerText : el.textContent;
  const parts: string[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (child instanceof Element) parts.push(textWithout(child, skip));
    else if (child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '') parts.push((child.textContent ?? '').trim());
  }
  return parts.filter((p) => p !== '').join('\n');
}

function skipSelector(dialog: Element): string {
  const labelled = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => `#${CSS.escape(id)}`);
  return [OUTLOOK.dialogTitle, OUTLOOK.dialogControls, '[aria-hidden="true"]', '[hidden]', 'script', 'style', `[${OFFER_ATTR}]`, ...labelled].join(', ');
}

function firstMail(texts: Iterable<string>): string | null {
  for (const t of texts) if (rfc822Gate(t).ok) return t;
  return null;
}

function holders(dialog: Element): string[] {
  return Array.from(dialog.querySelectorAll(OUTLOOK.textHolder)).map(holderText);
}

function classify(dialog: Element, text: string | null): FoundDialog | null {
  if (text === null) return null;
  const title = titleOf(dialog);
  const got = classifyOutlookDialog(title, text);
  return got === null ? null : { ...got, dialog, title };
}

/**
 * The open dialog that shows a message, from what is in the DOM now (no scrolling): for `inspect` and the
 * in-dialog button. A virtualised list scrolled away from its top cannot show its headers now; it counts, and
 * the capture reads it from the top.
 */
export function findSourceDialog(): Element | null {
  for (const dialog of openDialogs()) {
    if (scrolledPastTop(dialog)) return dialog;
    const text = firstMail([...holders(dialog), renderedRows(dialog) ?? '', textWithout(dialog, skipSelector(dialog))]);
    if (classify(dialog, text) !== null) return dialog;
  }
  return null;
}

export type DialogRead = { ok: true; found: FoundDialog } | { ok: false; rows: number } | null;

/**
 * The whole text of the open dialog, scrolling through a virtualised list when there is one. `{ok:false}`:
 * the list could not be read to its end (a gap or fewer rows than announced): never analysed as if whole.
 */
export async function readSourceDialog(progress: (chars: number) => void): Promise<DialogRead> {
  for (const dialog of openDialogs()) {
    const held = classify(dialog, firstMail(holders(dialog)));
    if (held !== null) return { ok: true, found: held };
    const rows = await readAllRows(dialog, progress);
    if (rows !== null && rfc822Gate(rows.text).ok) {
      if (!rows.complete) return { ok: false, rows: rows.rows };
      const listed = classify(dialog, rows.text);
      if (listed !== null) return { ok: true, found: listed };
    }
    const found = classify(dialog, firstMail([renderedRows(dialog) ?? '', textWithout(dialog, skipSelector(dialog))]));
    if (found !== null) return { ok: true, found };
  }
  return null;
}
