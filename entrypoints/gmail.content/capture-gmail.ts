import { gmailAccountPath, isShowOriginalSearch, showOriginalIds } from '../../lib/webmail/gmail-urls';
import { resolveGmailIds } from '../../lib/webmail/gmail-ids';
import { rfc822Gate } from '../../lib/webmail/rfc822-gate';
import type { PageInfo } from '../../lib/webmail/capture-protocol';
import { CaptureFailure } from './capture-failure';
import { fetchGmailSource } from './fetch-source';
import { findThreadMessages } from './find-messages';
import type { CapturedSource, Progress } from './upload-source';

/** The Show-original page's own ids (`permmsgid=msg-f:<n>` or `th=<hex>`). */
function showOriginalSyncId(): string | null {
  const { permmsgid, th } = showOriginalIds(location.search);
  return resolveGmailIds(permmsgid, th)?.syncId ?? null;
}

export function inspectGmail(): PageInfo {
  const account = gmailAccountPath(location.pathname);
  if (isShowOriginalSearch(location.search)) {
    const id = showOriginalSyncId() ?? 'page';
    return { site: 'gmail', account, mode: 'show-original', choices: [{ id, from: '', date: '', expanded: true }], defaultId: id };
  }
  const thread = findThreadMessages();
  if (thread.messages.length === 0) {
    if (thread.unsynced > 0) throw new CaptureFailure('gmail.unsynced');
    if (thread.threadOpen) throw new CaptureFailure('gmail.selectors-changed', `strategy ${thread.strategy}`);
    return { site: 'gmail', account, mode: 'none', choices: [], defaultId: null };
  }
  const choices = thread.messages
    .filter((m) => m.state === 'expanded' || m.ids.syncId === thread.defaultId)
    .map((m) => ({ id: m.ids.syncId, from: m.from, date: m.date, expanded: m.state === 'expanded' }));
  return { site: 'gmail', account, mode: 'thread', choices, defaultId: thread.defaultId };
}

/** Read the source on the Show-original page itself: `pre#raw_message_text`. */
function readShowOriginalPage(account: string): CapturedSource {
  const pre = document.getElementById('raw_message_text') ?? document.querySelector('pre.raw_message_text');
  if (pre === null) throw new CaptureFailure('gmail.selectors-changed', 'no raw_message_text');
  const text = pre.textContent;
  const gate = rfc822Gate(text);
  if (!gate.ok) throw new CaptureFailure(gate.reason === 'too-large' ? 'webmail.too-large' : 'webmail.not-mail', gate.reason);
  return { site: 'gmail', account, messageId: showOriginalSyncId(), via: 'gmail-page', text };
}

export async function captureGmail(messageId: string | null, progress: Progress): Promise<CapturedSource> {
  const account = gmailAccountPath(location.pathname);
  if (isShowOriginalSearch(location.search)) return readShowOriginalPage(account);
  const thread = findThreadMessages();
  if (thread.messages.length === 0) {
    if (thread.unsynced > 0) throw new CaptureFailure('gmail.unsynced');
    throw new CaptureFailure(thread.threadOpen ? 'gmail.selectors-changed' : 'gmail.no-message', thread.threadOpen ? `strategy ${thread.strategy}` : '');
  }
  const wanted = messageId ?? thread.defaultId;
  const target = thread.messages.find((m) => m.ids.syncId === wanted);
  if (target === undefined) throw new CaptureFailure('gmail.no-message', 'the chosen message is no longer open');
  progress('fetch', 0, 0);
  const { text, via } = await fetchGmailSource(location.origin, account, target.ids, progress);
  return { site: 'gmail', account, messageId: target.ids.syncId, via, text };
}
