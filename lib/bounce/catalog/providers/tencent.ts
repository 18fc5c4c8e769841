/** Tencent QQ Mail (qq.com, foxmail.com): refusal texts from QQ Mail's help pages on bounces. */
import { providerRules } from '../provider-rule';

const SOURCE = 'service.mail.qq.com/detail/122';

export const TENCENT_RULES = providerRules(SOURCE, 'QQ Mail', ['qq.com', 'foxmail.com'], [
  ['authfailure', 'spf check failed|dmarc check failed', 'SPF or DMARC check failed.', 'dmarc', 1],
  ['blocked', 'suspected bounce attacks|suspected spam ip|connection denied', 'the IP is refused (suspected spam or bounce attacks).', 'blocklist', 1],
  ['mesgtoobig', 'message too large', 'message too large.', null, 1],
  ['spamdetected', 'spam is embedded in the email|mail content denied', 'content refused as spam.', null, 1],
  [null, 'suspected spam', 'refused as suspected spam.', null, 1, 'Review content and authentication; retry later.', 'Content or sender reputation.'],
  ['rejected', 'mail is rejected by recipients', 'the recipient blocks this sender.', null, 1, 'Ask the recipient to unblock you.'],
  ['speeding', 'access denined|unavailable or access denied', 'sender refused for now (frequency control).', null, 1],
  ['suspend', 'is a deactivated mailbox', 'mailbox deactivated.', null, 1],
  ['syntaxerror', 'bad address syntax', 'bad address syntax.', null, 1, 'Correct the address.', 'A malformed address.'],
  ['toomanyconn', 'frequency limited', 'rate-limited by IP, domain, sender or connection.', null, 1],
  ['userunknown', 'mailbox not found', 'mailbox not found.', null, 1],
]);
