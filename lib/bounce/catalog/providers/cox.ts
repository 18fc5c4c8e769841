/** Cox (cox.net): AUP# codes and refusal texts from Cox's published email error code list. */
import { providerRules } from '../provider-rule';

const SOURCE = 'cox.com/residential/support/email-error-codes.html';

export const COX_RULES = providerRules(SOURCE, 'Cox', ['cox.net'], [
  ['blocked', 'cxbl|cdrbl', 'the IP is blocked for spam-like behaviour.', 'blocklist', 0, 'Stop the spam, then ask Cox to unblock the IP.'],
  ['requireptr', 'cxdns', 'reverse DNS of the connecting IP failed.'],
  ['authfailure', 'cxsndr', 'the sender\'s domain failed SPF, DomainKeys or DKIM.', 'spf'],
  [null, 'cxsmtp', 'SMTP protocol violation; the sender could not be verified.', null, 0, 'Send through a standards-compliant server.', 'A misbehaving client or server.'],
  ['toomanyconn', 'cxcnct|cxmxrt', 'too many concurrent connections (max 10) or too many recipients sent.'],
  ['securityerror', 'cxthrt|cxmj', 'sending from this account is limited for suspicious activity.', null, 0, 'Reset all Cox passwords, then contact Cox with the code.'],
  ['blocked', 'ipbl*', 'the IP is on a DNSBL (the digits name Spamhaus, Return Path, ivmSIP, Cloudmark CSI).', 'blocklist'],
  ['spamdetected', 'urlbl*', 'a URL in the body is on SURBL, Spamhaus DBL or ivmURI.', 'blocklist', 0, 'Remove the listed link or get its domain delisted.'],
  ['blocked', 'cox too many bad commands from|too many invalid recipients', 'client blocked for bad commands, passwords or invalid recipients.', null, 1],
  ['requireptr', 'dns check failure - try again later|rejected - no rdns', 'no valid reverse DNS for the connecting IP.', null, 1],
  ['policyviolation', 'esmtp no data before greeting|attachment extension is forbidden', 'early talker, or a forbidden attachment type.', null, 1, 'Wait for the greeting; do not attach executables.'],
  ['rejected', 'sender rejected', 'the sender domain has no MX or A record.', 'mx', 1],
  ['toomanyconn', 'too many sessions from|requested action aborted: try again later|message threshold exceeded', 'over 5 connections or 100 messages per session.', null, 1],
  ['userunknown', 'recipient rejected', 'not a valid Cox mailbox.', null, 1],
]);
