import { parseSyncMessageId, resolveGmailIds, type ResolvedGmailIds } from '../../lib/webmail/gmail-ids';
import { pickDefaultMessage, viewStateOfClasses, type MessageViewState } from '../../lib/webmail/pick-message';
import { GMAIL } from '../../lib/webmail/gmail-selectors';
import { activeMain, isRendered } from './active-view';

/**
 * Find the messages of the conversation on screen, from DOM attributes (never the URL hash, whose tokens
 * are not message ids), in the visible view only (active-view.ts). Ordered strategies (lib/webmail/
 * gmail-selectors.ts); the one that matched is reported so a Gmail change shows up as such.
 */

export interface FoundMessage {
  /** `msg-f:<n>`, or `msg-a:r…` for a just-sent message Gmail has not synced yet. */
  id: string;
  /** Fetchable ids; null for a `msg-a` message (resolved through its Show-original page). */
  ids: ResolvedGmailIds | null;
  state: MessageViewState;
  node: Element;
  from: string;
  date: string;
}

export type FindStrategy = 'data-message-id' | 'data-legacy-message-id' | 'body-class' | 'none';

export interface FoundThread {
  messages: FoundMessage[];
  defaultId: string | null;
  strategy: FindStrategy;
  /** A conversation is on screen (subject heading), whether or not its messages were found. */
  threadOpen: boolean;
}

const STATE_CLASSES = ['h7', 'kv', 'ky', 'kQ', 'kx'];

function stateOf(node: Element): MessageViewState {
  for (let el: Element | null = node; el !== null && el !== document.body; el = el.parentElement) {
    const classes = Array.from(el.classList);
    if (classes.some((c) => STATE_CLASSES.includes(c))) return viewStateOfClasses(classes) ?? 'expanded';
  }
  // No wrapper class (layout changed): a laid-out body means expanded.
  const body = node.querySelector(GMAIL.messageBody);
  return body !== null && isRendered(body) ? 'expanded' : 'collapsed';
}

function label(node: Element): { from: string; date: string } {
  const sender = node.querySelector(GMAIL.sender) ?? node.querySelector('[email]');
  const from = sender?.getAttribute('name') ?? sender?.textContent ?? '';
  const dateEl = node.querySelector(GMAIL.date);
  const date = dateEl?.getAttribute('title') ?? dateEl?.textContent ?? '';
  const email = sender?.getAttribute('email');
  return { from: (email && from !== email ? `${from} <${email}>` : from).trim().slice(0, 200), date: date.trim().slice(0, 100) };
}

type Read = (el: Element) => { id: string; ids: ResolvedGmailIds | null } | null;

function collect(nodes: Iterable<Element>, read: Read, out: FoundMessage[], seen: Set<string>): void {
  for (const node of nodes) {
    const got = read(node);
    if (got === null || seen.has(got.id)) continue;
    seen.add(got.id);
    out.push({ ...got, state: stateOf(node), node, ...label(node.closest(GMAIL.messageWrapper) ?? node) });
  }
}

/** A node's ids: `msg-f` (and legacy) when fetchable; a lone `msg-a` id is kept for resolution. */
const bySyncId: Read = (el) => {
  const ids = resolveGmailIds(el.getAttribute('data-message-id'), el.getAttribute('data-legacy-message-id'));
  if (ids !== null) return { id: ids.syncId, ids };
  const sync = parseSyncMessageId(el.getAttribute('data-message-id') ?? '');
  return sync?.kind === 'a' ? { id: sync.id, ids: null } : null;
};

export function findThreadMessages(): FoundThread {
  const scope = activeMain();
  if (scope === null) return { messages: [], defaultId: null, strategy: 'none', threadOpen: false };
  const threadOpen = scope.querySelector(GMAIL.threadSubject) !== null;
  const messages: FoundMessage[] = [];
  const seen = new Set<string>();
  let strategy: FindStrategy = 'data-message-id';
  collect(scope.querySelectorAll(GMAIL.messageBySyncId), bySyncId, messages, seen);
  if (messages.length === 0) {
    strategy = 'data-legacy-message-id';
    collect(scope.querySelectorAll(GMAIL.messageByLegacyId), (el) => {
      const ids = resolveGmailIds(null, el.getAttribute('data-legacy-message-id'));
      return ids === null ? null : { id: ids.syncId, ids };
    }, messages, seen);
  }
  if (messages.length === 0) {
    // Older Gmail: the body element's class names the legacy id (`.a3s.m<hex>`), InboxSDK's fallback.
    strategy = 'body-class';
    collect(scope.querySelectorAll(GMAIL.messageBody), (el) => {
      const cls = Array.from(el.classList).find((c) => /^m[0-9a-f]{12,16}$/.test(c));
      const ids = cls === undefined ? null : resolveGmailIds(null, cls.slice(1));
      return ids === null ? null : { id: ids.syncId, ids };
    }, messages, seen);
  }
  if (messages.length === 0) strategy = 'none';
  const defaultId = pickDefaultMessage(messages.map((m) => ({ id: m.id, state: m.state })));
  return { messages, defaultId, strategy, threadOpen };
}
