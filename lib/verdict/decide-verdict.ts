/**
 * decideVerdict: the one answer for a message, in the precedence of the kinds (types.ts): deception first,
 * then mail-system notices, then what authentication says. The perspective is the sender's for notices about
 * mail the reader sent (bounces, reports, receipts, auto-replies) and for one's own sent mail, else the
 * recipient's.
 */
import { trustedForwarding } from '../authresults/forwarding';
import { decideAuthentication } from './authentication';
import { decideDeception } from './deception';
import { readFacts } from './facts';
import { decideMachineNotice } from './machine-notice';
import type { Perspective, Verdict, VerdictInput } from './types';
import { mapList } from '../list/map-list';

export const MAX_HEADLINE = 120;
export const MAX_REASONS = 4;

/** At most `max` characters, cut at a word when possible, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Mail the reader sent: every Received stamp is an authenticated submission and no provider received it from outside. */
function isOwnSentMail(input: VerdictInput): boolean {
  return input.boundary === null && input.hops.length > 0 && input.hops.every((h) => h.authenticated);
}

export function decideVerdict(input: VerdictInput): Verdict {
  const facts = readFacts(input);
  const rec = facts.recorded;
  const forwarded =
    rec !== null && input.auth !== null && trustedForwarding(rec, input.auth.arcChain, facts.listId) !== null;
  const notice = decideMachineNotice(input, facts);
  const decision = decideDeception(input, facts, forwarded) ?? notice ?? decideAuthentication(input, facts);
  const machine = decision.kind === 'bounce' || decision.kind === 'automated';
  const perspective: Perspective =
    machine || (decision.kind !== 'deceptive' && isOwnSentMail(input)) ? 'sender' : 'recipient';
  return {
    kind: decision.kind,
    headline: clip(decision.headline, MAX_HEADLINE),
    reasons: mapList(decision.reasons.slice(0, MAX_REASONS), (r) => ({ text: r.text, findingId: r.findingId })),
    perspective,
  };
}
