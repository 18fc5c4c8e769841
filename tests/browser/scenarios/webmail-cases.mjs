// Webmail capture cases as data: the fake server's state (tests/helpers/webmail-server.mjs), the tab to open, and
// what the popup must then show (a report or an error) and which requests the extension made. webmail.mjs turns
// each into a shared scenario any harness (tests/browser/drivers/) runs. Regular expressions match the popup's
// text; `requests` count the fake server's log since the popup opened.
import { PHISH_HEX, PHISH_SOURCE } from '../../helpers/webmail-server.mjs';

export const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMwBcdKkLfRrQpTwSzNvXjPd';
export const PHISH_SUBJECT = 'Your account has been limited – action required';
export const OUTLOOK_ITEM = 'AAMkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwCgBGAAADbCmMY3CE1E2eCyHp3%2BslAwcA';
export const OUTLOOK_CONV = 'AAQkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwChAAd9L5OTo2xEydvmQ8CRu2Gg%3D%3D';

/** The server state every scenario starts from (tests/helpers/webmail-server.mjs documents each field). */
export function defaultState() {
  return {
    gmailPage: 'gmail-thread.html',
    download: 'ok',
    om: 'ok',
    declareLength: null,
    slowMs: 0,
    readFailure: null,
    msgA: null,
    msgATries: 0,
    vars: { HEX: PHISH_HEX, SUBJECT: PHISH_SUBJECT },
    outlookPage: 'outlook-reading-pane.html',
    outlookSource: null,
  };
}

/** A source unique to a case: the sample with another Subject and, optionally, more body lines. */
export function outlookSource({ subject, bodyLines = 0 }) {
  const base = PHISH_SOURCE.toString('utf8').replace(/^Subject: .*$/m, `Subject: ${subject}`);
  const more = Array.from(
    { length: bodyLines },
    (_, i) => `Body line ${String(i + 1)} of the long message, padded to look like text.`,
  ).join('\r\n');
  return Buffer.from(bodyLines > 0 ? `${base.replace(/\r?\n$/, '')}\r\n${more}\r\n` : base);
}

/** Put the fake server in a case's state, from the defaults (so cases never leak into each other). */
export function arrange(srv, c) {
  const state = defaultState();
  Object.assign(srv.state, state, c.state ?? {}, { vars: { ...state.vars, ...(c.state?.vars ?? {}) } });
  srv.state.outlookSource = c.message ? outlookSource(c.message) : PHISH_SOURCE;
}

const hexDec = (hex) => BigInt(`0x${hex}`).toString(10);
const GMAIL_FALLBACK = /Show original.*"Download message".*paste the headers/;
const OUTLOOK_FALLBACK = /View message source.*View message details, headers only.*paste the headers/;

