import type { EvidenceFor } from './selector-evidence';

/**
 * The Gmail page as the capture code reads it: one CSS selector per concept. Gmail's class names are
 * obfuscated and change; attributes (`role`, `gh`, `data-*`) last longer, so they come first where both
 * exist. The content script imports only `GMAIL`; `GMAIL_EVIDENCE` (the date and public source of each) is
 * for tests and the release check, and stays out of the bundle.
 */
export const GMAIL = {
  /** One per view (inbox, thread, search...); Gmail keeps them all and hides the inactive ones with display:none. */
  main: 'div[role="main"]',
  /** The subject heading of an open conversation (list rows carry thread ids too, so only an h2 counts). */
  threadSubject: 'h2.hP, h2[data-thread-perm-id], h2[data-legacy-thread-id]',
  /** The conversation view inside a main container. */
  threadView: '.if, .PeIF1d, .a98.iY',
  /** Container of a view's toolbar, and the toolbar itself (several exist, one per view). */
  toolbarContainer: '[gh="tm"]',
  toolbar: '[gh="mtb"]',
  /** A message node: `data-message-id="#msg-f:<decimal>"` (or `#msg-a:r…` just sent) and `data-legacy-message-id="<hex>"`. */
  messageBySyncId: '[data-message-id]',
  messageByLegacyId: '[data-legacy-message-id]',
  /** Older Gmail: the body's class names the legacy id (`.a3s.m<hex>`). */
  messageBody: '.ii.gt .a3s, .ii.gt > div',
  /** The wrapper whose class gives the view state: h7 expanded, kv/ky collapsed, kQ/kx hidden. */
  messageWrapper: '.h7, .kv, .ky, .kQ, .kx, .adn, .adf',
  sender: 'td.gF span[email], h3.iw span[email], span.gD[email]',
  date: '.gK .g3[title], span.g3',
  /** The source on the Show-original page. */
  rawMessageText: '#raw_message_text, pre.raw_message_text',
} as const;

export const GMAIL_EVIDENCE: EvidenceFor<typeof GMAIL> = {
  main: {
    confirmed: '2025-11',
    source:
      'InboxSDK/InboxSDK gmail-driver/setup-route-view-driver-stream.ts ("a div that takes on role=main"), gmail-element-getter/get-main-content-element-changed-stream.ts (display toggled)',
  },
  threadSubject: {
    confirmed: '2026-03',
    source:
      'KartikTalwar/gmail.js src/gmail.js api.new.get.thread_id (data-thread-perm-id), api.get.thread_id (data-legacy-thread-id)',
  },
  threadView: {
    confirmed: '2025-11',
    source:
      'InboxSDK/InboxSDK dom-driver/gmail/views/gmail-thread-view.ts #isToolbarContainerRelevant (.if, .PeIF1d, .a98.iY)',
  },
  toolbarContainer: {
    confirmed: '2025-11',
    source: 'InboxSDK/InboxSDK dom-driver/gmail/views/gmail-thread-view.ts #findToolbarElement ([gh=tm] per view)',
  },
  toolbar: {
    confirmed: '2025-11',
    source: 'InboxSDK/InboxSDK gmail-thread-view.ts #findToolbarElement and gmail-row-list-view.ts ([gh=mtb])',
  },
  messageBySyncId: {
    confirmed: '2025-11',
    source:
      'InboxSDK/InboxSDK dom-driver/gmail/views/gmail-message-view.ts ([data-message-id]); gmail.js api.new.get.email_id',
  },
  messageByLegacyId: {
    confirmed: '2025-11',
    source: 'InboxSDK/InboxSDK gmail-message-view.ts getMessageID ([data-legacy-message-id]); gmail.js api.dom.email',
  },
  messageBody: {
    confirmed: '2025-11',
    source: 'InboxSDK/InboxSDK gmail-message-view.ts getMessageID fallback (div.ii.gt, class m<hex>)',
  },
  messageWrapper: {
    confirmed: '2025-11',
    source: 'InboxSDK/InboxSDK gmail-message-view.ts getViewState (h7, kv, ky, kQ, kx)',
  },
  sender: {
    confirmed: '2025-11',
    source: 'InboxSDK/InboxSDK gmail-message-view.ts getSender (td.gF span[email]), h3.iw',
  },
  date: { confirmed: '2025-11', source: 'InboxSDK/InboxSDK gmail-message-view.ts getDateString (.ads .gK .g3, title)' },
  rawMessageText: {
    confirmed: '2021-12',
    source:
      'cysec-jshimizu/ibemail_extension src/email.ts (getElementById("raw_message_text") on the Show-original page)',
  },
};
