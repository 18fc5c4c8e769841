import { setMaxListeners } from 'node:events';
import { LIVE_QUERY_BUDGET } from '../lib/stages/live-stage';

/**
 * The deadline of one message's live checks (security goal G4, docs/security-goals.md) as an AbortSignal. Every DNS
 * question in flight listens to it, and the fetch under it too: up to twice LIVE_QUERY_BUDGET listeners, past Node's
 * default of 10 per signal, which prints a MaxListenersExceededWarning on stderr (Node.js docs, events:
 * "events.setMaxListeners(n[, ...eventTargets])").
 */
export function liveDeadline(seconds: number): AbortSignal {
  const signal = AbortSignal.timeout(seconds * 1000);
  setMaxListeners(2 * LIVE_QUERY_BUDGET + 4, signal);
  return signal;
}
