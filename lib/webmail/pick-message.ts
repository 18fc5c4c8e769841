/**
 * Which message of a conversation the user is looking at. Gmail shows each message expanded, collapsed
 * (a one-line summary) or hidden (folded into "N older messages"), InboxSDK `getViewState`: classes
 * `h7` expanded, `kv`/`ky` collapsed, `kQ`/`kx` hidden. Default: the last expanded message (the newest
 * one the user opened); when several are expanded the popup offers the others too.
 */

export type MessageViewState = 'expanded' | 'collapsed' | 'hidden';

export interface ThreadMessage {
  id: string;
  state: MessageViewState;
}

export function viewStateOfClasses(classes: readonly string[]): MessageViewState | null {
  if (classes.includes('kQ') || classes.includes('kx')) return 'hidden';
  if (classes.includes('kv') || classes.includes('ky')) return 'collapsed';
  if (classes.includes('h7')) return 'expanded';
  return null;
}

/** The id to analyse by default: the last expanded message, else the last message; null for none. */
export function pickDefaultMessage(messages: readonly ThreadMessage[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.state === 'expanded') return m.id;
  }
  return messages[messages.length - 1]?.id ?? null;
}
