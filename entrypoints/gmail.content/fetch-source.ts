import { gmailDownloadUrl, gmailShowOriginalUrl } from '../../lib/webmail/gmail-urls';
import { extractIk } from '../../lib/webmail/gmail-ik';
import { extractRawMessageText } from '../../lib/webmail/show-original-html';
import { rfc822Gate } from '../../lib/webmail/rfc822-gate';
import { sourceBytesToText } from '../../lib/webmail/source-text';
import type { ResolvedGmailIds } from '../../lib/webmail/gmail-ids';
import type { CaptureVia } from '../../lib/webmail/upload-protocol';
import { CaptureFailure } from './capture-failure';
import { readBodyBytes } from './read-body';
import type { Progress } from './upload-source';

/**
 * Fetch one message's raw source from Gmail, same-origin with the user's own session (content scripts
 * fetch as the page, NOTES-WEBMAIL-DNS §1.5). First the byte-exact download (DKIM fidelity), then, only
 * if that fails, the Show-original page. At most these two requests, only when the user asked.
 */

function checkGate(text: string, htmlCode: 'gmail.endpoint-html'): string {
  const gate = rfc822Gate(text);
  if (gate.ok) return text;
  if (gate.reason === 'too-large') throw new CaptureFailure('webmail.too-large');
  if (gate.reason === 'html') throw new CaptureFailure(htmlCode);
  throw new CaptureFailure('webmail.not-mail', gate.reason);
}

async function get(url: string, redirect: RequestRedirect, cache: RequestCache): Promise<Response> {
  try {
    // Default credentials ('same-origin'): cookies go to mail.google.com only, not to the redirect target.
    return await fetch(url, { cache, redirect });
  } catch {
    // A redirect to the sign-in page (no CORS there) or no network.
    throw new CaptureFailure('webmail.network');
  }
}

async function viaDownload(origin: string, account: string, ids: ResolvedGmailIds, progress: Progress): Promise<string> {
  const buster = `${String(Date.now())}${String(Math.floor(Math.random() * 1000))}`;
  // The cache-buster keeps the cross-origin hop fresh (no `cache` option: that would add request headers).
  const resp = await get(gmailDownloadUrl(origin, account, ids.legacyHex, buster), 'follow', 'default');
  if (!resp.ok) throw new CaptureFailure('gmail.endpoint-error', `HTTP ${String(resp.status)}`);
  const bytes = await readBodyBytes(resp, progress);
  return checkGate(sourceBytesToText(bytes), 'gmail.endpoint-html');
}

/** `ik` from Gmail's inline scripts (GLOBALS[9] or _GM_setData), read only when needed. */
export function findIk(): string | null {
  for (const s of Array.from(document.scripts)) {
    if (s.src !== '') continue;
    const t = s.text;
    if (!t.includes('GLOBALS') && !t.includes('_GM_setData')) continue;
    const ik = extractIk(t);
    if (ik !== null) return ik;
  }
  return null;
}

async function viaShowOriginal(origin: string, account: string, ids: ResolvedGmailIds, progress: Progress): Promise<string> {
  const ik = findIk();
  if (ik === null) throw new CaptureFailure('gmail.selectors-changed', 'no ik on the page');
  const resp = await get(gmailShowOriginalUrl(origin, account, ik, ids.syncId), 'manual', 'no-store');
  // A redirect here is Gmail sending us to its sign-in page.
  if (resp.type === 'opaqueredirect' || resp.status === 401) throw new CaptureFailure('gmail.not-signed-in');
  if (!resp.ok) throw new CaptureFailure('gmail.endpoint-error', `HTTP ${String(resp.status)}`);
  const html = sourceBytesToText(await readBodyBytes(resp, progress));
  const text = extractRawMessageText(html);
  if (text === null) throw new CaptureFailure('gmail.endpoint-html', 'no raw_message_text');
  return checkGate(text, 'gmail.endpoint-html');
}

/** Download first; on failure the Show-original page. The more telling of the two errors is reported. */
export async function fetchGmailSource(
  origin: string,
  account: string,
  ids: ResolvedGmailIds,
  progress: Progress,
): Promise<{ text: string; via: CaptureVia }> {
  try {
    return { text: await viaDownload(origin, account, ids, progress), via: 'gmail-download' };
  } catch (first) {
    if (first instanceof CaptureFailure && first.code === 'webmail.too-large') throw first;
    try {
      return { text: await viaShowOriginal(origin, account, ids, progress), via: 'gmail-show-original' };
    } catch (second) {
      if (second instanceof CaptureFailure && (second.code === 'gmail.not-signed-in' || second.code === 'webmail.too-large')) throw second;
      throw first;
    }
  }
}
