import type { EvidenceFor } from './selector-evidence';

/**
 * Outlook on the web as the capture code reads it: one CSS selector per concept. The app is Fluent UI with
 * generated class names, so roles, ids and aria attributes are used. No public code scrapes the source
 * dialog: the dialog selectors are Fluent UI's own markup, and the reader accepts
 * any element whose text passes the RFC 822 gate. The content script imports only `OUTLOOK`.
 */
export const OUTLOOK = {
  /** An open message: the reading pane (new Outlook uses a <main> with this id/label). */
  readingPane: '#ReadingPaneContainerId, main[aria-label="Reading Pane"], [data-app-section="MailReadCompose"]',
  /** A Fluent UI dialog ("View message source", "View message details"). */
  dialog: '[role="dialog"], [role="alertdialog"], [aria-modal="true"]',
  /** Its title (also found through aria-labelledby). */
  dialogTitle: '.ms-Dialog-title, .fui-DialogTitle, [role="heading"], h1, h2',
  /** Controls inside the dialog, never part of the source text. */
  dialogControls:
    'button, [role="button"], [role="menu"], [role="menuitem"], [role="toolbar"], [role="tablist"], input, select',
  /** Elements that hold text as written. */
  textHolder: 'textarea, pre, code, [role="textbox"], [contenteditable="true"]',
  /** Rows of a virtualised list (only the rows near the visible area exist in the DOM). */
  virtualRow: '[data-list-index], [aria-posinset], [aria-rowindex], [data-index]',
} as const;

export const OUTLOOK_EVIDENCE: EvidenceFor<typeof OUTLOOK> = {
  readingPane: {
    confirmed: '2026-09',
    source:
      'unnamed public code: Outlook DOM tests with <main id="ReadingPaneContainerId" aria-label="Reading Pane" data-app-section="MailReadCompose"> (outlook.cloud.microsoft); fperezdev/wd-extension-poc src/lib/consts.ts',
  },
  dialog: {
    confirmed: '2026-12',
    source:
      'microsoft/fluentui Modal/Dialog (role="dialog", aria-modal) and react-dialog DialogSurface; the Outlook dialog itself has no public evidence',
  },
  dialogTitle: {
    confirmed: '2026-12',
    source:
      'microsoft/fluentui packages/react Dialog (.ms-Dialog-title); react-dialog DialogTitle.test.tsx.snap (an h2)',
  },
  dialogControls: {
    confirmed: '2026-12',
    source: 'WAI-ARIA 1.2 roles (button, menu, menuitem, toolbar, tablist), as Fluent UI renders its controls',
  },
  textHolder: {
    confirmed: '2026-12',
    source:
      'HTML Living Standard (textarea, pre, code) and WAI-ARIA 1.2 (textbox); the Outlook dialog itself has no public evidence',
  },
  virtualRow: {
    confirmed: '2026-12',
    source:
      'microsoft/fluentui packages/react/src/components/List/List.tsx (renders pages around the visible rect, spacers elsewhere; cells .ms-List-cell[data-list-index]); WAI-ARIA 1.2 aria-posinset, aria-rowindex',
  },
};
