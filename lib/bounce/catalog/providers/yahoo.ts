/**
 * Yahoo and AOL (yahoodns.net, yahoo.com, aol.com): texts from Yahoo Sender Hub's SMTP error codes
 * beyond the TSS/PH/BL codes in provider-codes.ts.
 */
import { providerRules } from '../provider-rule';

const SOURCE = 'senders.yahooinc.com/smtp-error-codes';

export const YAHOO_RULES = providerRules(SOURCE, 'Yahoo', ['yahoodns.net', 'yahoo.com', 'aol.com'], [
  ['authfailure', 'yahoo requires all senders to authenticate', 'the sender passed neither SPF nor DKIM.', 'dmarc'],
  ['blocked', "because the ip is in spamhaus's list|not accepted from ip addresses on spamhaus", 'the IP is on a Spamhaus list.', 'blocklist'],
  ['rejected', 'unresolvable rfc.5321 domain|unresolvable rfc.5321 from domain', 'the envelope sender\'s domain does not resolve.', 'mx'],
  ['rejected', 'tss11|will be permanently deferred', 'mail from this IP is refused for good.', 'blocklist', 0, 'Stop retrying; fix reputation, then contact Sender Hub.', 'Sustained poor reputation.'],
  ['notcompliantrfc', 'headers are not rfc compliant', 'header fields break RFC 5322.', null, 1],
  ['speeding', 'user is receiving mail too quickly', 'the recipient is receiving mail too quickly.', null, 1],
  ['toomanyconn', 'max message per connection reached', 'per-connection message limit reached.', null, 1],
  ['suspend', 'this mailbox is disabled|is no longer valid', 'the mailbox is disabled or no longer valid.', null, 1],
  ['userunknown', 'mailbox not found', 'mailbox not found.', null, 1],
]);
