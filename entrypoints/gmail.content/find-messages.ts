import { resolveGmailIds, type ResolvedGmailIds } from '../../lib/webmail/gmail-ids';
import { pickDefaultMessage, viewStateOfClasses, type MessageViewState } from '../../lib/webmail/pick-message';

/**
 * Find the messages of the open Gmail conversation, from DOM attributes (never the URL hash, whose
 * tokens are not message ids). Modelled on Gmail as of 2025 (tests/fixtures/dom/gmail-thread-*.html):
 * each message sits in a `div.h7` (expanded) / `div.kv` (collapsed) / `div.kQ` (hidden) wrapper and
 * carries `data-message-id="#msg-f:<n>"` and `data-legacy-message-id="<hex>"` on its `.adn`/`.adf` node.
 * Ordered strategies; the one that matched is reported so a Gmail change shows up as such.
 */

export interface FoundMessage {
  ids: ResolvedGmailIds;
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
  /** A conversation is on screen (subject / thread id), whether or not its messages were found. */
  threadOpen: boolean;
  /** Messages with a local id only (just sent, not synced). */
  unsynced: number;
}

const STATE_CLASSES = ['h7', 'kv', 'ky', 'kQ', 'kx'];

function stateOf(node: Element): MessageViewState {
  for (let el: Element | null = node; el !== null && el !== document.body; el = el.parentElement) {
    const classes = Array.from(el.classList);
    if (classes.some((c) => STATE_CLASSES.includes(c))) return viewStateOfClasses(classes) ?? 'expanded';
  }
  // No wrapper class (layout changed): a laid-out body means expanded.
  const body = node.querySelector('.a3s, .ii.gt');
  return body instanceof HTMLElement && body.offsetParent !== null ? 'expanded' : 'collapsed';
}

function label(node: Element): { from: string; date: string } {
  const sender = node.querySelector('h3.iw span[email], span.gD[email], td.gF span[email], [email]');
  const from = sender?.getAttribute('name') ?? sender?.textContent ?? '';
  const dateEl = node.querySelector('.g3[title], span.g3');
  const date = dateEl?.getAttribute('title') ?? dateEl?.textContent ?? '';
  const email = sender?.getAttribute('email');
  return { from: (email && from !== email ? `${from} <${email}>` : from).trim().slice(0, 200), date: date.trim().slice(0, 100) };
}

function root(): ParentNode {
  return document.querySelector('div[role="main"]') ?? document;
}

function collect(nodes: Iterable<Element>, read: (el: Element) => ResolvedGmailIds | null, out: FoundMessage[], seen: Set<string>): number {
  let unsynced = 0;
  for (const node of nodes) {
    const ids = read(node);
    if (ids === null) {
      if (node.getAttribute('data-message-id')?.includes('msg-a:')) unsynced++;
      continue;
    }
    if (seen.has(ids.syncId)) continue;
    seen.add(ids.syncId);
    out.push({ ids, state: stateOf(node), node, ...label(node.closest('.h7, .kv, .ky, .kQ, .kx, .adn, .adf') ?? node) });
  }
  return unsynced;
}

export function findThreadMessages(): FoundThread {
  const scope = root();
  // The conversation's subject heading (list rows carry thread ids too, so only an h2 counts).
  const threadOpen = scope.querySelector('h2.hP, h2[data-thread-perm-id], h2[data-legacy-thread-id]') !== null;
  const messages: FoundMessage[] = [];
  const seen = new Set<string>();
  let strategy: FindStrategy = 'data-message-id';
  let unsynced = collect(
    scope.querySelectorAll('[data-message-id]'),
    (el) => resolveGmailIds(el.getAttribute('data-message-id'), el.getAttribute('data-legacy-message-id')),
    messages,
    seen,
  );
  if (messages.length === 0) {
    strategy = 'data-legacy-message-id';
    unsynced += collect(scope.querySelectorAll('[data-legacy-message-id]'), (el) => resolveGmailIds(null, el.getAttribute('data-legacy-message-id')), messages, seen);
  }
  if (messages.length === 0) {
    // Older Gmail: the body element's class names the legacy id (`.ii.gt` > `.a3s.m<hex>`), InboxSDK fallback.
    strategy = 'body-class';
    const bodies = scope.querySelectorAll('.ii.gt .a3s, .ii.gt > div');
    collect(bodies, (el) => {
      const cls = Array.from(el.classList).find((c) => /^m[0-9a-f]{12,16}$/.test(c));
      return cls === undefined ? null : resolveGmailIds(null, cls.slice(1));
    }, messages, seen);
  }
  if (messages.length === 0) strategy = 'none';
  const defaultId = pickDefaultMessage(messages.map((m) => ({ id: m.ids.syncId, state: m.state })));
  return { messages, defaultId, strategy, threadOpen, unsynced };
}
