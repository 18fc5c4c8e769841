import type { WebmailSite } from './sites';

/**
 * Every way a one-click capture can fail, as a stable code with a plain-words message and the fallback
 * the user can take right now. The popup shows these instead of a blank page (issue 8 §4).
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
  'gmail.endpoint-html',
  'gmail.endpoint-error',
  'outlook.open-source-dialog',
  'outlook.conversation-id',
  'outlook.no-canary',
  'outlook.service-refused',
  'outlook.service-error',
  'outlook.service-shape',
] as const;

export type CaptureErrorCode = (typeof CAPTURE_ERROR_CODES)[number];

export function isCaptureErrorCode(x: unknown): x is CaptureErrorCode {
  return typeof x === 'string' && (CAPTURE_ERROR_CODES as readonly string[]).includes(x);
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
  gmail: 'Open "Show original" (⋮ next to Reply → Show original) and click the headerscope icon again, or paste the headers below.',
  outlook: 'Open "View message source" (… More actions → View → View message source) and click the headerscope icon again, or paste the headers below.',
  any: 'Paste the message source or its headers below, or open an .eml file.',
};

const TEXT: Record<CaptureErrorCode, [title: string, message: string]> = {
  'webmail.unsupported-page': ['Not a Gmail or Outlook page', 'One-click capture works on mail.google.com, outlook.office.com, outlook.office365.com and outlook.live.com.'],
  'webmail.no-access': ['No access to this site', 'headerscope is not allowed to read this site (site access was switched off).'],
  'webmail.no-content-script': ['The page is not ready', 'headerscope could not talk to this tab. Reload the tab and try again.'],
  'webmail.not-mail': ['That is not a message source', 'The text found on the page does not start with mail headers.'],
  'webmail.too-large': ['Message too large', 'The source is larger than 50 MiB, the most headerscope reads.'],
  'webmail.network': ['The request failed', 'The mail site did not answer.'],
  'webmail.upload-failed': ['The extension was interrupted', 'The source could not be handed to the extension (it may have been updated or restarted).'],
  'webmail.analysis-failed': ['Analysis failed', 'The source was read but could not be analysed.'],
  'gmail.no-message': ['No message is open', 'Open the message in Gmail (not just the inbox list) and click the icon again.'],
  'gmail.selectors-changed': ["Gmail's page has changed", 'A conversation is open but headerscope could not find its messages: Gmail may have changed its page.'],
  'gmail.unsynced': ['The message is still being sent', 'Gmail has not given this message its final id yet. Wait a few seconds and try again.'],
  'gmail.not-signed-in': ['Gmail wants you to sign in again', 'Gmail answered with its sign-in page instead of the message.'],
  'gmail.endpoint-html': ['Gmail answered with a web page', 'Gmail returned a page instead of the message source.'],
  'gmail.endpoint-error': ['Gmail answered with an error', 'Gmail could not return the message source.'],
  'outlook.open-source-dialog': ['Open the message source in Outlook', 'Outlook on the web shows the full source in a dialog. headerscope reads it from there when you click the icon.'],
  'outlook.conversation-id': ['Outlook shows a conversation', 'The address names a conversation, not one message, so the source cannot be fetched directly.'],
  'outlook.no-canary': ['Outlook did not provide its session value', 'The page has no X-OWA-CANARY value to send with the request.'],
  'outlook.service-refused': ['Outlook refused the request', 'The session may have expired, or this account needs a sign-in token headerscope does not use.'],
  'outlook.service-error': ['Outlook answered with an error', 'Outlook could not return the message source.'],
  'outlook.service-shape': ['Outlook answered unexpectedly', 'The answer did not contain the message source: Outlook may have changed its service.'],
};

function siteFallback(code: CaptureErrorCode, site: WebmailSite | null): string {
  if (code === 'webmail.unsupported-page') return FALLBACK.any;
  if (code.startsWith('gmail.')) return FALLBACK.gmail;
  if (code.startsWith('outlook.')) return FALLBACK.outlook;
  return FALLBACK[site ?? 'any'];
}

/** The words for a code. `detail` (e.g. "HTTP 500") is appended to the message, capped. */
export function describeCaptureError(code: CaptureErrorCode, site: WebmailSite | null, detail?: string): CaptureErrorText {
  const [title, message] = TEXT[code];
  const extra = detail !== undefined && detail !== '' ? ` (${detail.slice(0, 120)})` : '';
  return { code, title, message: message + extra, fallback: siteFallback(code, site) };
}
