import type { WebmailSite } from './sites';

/**
 * Every way a one-click capture can fail, as a stable code with a plain-words message and the fallback
 * the user can take right now. The popup shows these instead of a blank page.
 */
export const CAPTURE_ERROR_CODES = [
  'webmail.unsupported-page',
  'webmail.no-access',
  'webmail.no-content-script',
  'webmail.not-mail',
  'webmail.too-large',
  'webmail.network',
  'webmail.upload-failed',
  'webmail.analysis-failed',
  'gmail.no-message',
  'gmail.selectors-changed',
  'gmail.unsynced',
  'gmail.not-signed-in',
  'gmail.no-ik',
  'gmail.download-blocked',
  'gmail.endpoint-html',
  'gmail.endpoint-error',
  'gmail.both-failed',
  'outlook.open-source-dialog',
  'outlook.dialog-incomplete',
] as const;

export type CaptureErrorCode = (typeof CAPTURE_ERROR_CODES)[number];

export function isCaptureErrorCode(x: unknown): x is CaptureErrorCode {
  return typeof x === 'string' && (CAPTURE_ERROR_CODES as readonly string[]).includes(x);
}

/** Which way of reading the source failed, when a capture tried more than one. */
export type CapturePath = 'download' | 'show-original';

/** One failed way, kept so that "both failed" can say how each one failed. */
export interface CaptureCause {
  path: CapturePath;
  code: CaptureErrorCode;
  detail: string;
}

export interface CaptureErrorText {
  code: CaptureErrorCode;
  title: string;
  /** What happened, in plain words (may include a short detail such as an HTTP status). */
  message: string;
  /** What to do now. */
  fallback: string;
}

const FALLBACK: Record<WebmailSite | 'any', string> = {
  gmail:
    'Open "Show original" (⋮ next to Reply → Show original) and click the headerscope icon again. For a byte-exact copy, ⋮ → "Download message" saves the .eml: open it here. Or paste the headers below.',
  outlook:
    'Open the source in Outlook (… More actions → View → View message source; Microsoft 365 work accounts: View → View message details, headers only) and click the headerscope icon again, or paste the headers below.',
  any: 'Paste the message source or its headers below, or open an .eml file.',
};

const TEXT: Record<CaptureErrorCode, [title: string, message: string]> = {
  'webmail.unsupported-page': ['Not a Gmail or Outlook page', 'One-click capture works on mail.google.com and Outlook on the web (outlook.office.com, outlook.cloud.microsoft, outlook.office365.com, outlook.live.com).'],
  'webmail.no-access': ['No access to this site', 'headerscope is not allowed to read this site (site access was switched off).'],
  'webmail.no-content-script': ['The page is not ready', 'headerscope could not talk to this tab. Reload the tab and try again.'],
  'webmail.not-mail': ['That is not a message source', 'The text found on the page does not start with mail headers.'],
  'webmail.too-large': ['Message too large', 'The source is larger than 50 MiB, the most headerscope reads.'],
  'webmail.network': ['The request failed', 'The mail site did not answer.'],
  'webmail.upload-failed': ['The extension was interrupted', 'The source could not be handed to the extension (it may have been updated or restarted).'],
  'webmail.analysis-failed': ['Analysis failed', 'The source was read but could not be analysed.'],
  'gmail.no-message': ['No message is open', 'Open the message in Gmail (not just the inbox list) and click the icon again.'],
  'gmail.selectors-changed': ["Gmail's page has changed", 'A conversation is open but headerscope could not find its messages: Gmail may have changed its page.'],
  'gmail.unsynced': ['The message is still being sent', 'Gmail has not given this just-sent message its final id yet (asked 3 times over 3.5 seconds). Wait a few seconds and click again.'],
  'gmail.not-signed-in': ['Gmail wants you to sign in again', 'Gmail answered with its sign-in page instead of the message.'],
  'gmail.no-ik': ["Gmail's page has changed", 'The page does not carry the account key the "Show original" address needs.'],
  'gmail.download-blocked': ['The browser blocked the download', "Gmail's download answered from mail-attachment.googleusercontent.com without allowing this page to read it (CORS), or redirected to a sign-in page."],
  'gmail.endpoint-html': ['Gmail answered with a web page', 'Gmail returned a page instead of the message source.'],
  'gmail.endpoint-error': ['Gmail answered with an error', 'Gmail could not return the message source.'],
  'gmail.both-failed': ['Gmail gave neither the download nor "Show original"', 'Both ways of reading the message failed.'],
  'outlook.dialog-incomplete': ['The dialog could not be read to the end', 'Outlook shows the source in a scrolling list, and headerscope could not read every line of it. Nothing was analysed, so that no check runs on a partial message.'],
  'outlook.open-source-dialog': ['Open the message source in Outlook', 'Outlook on the web shows the source in a dialog: "View message source" (Outlook.com and the new Outlook: the whole message) or "View message details" (Microsoft 365 work accounts: the headers only). headerscope reads it from there when you click the icon.'],
};

const PATH_NAME: Record<CapturePath, string> = { download: 'Download original', 'show-original': 'Show original' };

function siteFallback(code: CaptureErrorCode, site: WebmailSite | null): string {
  if (code === 'webmail.unsupported-page') return FALLBACK.any;
  if (code.startsWith('gmail.')) return FALLBACK.gmail;
  if (code.startsWith('outlook.')) return FALLBACK.outlook;
  return FALLBACK[site ?? 'any'];
}

function withDetail(text: string, detail: string | undefined): string {
  return detail !== undefined && detail !== '' ? `${text} (${detail.slice(0, 120)})` : text;
}

/**
 * The words for a code. `detail` (e.g. "HTTP 500") is appended to the message, capped. `causes` (at most
 * two) say how each way failed when several were tried, e.g. "Download original: ... Show original: ...".
 */
export function describeCaptureError(code: CaptureErrorCode, site: WebmailSite | null, detail?: string, causes: readonly CaptureCause[] = []): CaptureErrorText {
  const [title, message] = TEXT[code];
  const each = causes.slice(0, 2).map((c) => `${PATH_NAME[c.path]}: ${withDetail(TEXT[c.code][0], c.detail)}.`);
  const text = [withDetail(message, detail), ...each].join(' ');
  return { code, title, message: text, fallback: siteFallback(code, site) };
}

/**
 * The line under "Source:" when the report came from a fallback: which way failed first and how to get the
 * byte-exact copy by hand; or, for Outlook's headers-only dialog, what that means. Null: nothing to add.
 */
export function describeCaptureSource(via: string | null, causes: readonly CaptureCause[]): string | null {
  const download = causes.find((c) => c.path === 'download');
  if (download !== undefined) {
    return `The byte-exact download failed (${withDetail(TEXT[download.code][0], download.detail)}), so this is the text Gmail shows; DKIM body checks may differ from the original. For a byte-exact copy: ⋮ next to Reply → "Download message", then open the .eml here.`;
  }
  if (via === 'outlook-details') {
    return 'Outlook showed the headers only, so checks that need the body (the DKIM body hash) do not run. For the whole message, open "View message source" where your account has it, or save the message as an .eml file from Outlook and open it here.';
  }
  return null;
}
