/**
 * One plain sentence per recipient: what happened and whether retrying can help. Used by the popup
 * and the CLI; reason classes in Sisimai's vocabulary become everyday words here.
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
  mailboxfull: 'the recipient\'s mailbox is full',
  mailererror: 'the receiving mail program failed',
  mesgtoobig: 'the message is too large',
  networkerror: 'a network or DNS problem prevented delivery',
  norelaying: 'the server refused to relay it',
  notaccept: 'the recipient domain does not accept mail',
  notcompliantrfc: 'the message is not standards-compliant (RFC 5322)',
  onhold: 'the receiving server refused it without a clear reason',
  policyviolation: 'it breaks the receiver\'s policy',
  rejected: 'the sender address was refused',
  requireptr: 'the sending IP has no valid reverse DNS (PTR)',
  securityerror: 'a security check (authentication, TLS or access rule) failed',
  spamdetected: 'it was judged to be spam',
  speeding: 'the sender exceeded a rate limit',
  suspend: 'the recipient\'s account is disabled or suspended',
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

/**
 * Still being retried: RFC 3464 §2.3.3 action "delayed", or a class-4 status or reply (RFC 3463 §3.1 "persistent
 * transient failure", RFC 5321 §4.2.1 4yz). A class-5 refusal is permanent even when it is not a hard bounce: sending
 * again fails the same way until the cause is fixed.
 */
export function isTemporaryFailure(r: BounceRecipient): boolean {
  return r.action === 'delayed' || (r.status ?? r.replyCode ?? '').startsWith('4');
}

/** "Not delivered to x@example.org: the address does not exist. Permanent: do not retry." */
export function verdictSentence(r: BounceRecipient): string {
  const who = r.address ?? 'the recipient';
  if (r.reason === 'delivered') return `Delivered to ${who}.`;
  if (r.reason === 'vacation') return `Auto-reply from ${who}: the recipient is away; your message was delivered.`;
  if (r.reason === 'feedback') return `Feedback report about a message to ${who}: a recipient or provider flagged it.`;
  const temporary = isTemporaryFailure(r);
  const tail = r.hard
    ? 'Permanent: retrying will not help; correct or remove the address.'
    : temporary
      ? 'Temporary: the sending server keeps retrying.'
      : 'Permanent: sending it again fails the same way until the cause is fixed.';
  const lead = temporary ? 'Delayed' : 'Not delivered';
  return `${lead} to ${who} because ${WHY[r.reason]}. ${tail}`;
}
