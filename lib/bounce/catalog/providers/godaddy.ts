/** GoDaddy (secureserver.net): "IB" codes and texts from GoDaddy's help page on bounce errors. */
import { providerRules } from '../provider-rule';

const SOURCE = 'godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685';

export const GODADDY_RULES = providerRules(SOURCE, 'GoDaddy', ['secureserver.net'], [
  ['securityerror', 'ib401', 'no authentication on inbound servers.', null, 0, 'Use smtpout.secureserver.net as outgoing server.'],
  ['notcompliantrfc', 'ib501|ib502', 'the From is blank or an IP address.'],
  ['rejected', 'ib506', 'the From domain has no valid MX or address records.', 'mx'],
  ['authfailure', 'ib508', 'the sender domain\'s SPF does not authorise this server.', 'spf'],
  ['requireptr', 'ib108', 'reverse DNS for the sending IP failed.'],
  ['spamdetected', 'ib212', 'content judged spam (link, attachment or pattern).'],
  ['virusdetected', 'ib705', 'virus-infected message.'],
  ['toomanyconn', 'ib605|ib007', 'too many recipients (IB605) or sessions from the IP (IB007).'],
  [null, 'ib101', 'temporarily unavailable under high mail volume.', null, 0, 'Wait for the automatic retry.', 'Load at GoDaddy.'],
  ['blocked', 'ib110|ib111|ib112|ib113', 'IP blocked for an hour or a day after spam or invalid recipients.', 'blocklist'],
  ['speeding', 'ib504|ib510|ib607', 'too many messages or recipients per hour or session.'],
  ['badreputation', 'ib103', 'poor Cloudmark CSI reputation of the IP.', 'blocklist'],
  ['blocked', 'ib104|ib105|ib106', 'the IP is on Spamhaus SBL, XBL or PBL.', 'blocklist'],
  ['mailboxfull', 'account storage limit', 'the recipient\'s mailbox is full.', null, 1],
  ['suspend', 'account disabled', 'the recipient cannot receive mail.', null, 1],
  ['userunknown', 'recipient not found|account does not exist', 'the address does not exist.', null, 1],
  ['expired', 'delivery timeout', 'GoDaddy gave up delivering after its retry period.', null, 1],
  ['spamdetected', 'message rejected for spam or virus content', 'content judged spam or infected.', null, 1],
  ['systemerror', 'message is looping', 'the message loops between servers.', null, 1],
]);
