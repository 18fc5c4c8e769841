import { gmailAccountPath, isShowOriginalSearch, showOriginalIds } from '../../lib/webmail/gmail-urls';
import { resolveGmailIds } from '../../lib/webmail/gmail-ids';
import { rfc822Gate } from '../../lib/webmail/rfc822-gate';
import { GMAIL } from '../../lib/webmail/gmail-selectors';
import type { PageInfo } from '../../lib/webmail/capture-protocol';
import { CaptureFailure } from './capture-failure';
import { fetchGmailSource } from './fetch-source';
import { findThreadMessages, type FoundThread } from './find-messages';
import type { CapturedSource, Progress } from './upload-source';

/** The Show-original page's own ids (`permmsgid=msg-f:<n>` or `th=<hex>`). */
function showOriginalSyncId(): string | null {
  const { permmsgid, th } = showOriginalIds(location.search);
  return resolveGmailIds(permmsgid, th)?.syncId ?? null;
}

/** No message found: say why (nothing open, or a conversation whose messages the selectors no longer find). */
function nothingFound(thread: FoundThread): CaptureFailure {
  return thread.threadOpen ? new CaptureFailure('gmail.selectors-changed', `strategy ${thread.strategy}`) : new CaptureFailure('gmail.no-message');
}

export function inspectGmail(): PageInfo {
  const account = gmailAccountPath(location.pathname);
  if (isShowOriginalSearch(location.search)) {
    const id = showOriginalSyncId() ?? 'page';
    return { site: 'gmail', account, mode: 'show-original', choices: [{ id, from: '', date: '', expanded: true }], defaultId: id };
  }
  const thread = findThreadMessages();
  if (thread.messages.length === 0) {
    if (thread.threadOpen) throw nothingFound(thread);
    return { site: 'gmail', account, mode: 'none', choices: [], defaultId: null };
  }
  const choices = thread.messages
    .filter((m) => m.state === 'expanded' || m.id === thread.defaultId)
    .map((m) => ({ id: m.id, from: m.from, date: m.date, expanded: m.state === 'expanded' }));
  return { site: 'gmail', account, mode: 'thread', choices, defaultId: thread.defaultId };
}

/** Read the source on the Show-original page itself: `pre#raw_message_text`. */
function readShowOriginalPage(account: string): CapturedSource {
  const pre = document.querySelector(GMAIL.rawMessageText);
  if (pre === null) throw new CaptureFailure('gmail.selectors-changed', 'no raw_message_text');
  const text = pre.textContent;
  const gate = rfc822Gate(text);
  if (!gate.ok) throw new CaptureFailure(gate.reason === 'too-large' ? 'webmail.too-large' : 'webmail.not-mail', gate.reason);
  return { site: 'gmail', account, messageId: showOriginalSyncId(), via: 'gmail-page', text, causes: [] };
}

export async function captureGmail(messageId: string | null, progress: Progress): Promise<CapturedSource> {
  const account = gmailAccountPath(location.pathname);
  if (isShowOriginalSearch(location.search)) return readShowOriginalPage(account);
  const thread = findThreadMessages();
  if (thread.messages.length === 0) throw nothingFound(thread);
  const wanted = messageId ?? thread.defaultId;
  const target = thread.messages.find((m) => m.id === wanted);
  if (target === undefined) throw new CaptureFailure('gmail.no-message', 'the chosen message is no longer open');
  progress('fetch', 0, 0);
  const got = await fetchGmailSource(location.origin, account, target, progress);
  return { site: 'gmail', account, messageId: got.ids?.syncId ?? null, via: got.via, text: got.text, causes: got.causes };
}
