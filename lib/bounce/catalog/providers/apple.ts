/** Apple iCloud Mail (icloud.com, me.com, mac.com): codes and texts from Apple's postmaster page. */
import { providerRules } from '../provider-rule';

const SOURCE = 'support.apple.com/102322';

export const APPLE_RULES = providerRules(SOURCE, 'iCloud Mail', ['icloud.com', 'me.com', 'mac.com', 'apple.com'], [
  ['authfailure', 'hme1|blocked for failing both spf and dkim', 'failed both SPF and DKIM.', 'dkim'],
  ['authfailure', 's dmarc policy', 'refused under the From domain\'s DMARC policy.', 'dmarc', 1],
  ['blocked', 'listing in spamhaus|domain present in the spamhaus|proofpoint.com/dnsbl-lookup|not accepting connections', 'the IP or a domain in the message is blocklisted.', 'blocklist', 1],
  ['hasmoved', 'recipient no longer on server', 'the address is no longer on the server.', null, 1],
  ['notaccept', 'host/domain does not accept mail', 'the domain does not accept mail.', 'mx', 1],
  ['speeding', 'due to excessive volume', 'deferred for excessive volume to this recipient.', null, 1],
  ['userunknown', 'inactive email address|unknown or illegal alias|user does not exist', 'the address is inactive or unknown.', null, 1],
]);