/** Gmail: the page as Gmail shows it today (hidden views, ids, just-sent messages) and the fetch paths. */
export const GMAIL_CASES = [
  {
    name: 'hidden duplicate views and several toolbars: the visible conversation is read, not the first [role=main]',
    state: {
      gmailPage: 'gmail-thread-hidden-views.html',
      vars: { HEX: '19c0000000000001', SUBJECT: 'Visible conversation' },
    },
    url: THREAD,
    expect: {
      subject: 'Message 19c0000000000001',
      source: /original download \(byte-exact\)/,
      requests: [
        { host: 'mail.google.com', path: /view=att&th=19c0000000000001&/, count: 1 },
        { host: 'mail.google.com', path: /view=/, count: 1 },
      ],
    },
  },
  {
    name: 'the two ids disagree (stale legacy id after a reply): the msg-f id is fetched',
    state: { vars: { HEX: '19c0000000000002', LEGACY: '19c0000000000bad', SUBJECT: 'Reply' } },
    url: THREAD,
    expect: {
      subject: 'Message 19c0000000000002',
      requests: [{ host: 'mail.google.com', path: /view=att&th=19c0000000000002&/, count: 1 }],
    },
  },
  {
    name: 'a just-sent message (msg-a): resolved through its Show-original page on the 2nd try, then downloaded byte-exact; ik from GM_ID_KEY',
    state: {
      gmailPage: 'gmail-thread-msg-a.html',
      msgA: { id: 'msg-a:r-8165227245426416640', hex: '19c0000000000003', readyAfter: 2 },
      vars: { HEX: '19a0000000000001', SUBJECT: 'Thread' },
    },
    url: THREAD,
    expect: {
      subject: 'Message 19c0000000000003',
      source: /original download \(byte-exact\)/,
      requests: [
        { host: 'mail.google.com', path: /ik=8f3c2a91be&view=om&permmsgid=msg-a%3Ar-8165227245426416640$/, count: 2 },
        { host: 'mail.google.com', path: /view=att&th=19c0000000000003&/, count: 1 },
      ],
    },
  },
  {
    name: 'a just-sent message whose download is blocked: the Show-original text already fetched is used (no second page request)',
    state: {
      gmailPage: 'gmail-thread-msg-a.html',
      download: 'cors',
      msgA: { id: 'msg-a:r-8165227245426416641', hex: '19c0000000000004', readyAfter: 1 },
      vars: { HEX: '19a0000000000001', SUBJECT: 'Thread' },
    },
    url: THREAD,
    expect: {
      subject: 'Message 19c0000000000004',
      source: /"Show original" page \(text as shown\)/,
      hint: /^The byte-exact download failed \(The browser blocked the download\).*"Download message"/,
      requests: [{ host: 'mail.google.com', path: /view=om/, count: 1 }],
    },
  },
  {
    name: 'the download is blocked on CORS: the Show-original page, with the reason and the byte-exact manual fallback',
    state: { download: 'cors', vars: { HEX: '19c0000000000005', SUBJECT: 'CORS' } },
    url: THREAD,
    expect: {
      subject: 'Message 19c0000000000005',
      source: /"Show original" page \(text as shown\)/,
      hint: /^The byte-exact download failed \(The browser blocked the download\), so this is the text Gmail shows.*⋮ next to Reply → "Download message"/,
      input: { source: 'gmail-show-original' },
      requests: [
        { host: 'mail-attachment.googleusercontent.com', path: /th=19c0000000000005/, count: 1 },
        {
          host: 'mail.google.com',
          path: new RegExp(`view=om&permmsgid=msg-f%3A${hexDec('19c0000000000005')}$`),
          count: 1,
        },
      ],
    },
  },
  {
    name: 'the download answers a web page: the Show-original page (ik from the page) is the fallback',
    state: { download: 'html', vars: { HEX: '19b2000000000001', SUBJECT: 'Fallback' } },
    url: THREAD,
    expect: {
      subject: 'Message 19b2000000000001',
      source: /"Show original" page \(text as shown\)/,
      hint: /Gmail answered with a web page/,
      requests: [
        {
          host: 'mail.google.com',
          path: new RegExp(`ik=8f3c2a91be&view=om&permmsgid=msg-f%3A${hexDec('19b2000000000001')}`),
          count: 1,
        },
      ],
    },
  },
];

