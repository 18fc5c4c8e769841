import { gmailDownloadUrl, gmailShowOriginalUrl } from '../../lib/webmail/gmail-urls';
import { extractRawMessageText, legacyIdFromShowOriginal } from '../../lib/webmail/show-original-html';
import { rfc822Gate } from '../../lib/webmail/rfc822-gate';
import { sourceBytesToText } from '../../lib/webmail/source-text';
import { MSG_A_TRY_DELAYS_MS, resolveGmailIds, type ResolvedGmailIds } from '../../lib/webmail/gmail-ids';
import type { CaptureCause, CaptureErrorCode } from '../../lib/webmail/capture-errors';
import type { CaptureVia } from '../../lib/webmail/upload-protocol';
import { CaptureFailure, failureOf } from './capture-failure';
import { readBodyBytes } from './read-body';
import { findIk } from './find-ik';
import type { Progress } from './upload-source';

/**
 * Fetch one message's raw source from Gmail, same-origin with the user's own session (content scripts fetch
 * as the page: Chrome's "Cross-origin network requests" page for extensions; InboxSDK does the same), only when the user asked. First the byte-exact download (DKIM
 * fidelity); when it fails for any reason (the browser blocking the cross-origin hop to
 * mail-attachment.googleusercontent.com on CORS included) the Show-original page, from this same script:
 * no extra permission, no background request (ARCHITECTURE.md "Choices": why not the worker). When both fail,
 * both reasons are reported.
 */

export interface FetchedSource {
  text: string;
  via: CaptureVia;
  /** The message's ids (a just-sent message's as resolved); null when the page did not name them. */
  ids: ResolvedGmailIds | null;
  /** The ways that failed before the one that worked. */
  causes: CaptureCause[];
}

async function get(url: string, redirect: RequestRedirect, cache: RequestCache, thrown: CaptureErrorCode): Promise<Response> {
  try {
    // Default credentials ('same-origin'): cookies go to mail.google.com only, not to the redirect target.
    return await fetch(url, { cache, redirect });
  } catch {
    // A CORS refusal, a redirect to the sign-in page (no CORS there) or no network: fetch cannot tell them apart.
    throw new CaptureFailure(navigator.onLine ? thrown : 'webmail.network');
  }
}

function gated(text: string): string {
  const gate = rfc822Gate(text);
  if (gate.ok) return text;
  if (gate.reason === 'too-large') throw new CaptureFailure('webmail.too-large');
  if (gate.reason === 'html') throw new CaptureFailure('gmail.endpoint-html');
  throw new CaptureFailure('webmail.not-mail', gate.reason);
}

async function viaDownload(origin: string, account: string, legacyHex: string, progress: Progress): Promise<string> {
  const buster = `${String(Date.now())}${String(Math.floor(Math.random() * 1000))}`;
  // The cache-buster keeps the cross-origin hop fresh (no `cache` option: that would add request headers).
  const resp = await get(gmailDownloadUrl(origin, account, legacyHex, buster), 'follow', 'default', 'gmail.download-blocked');
  if (!resp.ok) throw new CaptureFailure('gmail.endpoint-error', `HTTP ${String(resp.status)}`);
  return gated(sourceBytesToText(await readBodyBytes(resp, progress)));
}

/** The Show-original page's HTML for `permmsgid` (a `msg-f:` or `msg-a:` id). */
async function showOriginalHtml(origin: string, account: string, permmsgid: string, progress: Progress): Promise<string> {
  const ik = findIk();
  if (ik === null) throw new CaptureFailure('gmail.no-ik');
  const resp = await get(gmailShowOriginalUrl(origin, account, ik, permmsgid), 'manual', 'no-store', 'webmail.network');
  // A redirect here is Gmail sending us to its sign-in page.
  if (resp.type === 'opaqueredirect' || resp.status === 401) throw new CaptureFailure('gmail.not-signed-in');
  if (!resp.ok) throw new CaptureFailure('gmail.endpoint-error', `HTTP ${String(resp.status)}`);
  return sourceBytesToText(await readBodyBytes(resp, progress));
}

function sourceOfPage(html: string): string {
  const text = extractRawMessageText(html);
  if (text === null) throw new CaptureFailure('gmail.endpoint-html', 'no raw_message_text');
  return gated(text);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A just-sent message (`msg-a:` id, no legacy id): its Show-original page, once Gmail has synced it, shows
 * the source and links the download by the server's id. Three tries within the click (MSG_A_TRY_DELAYS_MS);
 * a sign-in page or an oversized source ends it at once.
 */
async function resolveJustSent(origin: string, account: string, localId: string, progress: Progress): Promise<{ ids: ResolvedGmailIds | null; text: string }> {
  let last: CaptureFailure | null = null;
  for (const wait of MSG_A_TRY_DELAYS_MS) {
    await sleep(wait);
    try {
      const html = await showOriginalHtml(origin, account, localId, progress);
      const text = sourceOfPage(html);
      return { ids: resolveGmailIds(null, legacyIdFromShowOriginal(html)), text };
    } catch (e) {
      last = failureOf(e);
      if (last.code === 'gmail.not-signed-in' || last.code === 'webmail.too-large' || last.code === 'gmail.no-ik') throw last;
    }
  }
  throw new CaptureFailure('gmail.unsynced', last === null ? '' : last.detail || last.code);
}

const FINAL: readonly CaptureErrorCode[] = ['gmail.not-signed-in', 'webmail.too-large'];

/** Download first; on failure the Show-original page (already in hand for a just-sent message). */
export async function fetchGmailSource(
  origin: string,
  account: string,
  target: { id: string; ids: ResolvedGmailIds | null },
  progress: Progress,
): Promise<FetchedSource> {
  let ids = target.ids;
  let shown: string | null = null;
  if (ids === null) {
    const resolved = await resolveJustSent(origin, account, target.id, progress);
    ids = resolved.ids;
    shown = resolved.text;
    if (ids === null) return { text: shown, via: 'gmail-show-original', ids: null, causes: [] };
  }
  let first: CaptureFailure;
  try {
    return { text: await viaDownload(origin, account, ids.legacyHex, progress), via: 'gmail-download', ids, causes: [] };
  } catch (e) {
    first = failureOf(e);
    if (FINAL.includes(first.code)) throw first;
  }
  const causes = [first.as('download')];
  if (shown !== null) return { text: shown, via: 'gmail-show-original', ids, causes };
  try {
    return { text: sourceOfPage(await showOriginalHtml(origin, account, ids.syncId, progress)), via: 'gmail-show-original', ids, causes };
  } catch (e) {
    const second = failureOf(e);
    if (FINAL.includes(second.code)) throw second;
    throw new CaptureFailure('gmail.both-failed', '', [...causes, second.as('show-original')]);
  }
}
