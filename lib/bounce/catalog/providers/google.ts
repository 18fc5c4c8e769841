/**
 * Gmail / Google Workspace: documented reply texts beyond the ones in provider-codes.ts. Texts that
 * other servers could also write count only from Google's hosts.
 */
import { providerRules } from '../provider-rule';

const SOURCE = 'support.google.com/a/answer/3726730';

export const GOOGLE_RULES = providerRules(SOURCE, 'Gmail', ['google.com', 'gmail.com', 'googlemail.com'], [
  ['authfailure', 'spf record of the sending domain|authenticate with spf|email with spf|hard fail policy|fails to pass spf checks', 'SPF did not pass for the sending domain.', 'spf'],
  ['authfailure', 'authenticate with dkim|email with dkim', 'a passing DKIM signature is required.', 'dkim'],
  ['authfailure', 'aligned with either the authenticated spf or dkim', 'From is not aligned with the SPF or DKIM domain.', 'dmarc'],
  ['badreputation', 'very low reputation of the sending', 'very low reputation of the sending IP or domain.'],
  ['blocked', 'ip not in whitelist for rcpt domain|helo/ehlo argument is invalid|empty helo/ehlo argument', 'IP not allowlisted, or invalid HELO.'],
  ['mesgtoobig', "exceeded google's message size limits|exceeds google's message size limit", 'over Google\'s size limit.'],
  ['notcompliantrfc', 'multiple addresses in from:|valid message-id|disallowed header|encoded-word syntax is not permitted|mail message is malformed', 'header fields break RFC 5322.', null, 1],
  ['requireptr', 'does not match the ip address of the hostname|ipv6 sending guidelines regarding ptr', 'the PTR name does not resolve back to the IP.'],
  ['speeding', 'at a rate that prevents|sending limit exceeded|sending quota exceeded|relay limit exceeded|mail has been rate limited', 'the recipient gets mail too fast, or a daily limit was passed.'],
  ['suspend', 'tried to reach is disabled|tried to reach is inactive', 'the account is disabled or inactive.'],
  ['toomanyconn', 'your message has too many recipients|too many recipients for this sender', 'too many recipients.'],
  ['userunknown', 'the email account that you tried to reach does not exist', 'the account does not exist.'],
]);