/** Gmail failures: each ends in one message with the way forward; the paste box stays. */
export const GMAIL_FAILURES = [
  { name: 'no message open (inbox list)', state: { gmailPage: 'gmail-inbox.html' }, error: /^No message is open\./ },
  {
    name: 'Gmail changed its page (selectors)',
    state: { gmailPage: 'gmail-thread-changed.html' },
    error: /^Gmail's page has changed\./,
  },
  {
    name: 'both ways fail: the download blocked (CORS) and Show original an error — both reasons named',
    state: { download: 'cors', om: 'error' },
    error:
      /^Gmail gave neither the download nor "Show original"\. Both ways of reading the message failed\. Download original: The browser blocked the download\. Show original: Gmail answered with an error \(HTTP 500\)\./,
  },
  {
    name: 'both ways answer a web page',
    state: { download: 'html', om: 'html' },
    error:
      /^Gmail gave neither.*Download original: Gmail answered with a web page\. Show original: Gmail answered with a web page \(no raw_message_text\)\./,
  },
  {
    name: 'both ways answer an error',
    state: { download: 'error', om: 'error' },
    error:
      /Download original: Gmail answered with an error \(HTTP 500\)\. Show original: Gmail answered with an error \(HTTP 500\)\./,
  },
  {
    name: 'a just-sent message Gmail never syncs: three tries, then "still being sent"',
    state: {
      gmailPage: 'gmail-thread-msg-a.html',
      msgA: { id: 'msg-a:r-8165227245426416642', hex: '19c0000000000006', readyAfter: 99 },
      vars: { HEX: '19a0000000000001', SUBJECT: 'Thread' },
    },
    error: /^The message is still being sent\. .*asked 3 times over 3\.5 seconds/,
    requests: [
      { host: 'mail.google.com', path: /permmsgid=msg-a%3Ar-8165227245426416642$/, count: 3 },
      { host: 'mail.google.com', path: /view=att/, count: 0 },
    ],
  },
  { name: 'source over 50 MiB', state: { declareLength: 60 * 1024 * 1024 }, error: /^Message too large\./ },
].map((f) => ({ ...f, url: f.url ?? THREAD, fallback: GMAIL_FALLBACK }));

/**
 * Outlook: the dialog the user opened is read; Outlook itself is never asked for anything. `message` makes the
 * source unique to the scenario (its Subject, and `bodyLines` more body lines); `wholeText`: the analysed text is
 * exactly the source as the dialog shows it (LF line ends), so every line of a virtualised list was read.
 */
export const OUTLOOK_CASES = [
  {
    name: '"View message source" (a pre): the whole message',
    state: { outlookPage: 'outlook-source-dialog.html' },
    message: { subject: 'Source in a pre' },
    url: `https://outlook.office.com/mail/inbox/id/${OUTLOOK_ITEM}`,
    expect: {
      subject: 'Source in a pre',
      source: /Outlook, "View message source"$/,
      input: { source: 'outlook-source', hasBody: true },
    },
  },
  {
    name: '"View message source" rendered one div per line, with a title, a toolbar and a close button in the dialog',
    state: { outlookPage: 'outlook-source-plain-dialog.html' },
    message: { subject: 'Source as divs' },
    url: `https://outlook.cloud.microsoft/mail/inbox/id/${OUTLOOK_CONV}`,
    expect: {
      subject: 'Source as divs',
      source: /"View message source"$/,
      input: { source: 'outlook-source', hasBody: true },
    },
  },
  {
    name: 'Microsoft 365 "View message details": headers only, marked so (input.hasBody false, source outlook-details)',
    state: { outlookPage: 'outlook-details-dialog.html' },
    message: { subject: 'Work account details' },
    url: `https://outlook.office365.com/mail/inbox/id/${OUTLOOK_CONV}`,
    expect: {
      subject: 'Work account details',
      source: /Outlook, "View message details" \(headers only\)/,
      hint: /headers only, so checks that need the body \(the DKIM body hash\) do not run/,
      input: { source: 'outlook-details', hasBody: false },
    },
  },
  {
    name: 'a long source in a virtualised list (rows exist only near the visible area): read to the end',
    state: { outlookPage: 'outlook-source-virtual-dialog.html' },
    message: { subject: 'Long virtualised source', bodyLines: 2000 },
    url: 'https://outlook.live.com/mail/0/inbox/id/' + OUTLOOK_ITEM,
    expect: {
      subject: 'Long virtualised source',
      source: /"View message source"$/,
      input: { source: 'outlook-source', hasBody: true },
      wholeText: true,
    },
  },
];

export const OUTLOOK_FAILURES = [
  {
    name: 'no dialog open: the popup names both menus',
    state: { outlookPage: 'outlook-reading-pane.html' },
    url: `https://outlook.office.com/mail/inbox/id/${OUTLOOK_CONV}`,
    error: /^Open the message source in Outlook\. .*"View message source".*"View message details"/,
    fallback: OUTLOOK_FALLBACK,
  },
];
