/**
 * Microsoft 365 / Exchange Online / Outlook.com: Microsoft's own 5.7.x, 4.7.x and 5.x codes beyond the
 * ones in provider-codes.ts; plain texts count only from Microsoft hosts.
 */
import { providerRules } from '../provider-rule';

const SOURCE = 'learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online';

/** "4.7.500|4.7.501|..." for a documented range of Microsoft's own status codes. */
function codes(prefix: string, from: number, to: number): string {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${prefix}${String(n)}`);
  return out.join('|');
}

export const MICROSOFT_RULES = providerRules(SOURCE, 'Microsoft', ['outlook.com', 'hotmail.com', 'live.com', 'onmicrosoft.com', 'exchangelabs.com'], [
  ['authfailure', 'sender policy framework violation', 'SPF failed for the sending domain.', 'spf', 1],
  ['authfailure', 'must pass either spf or dkim validation', 'the sender must pass SPF or DKIM.', 'dmarc'],
  ['badreputation', '4.7.650|rate limited due to ip reputation', 'the IP is rate-limited for its reputation.', 'blocklist'],
  ['toomanyconn', '4.7.652|has exceeded the maximum number of connections', 'too many connections from the IP.'],
  ['blocked', '5.7.506|access denied, bad helo', 'invalid HELO/EHLO name.', null, 0, 'Greet with the server\'s own host name.'],
  ['blocked', '5.7.510|does not accept email over ipv6', 'no mail from this sender over IPv6.', null, 0, 'Send over IPv4, or pass SPF and DKIM.'],
  ['blocked', '5.7.511', 'the sending IP is banned.', 'blocklist'],
  ['blocked', '5.7.513|using customer block list', 'the recipient\'s organisation blocks this sender.', null, 0, 'Ask the recipient\'s administrator.'],
  ['blocked', `5.7.507|${codes('4.7.', 500, 549)}|${codes('4.7.', 850, 899)}`, 'mail from this IP is temporarily not accepted.'],
  ['networkerror', 'nonexistentdomain', 'the recipient\'s domain does not exist.', 'mx'],
  ['norelaying', 'unable to relay|relay access denied', 'relaying refused.', null, 1],
  ['rejected', `${codes('5.7.', 501, 503)}|5.7.750|spam abuse detected|from unregistered domains`, 'the sender is refused (abuse or unregistered domain).'],
  ['notcompliantrfc', '5.7.512|rfc 5322 section 3.6.2', 'no valid From header.'],
  ['rejected', '5.7.124|5.7.133|5.7.134|5.7.135|5.7.136|allowed-senders list', 'the group accepts only allowed senders.', null, 0, 'Ask the owner to allow you.'],
  ['speeding', '5.1.90|5.2.121|5.2.122|5.7.508|submission quota exceeded', 'daily or hourly limits reached.'],
  ['spamdetected', 'content filter agent quarantined', 'quarantined as spam.'],
  ['userunknown', 'exrecipnotfound|reserved by rfc 2606|single label domains not accepted|returned unknown recipient', 'the recipient does not exist.'],
  ['userunknown', 'requested action not taken: mailbox unavailable', 'the mailbox is unavailable.', null, 1],
]);
