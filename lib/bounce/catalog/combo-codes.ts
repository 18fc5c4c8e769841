/**
 * Reply code + enhanced status pairs whose meaning depends on both (the same X.7.1 means a blocked
 * message after 550, a refused sender after 553, a refused relay after 554). Each row reads the
 * pair as RFC 5321 §4.2.3 and RFC 3463 §3 define its parts, explained in our own words.
 */
import type { Reason } from '../types';
import { entry, type CodeEntry, type Row } from './types';

const SOURCE = 'RFC 5321 §4.2.3 + RFC 3463 §3; troubleshooting guide';

const ROWS: readonly Row[] = [
  ['550 5.7.1', 'Message rejected', 'The receiving server refused the message by policy.', 'An SPF or DMARC failure, or the sending IP is on a blocklist.', 'Check authentication (SPF, DKIM, DMARC) of the sending domain and check the sending IP against blocklists; delist after fixing the cause.', 'blocklist'],
  ['550 5.7.23', 'SPF validation failed', 'The sending IP is not authorised by the sender domain\'s SPF record.', 'The sending IP is not in the SPF record.', 'Add the sending IP (or your provider\'s include:) to the SPF record of the envelope sender\'s domain.', 'spf'],
  ['550 5.7.26', 'DMARC failure', 'The message failed DMARC: neither SPF nor DKIM passed in alignment with the From domain.', 'Authentication failed, or passed for a domain not aligned with the From domain.', 'Fix SPF/DKIM alignment: sign with DKIM in the From domain and/or send from an envelope domain aligned with it.', 'dmarc'],
  ['553 5.7.1', 'Sender address rejected', 'The server will not accept mail from this sender address.', 'An invalid or unauthorised From / envelope sender address.', 'Use a valid sender domain that you are allowed to send for.', null],
  ['554 5.7.1', 'Relay access denied', 'The server refused to pass the message on: it does not relay for you.', 'The client is not authorised to send through this server (no authentication, or a domain the server does not serve).', 'Configure proper relay authentication (SMTP AUTH) or send through your own provider\'s server.', null],
  ['550 5.1.1', 'User unknown', 'The recipient address does not exist.', 'The address does not exist (typo, deleted account).', 'Verify the recipient address.', null],
  ['550 5.1.2', 'Domain not found', 'The recipient domain does not exist or cannot receive mail.', 'An invalid domain (misspelt or expired).', 'Check the domain spelling.', 'mx'],
  ['550 5.1.8', 'Sender address rejected', 'The receiving server rejected the sender address.', 'An invalid sender: the envelope sender domain does not resolve or is not accepted.', 'Fix the From address / envelope sender to a real, resolvable domain.', null],
  ['550 5.2.1', 'Mailbox disabled', 'The recipient\'s mailbox exists but is disabled.', 'The account is suspended.', 'Contact the recipient by another channel.', null],
  ['552 5.2.2', 'Mailbox full', 'The recipient\'s mailbox is over quota.', 'Over quota.', 'Let the recipient know another way that their mailbox is full; resend once they have cleared space.', null],
  ['552 5.2.3', 'Message too large', 'The message exceeds the recipient side\'s size limit.', 'Exceeds the size limit.', 'Reduce attachment size (or share a link instead).', null],
];

export const COMBO_CODES: ReadonlyMap<string, CodeEntry> = new Map(ROWS.map((r) => [r[0], entry('combo', SOURCE, r)]));

/** The reason class each pair names; "550 5.7.1" names none (any policy refusal). */
export const COMBO_REASON: Readonly<Record<string, Reason>> = {
  '550 5.7.23': 'authfailure', '550 5.7.26': 'authfailure', '553 5.7.1': 'rejected', '554 5.7.1': 'norelaying',
  '550 5.1.1': 'userunknown', '550 5.1.2': 'hostunknown', '550 5.1.8': 'rejected', '550 5.2.1': 'suspend',
  '552 5.2.2': 'mailboxfull', '552 5.2.3': 'mesgtoobig',
};
