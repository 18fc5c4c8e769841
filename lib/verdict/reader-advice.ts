/**
 * What a verdict means for the one reading it: for the recipient, what to do with the message (never the
 * sender's fixes); for the sender, where to look to fix it. Pure text for the popup and the CLI.
 */
import type { Perspective, VerdictKind } from './types';

const RECIPIENT: Readonly<Record<VerdictKind, string>> = {
  deceptive: "Don't follow its links, open its attachments or reply; report it as phishing and delete it.",
  bounce:
    'A message sent from your address did not arrive. If you did not send it, someone may be using your address: check your sent mail and account.',
  automated: 'A machine notice about a message sent from your address; no action is needed unless you did not send it.',
  authentic:
    'It really comes from the domain shown. That says who sent it, not that it is safe: judge the content as you would from that sender.',
  unauthenticated:
    'Its sender could not be verified. Be careful with links, attachments and requests for money or passwords; confirm through a channel you know.',
  unknown:
    'Nothing here can confirm the sender. Paste the full source as received (not a copy of the headers) or turn on live checks, and be careful meanwhile.',
};

const SENDER: Readonly<Record<VerdictKind, string>> = {
  deceptive:
    'Someone imitates a sender. If it is your domain, publish DMARC at p=quarantine or p=reject and watch its reports.',
  bounce: 'See each recipient below: the reason, the fix, and whether sending again can work.',
  automated: 'No failure. Feedback reports mean recipients complain: check your list hygiene and unsubscribe handling.',
  authentic: 'Your authentication works for this message. The checklist below shows what else receivers weigh.',
  unauthenticated:
    'Receivers could not tie this message to your domain: the fixes below (SPF, DKIM, DMARC alignment) make it pass.',
  unknown: 'Turn on live checks to test your SPF, DKIM and DMARC records for this message.',
};

export function readerAdvice(kind: VerdictKind, perspective: Perspective): string {
  return perspective === 'recipient' ? RECIPIENT[kind] : SENDER[kind];
}
