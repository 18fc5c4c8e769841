/**
 * `bounce` and `automated`: mail-system messages about mail the reader sent. A delivery report (RFC 3464) or a
 * server's free-text bounce that lists a failed or delayed recipient is a bounce, its headline the reason;
 * feedback reports (RFC 5965), success reports, read receipts (RFC 8098) and auto-replies (RFC 3834) are
 * automated notices.
 */
import { permanenceSentence, reasonPhrase } from '../bounce/recipient-sentence';
import type { BounceRecipient } from '../bounce/types';
import { linked, type Facts } from './facts';
import type { Decision, VerdictInput, VerdictReason } from './types';
import { mapList } from '../list/map-list';

const NOT_FAILURES = new Set(['delivered', 'vacation', 'feedback']);

function failedOrDelayed(r: BounceRecipient): boolean {
  if (NOT_FAILURES.has(r.reason)) return false;
  return r.action === null || r.action === 'failed' || r.action === 'delayed';
}

function isDelay(r: BounceRecipient): boolean {
  return !r.permanent && r.action !== 'failed';
}

function recipientReason(r: BounceRecipient, facts: Facts): VerdictReason {
  const codes = [r.replyCode, r.status].filter((c) => c !== null).join(' ');
  return {
    text: `${r.address ?? 'A recipient'}${codes === '' ? '' : ` (${codes})`}: ${reasonPhrase(r.reason)}. ${permanenceSentence(r)}`,
    findingId: linked(facts, 'bounce.failed'),
  };
}

function bounceDecision(failed: readonly BounceRecipient[], facts: Facts): Decision {
  const first = failed[0];
  const who = first?.address ?? 'a recipient';
  const more = failed.length > 1 ? ` (and ${String(failed.length - 1)} more)` : '';
  const headline =
    first === undefined
      ? 'Your message was not delivered'
      : isDelay(first)
        ? `Delayed: not yet delivered to ${who}${more}: ${reasonPhrase(first.reason)}`
        : `Not delivered to ${who}${more}: ${reasonPhrase(first.reason)}`;
  return { kind: 'bounce', headline, reasons: mapList(failed.slice(0, 4), (r) => recipientReason(r, facts)) };
}

export function decideMachineNotice(input: VerdictInput, facts: Facts): Decision | null {
  const b = input.bounce;
  if (b !== null) {
    if (b.kind === 'arf') {
      const type = b.feedbackType ?? 'abuse';
      return {
        kind: 'automated',
        headline: `Feedback report (${type}): a recipient or their provider reported a message sent from your side`,
        reasons: [
          {
            text: `A feedback report (RFC 5965) of type "${type}"${b.reportingMta ? ` from ${b.reportingMta}` : ''}: it is about a message you or your service sent.`,
            findingId: null,
          },
        ],
      };
    }
    if (b.kind === 'autoreply') {
      const who = b.recipients[0]?.address ?? facts.fromAddress ?? 'the recipient';
      return {
        kind: 'automated',
        headline: `Auto-reply from ${who}: your message was delivered; the recipient is away or answers automatically`,
        reasons: [
          {
            text: 'An automatic reply (RFC 3834: Auto-Submitted or an out-of-office), not a failure: your message reached the mailbox.',
            findingId: null,
          },
        ],
      };
    }
    const failed = b.recipients.filter(failedOrDelayed);
    if (failed.length > 0) return bounceDecision(failed, facts);
    const who = b.recipients[0]?.address ?? 'the recipient';
    return {
      kind: 'automated',
      headline: `Delivery report: your message was delivered to ${who}`,
      reasons: [
        {
          text: 'A delivery status notification that reports success (RFC 3464 action "delivered" or "relayed"), not a failure.',
          findingId: linked(facts, 'bounce.delivered'),
        },
      ],
    };
  }
  if (input.notice === 'read-receipt') {
    return {
      kind: 'automated',
      headline: `Read receipt from ${facts.fromAddress ?? 'the recipient'}: your message was displayed or handled`,
      reasons: [
        {
          text: "A disposition notification (RFC 8098) sent by the recipient's mail program; nothing failed.",
          findingId: linked(facts, 'bounce.read-receipt'),
        },
      ],
    };
  }
  if (input.notice === 'delivery-success') {
    return {
      kind: 'automated',
      headline: 'Delivery report: your message was delivered',
      reasons: [
        {
          text: 'A delivery status notification that reports success, not a failure.',
          findingId: linked(facts, 'bounce.delivered'),
        },
      ],
    };
  }
  return null;
}
