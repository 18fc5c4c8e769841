import { rfc822Gate } from '../../lib/webmail/rfc822-gate';

/**
 * Outlook's "View message source" dialog. Its DOM is not documented anywhere public (NOTES-WEBMAIL-DNS
 * §2.2), so this is a modelled guess (tests/fixtures/dom/outlook-source-dialog-*.html): a Fluent UI
 * `[role=dialog]` whose source is in a `pre`, a `textarea` or a text box. We take the first element in
 * an open dialog whose text passes the RFC 822 gate, whatever its tag, so a changed wrapper still works.
 */

const TEXT_HOLDERS = 'pre, textarea, [role="textbox"], [contenteditable="true"], code';

export interface SourceDialog {
  dialog: Element;
  text: string;
}

function textOf(el: Element): string {
  return el instanceof HTMLTextAreaElement ? el.value : el.textContent;
}

export function findSourceDialog(): SourceDialog | null {
  for (const dialog of Array.from(document.querySelectorAll('[role="dialog"], [role="alertdialog"]'))) {
    for (const el of Array.from(dialog.querySelectorAll(TEXT_HOLDERS))) {
      const text = textOf(el);
      if (rfc822Gate(text).ok) return { dialog, text };
    }
  }
  return null;
}
