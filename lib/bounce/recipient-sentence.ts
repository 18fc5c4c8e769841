/**
 * One plain sentence per recipient: what happened and whether sending again can help. Used by the popup,
 * the CLI and the verdict; reason classes in Sisimai's vocabulary become everyday words here. Permanent or
 * temporary follows the status class (`permanent`, RFC 3463 §3.1), never the hard-bounce judgement.
 */
import type { BounceRecipient, Reason } from './types';

const WHY: Readonly<Record<Reason, string>> = {
  authfailure: 'the message failed sender authentication (SPF, DKIM or DMARC)',
  badreputation: 'the sending IP or domain has a poor reputation',
  blocked: 'the sending server or IP is blocked by the receiver',
  contenterror: 'the message content or encoding was refused',
  delivered: 'it was delivered',
  exceedlimit: 'the message exceeds a size or count limit',
  expired: 'the sending server gave up after retrying for too long',
  failedstarttls: 'a required TLS connection could not be made',
  feedback: 'a recipient reported it (feedback report)',
  filtered: 'a filter on the receiving side refused it',
  hasmoved: 'the mailbox has moved',
  hostunknown: 'the recipient domain does not exist or has no mail server',
  mailboxfull: "the recipient's mailbox is full",
  mailererror: 'the receiving mail program failed',
  mesgtoobig: 'the message is too large',
  networkerror: 'a network or DNS problem prevented delivery',
  norelaying: 'the server refused to relay it',
  notaccept: 'the recipient domain does not accept mail',
  notcompliantrfc: 'the message is not standards-compliant (RFC 5322)',
  onhold: 'the receiving server refused it without a clear reason',
  policyviolation: "it breaks the receiver's policy",
  rejected: 'the sender address was refused',
  requireptr: 'the sending IP has no valid reverse DNS (PTR)',
  securityerror: 'a security check (authentication, TLS or access rule) failed',
  spamdetected: 'it was judged to be spam',
  speeding: 'the sender exceeded a rate limit',
  suspend: "the recipient's account is disabled or suspended",
  syntaxerror: 'the sending software made an SMTP error',
  systemerror: 'the receiving system had an error',
  systemfull: 'the receiving system is out of storage',
  toomanyconn: 'too many connections or recipients at once',
  undefined: 'of an unknown error',
  userunknown: 'the address does not exist',
  vacation: 'the recipient is away (auto-reply)',
  virusdetected: 'it was found to contain a virus',
};

export function reasonPhrase(reason: Reason): string {
  return WHY[reason];
}

/** What has to change before sending again can work, as the object of "until ... is fixed". */
const CAUSE: Readonly<Record<Reason, string>> = {
  authfailure: 'the sender authentication (SPF, DKIM, DMARC)',
  badreputation: "the sending IP's or domain's reputation",
  blocked: 'the block on the sending server',
  contenterror: 'the message content',
  delivered: 'nothing',
  exceedlimit: 'the size or count',
  expired: 'the connection problem',
  failedstarttls: 'the TLS setup',
  feedback: 'nothing',
  filtered: "the filter's objection",
  hasmoved: 'the recipient address',
  hostunknown: 'the recipient domain',
  mailboxfull: 'the full mailbox',
  mailererror: 'the receiving mail program',
  mesgtoobig: 'the message size',
  networkerror: 'the network or DNS problem',
  norelaying: 'the relay permission',
  notaccept: 'the recipient domain',
  notcompliantrfc: 'the message format',
  onhold: "the refusal's cause",
  policyviolation: 'the policy breach',
  rejected: 'the sender address',
  requireptr: "the sending IP's reverse DNS",
  securityerror: 'the security check',
  spamdetected: 'the spam verdict',
  speeding: 'the sending rate',
  suspend: "the recipient's account",
  syntaxerror: 'the sending software',
  systemerror: 'the receiving system',
  systemfull: "the receiving system's storage",
  toomanyconn: 'the number of connections',
  undefined: 'the unknown error',
  userunknown: 'the recipient address',
  vacation: 'nothing',
  virusdetected: 'the infected content',
};

/** "Permanent: refused; sending again fails until the recipient address is fixed." or "Temporary: the server will retry." */
export function permanenceSentence(r: Pick<BounceRecipient, 'permanent' | 'action' | 'reason'>): string {
  if (r.permanent) return `Permanent: refused; sending again fails until ${CAUSE[r.reason]} is fixed.`;
  if (r.action === 'failed') return 'Temporary, but the sending server gave up retrying; sending again may work.';
  return 'Temporary: the server will retry.';
}

/** "Not delivered to x@example.org because the address does not exist. Permanent: refused; ..." */
export function recipientSentence(r: BounceRecipient): string {
  const who = r.address ?? 'the recipient';
  if (r.reason === 'delivered') return `Delivered to ${who}.`;
  if (r.reason === 'vacation') return `Auto-reply from ${who}: the recipient is away; your message was delivered.`;
  if (r.reason === 'feedback') return `Feedback report about a message to ${who}: a recipient or provider flagged it.`;
  const lead = !r.permanent && r.action !== 'failed' ? 'Delayed' : 'Not delivered';
  return `${lead} to ${who} because ${WHY[r.reason]}. ${permanenceSentence(r)}`;
}
