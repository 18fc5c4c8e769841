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
  [null, 'email rejected due to security policies', 'a virus signature or a spam score over the limit.', null, 0, 'Check attachments; ask the recipient to permit you.', 'Content judged virus or spam.'],
]);
