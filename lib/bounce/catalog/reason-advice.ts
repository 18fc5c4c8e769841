/**
 * The usual cause and fix for a reason class, used by provider rules whose documentation names the
 * class but no specific remedy (the provider's own fix, when it gives one, is written in its row).
 */
import type { Reason } from '../types';

/** [cause, fix] per reason class. */
export const REASON_ADVICE: Partial<Readonly<Record<Reason, readonly [string, string]>>> = {
  userunknown: ['A mistyped or deleted address.', 'Verify the recipient address.'],
  mailboxfull: ['The recipient ran out of storage.', 'Let the recipient know another way; resend once they have cleared space.'],
  suspend: ['A closed or disabled account.', 'Stop mailing the address.'],
  hasmoved: ['The account was closed or moved.', 'Ask the recipient for a new address.'],
  filtered: ['The recipient\'s settings refuse this mail.', 'Ask the recipient to allow you.'],
  blocked: ['Poor reputation or a blocklisting of the sending IP.', 'Look the sending IP up on the blocklists the refusal names; fix the cause, then request delisting or wait for the listing to expire.'],
  badreputation: ['Complaints, spam traps or sudden volume.', 'Slow down, clean the list, authenticate mail.'],
  requireptr: ['No reverse DNS (PTR) resolving back to the IP.', 'Publish a matching PTR record for the IP.'],
  authfailure: ['SPF, DKIM or DMARC did not pass.', 'Fix SPF and DKIM and align them with From.'],
  spamdetected: ['Content or links judged spam.', 'Review content and links, then resend.'],
  virusdetected: ['Content judged malicious.', 'Clean the sending machine and the attachment.'],
  policyviolation: ['A policy of the recipient\'s side.', 'Ask the recipient\'s administrator.'],
  rejected: ['The sender address or domain is refused.', 'Send from a valid address; ask to be unblocked.'],
  speeding: ['Sending above the provider\'s limits.', 'Slow down; retry after the limit resets.'],
  toomanyconn: ['Too many connections or recipients at once.', 'Use fewer connections and recipients.'],
  systemerror: ['A problem at the receiving side.', 'Wait for the automatic retry.'],
  mesgtoobig: ['The message is over the size limit.', 'Send a smaller message.'],
  notcompliantrfc: ['Malformed header fields.', 'Fix the software\'s From, Date and Message-ID fields.'],
  norelaying: ['The server will not relay for you.', 'Send through your own provider\'s server, logged in (SMTP AUTH).'],
  securityerror: ['Wrong credentials or a suspect account.', 'Check the login; reset passwords.'],
  networkerror: ['A routing or DNS fault.', 'Check the recipient domain\'s MX.'],
  notaccept: ['The domain accepts no mail.', 'Check the recipient\'s domain.'],
  contenterror: ['Content not accepted.', 'Send the content another way.'],
  hostunknown: ['The recipient domain does not exist or publishes no mail server.', 'Check the spelling of the domain and its MX record.'],
  expired: ['The receiving side did not take the message for as long as the sender kept it queued.', 'Check that the recipient domain\'s servers work, then resend.'],
  systemfull: ['The receiving system is out of storage.', 'Resend later.'],
  exceedlimit: ['The message exceeds a size or count limit.', 'Send a smaller message, or to fewer recipients.'],
  failedstarttls: ['TLS could not be negotiated.', 'Check certificates and TLS versions on both sides.'],
  syntaxerror: ['The sending software broke the SMTP protocol.', 'Check the sending software and its settings.'],
  mailererror: ['The receiving mail program failed.', 'Ask the recipient\'s administrator.'],
};
