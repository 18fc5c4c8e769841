/** Mimecast (mimecast.com): texts from Mimecast's published list of SMTP error codes. */
import { providerRules } from '../provider-rule';

const SOURCE = 'community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes';

export const MIMECAST_RULES = providerRules(SOURCE, 'Mimecast', ['mimecast.com', 'mimecast-offshore.com'], [
  ['authfailure', 'sender invalid - envelope rejected', 'the sender failed SPF, DKIM or DMARC.', 'dmarc'],
  ['badreputation', 'local ct ip reputation', 'poor sending IP reputation.', 'blocklist'],
  ['blocked', 'sender address blocked|ip temporarily blacklisted', 'sender or IP blocked (Blocked Senders policy or bad connections).', null, 1],
  ['mesgtoobig', 'maximum email size exceeded', 'over the size limit.', null, 1],
  ['norelaying', 'open relay not allowed|open relay is not allowed', 'neither domain is a Mimecast customer\'s; no relaying.'],
  ['policyviolation', 'anti-spoofing policy|content examination policy|host network not allowed|host network, not allowed', 'an anti-spoofing, content or geographic policy of the recipient.', null, 1],
  ['rejected', 'envelope blocked|blocked senders|block policy for envelope', 'the sender is on a block list of the recipient.', null, 0, 'Ask the recipient to unblock you.'],
  ['securityerror', 'submitter failed to authenticate', 'wrong login details.'],
  ['toomanyconn', 'too many recipients', 'over 100 recipients; send the rest separately.', null, 1],
  ['userunknown', 'invalid recipient', 'not a valid internal recipient.', null, 1],
  // Mimecast: "554 email rejected due to security policies": anti-virus checks, which cannot be bypassed (Sisimai's Mimecast table: virusdetected).
  ['virusdetected', 'email rejected due to security policies', 'a virus signature or a spam score over the limit.', null, 0, 'Check attachments; ask the recipient to permit you.', 'Content judged virus or spam.'],
  ['badreputation', 'internal resources are temporarily unavailable', 'deferred while Mimecast checks the sender\'s reputation.', null, 1],
  ['blocked', 'recipient temporarily unavailable', 'the recipient is temporarily refusing this sender.', null, 1],
  ['expired', 'journal messages past the expiration|journal message past expiration', 'a journal message arrived after its expiry.', null, 1],
  ['failedstarttls', 'this route requires encryption|this route requires tls version|this route requires high-strength ciphers|configuration is invalid for this certificate', 'the route requires TLS (a version, cipher or certificate the sender lacks).', null, 1],
  ['networkerror', 'the incorrect hostname used for inbounds|mail loop detected', 'the wrong inbound host name, or a mail loop.', null, 1],
  ['notaccept', 'account inbounds disabled', 'inbound mail is disabled for the account.', null, 1],
  ['securityerror', 'incorrect authentication data|submitter failed to disabled', 'wrong or disabled login.', null, 1],
  ['systemerror', 'unable to process connection at this time|message ended early|unable to process command|unable to process an email at this time', 'a temporary problem at Mimecast.', null, 1],
  ['toomanyconn', 'account service is temporarily unavailable|exceeding outbound thread limit', 'too many connections or threads for the account.', null, 1],
  ['userunknown', 'invalid address|user unknown', 'the recipient is not a valid address.', null, 1],
]);
