/**
 * Exchange Online / Exchange Server replies listed with their status codes in Microsoft's NDR reference, each text
 * valid only under its documented code (Sisimai's Microsoft table, rhost/for-microsoft.go, files the same list by
 * reason).
 */
import { statusRules } from '../provider-rule';

const SOURCE = 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online; NDRs in Exchange Server';

/** "5.7.606|5.7.607|..." for a documented range of Microsoft's status codes. */
function range(prefix: string, from: number, to: number): string {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i)}`).join('|');
}

export const MICROSOFT_REPLY_RULES = statusRules(SOURCE, 'Microsoft', ['outlook.com', 'hotmail.com', 'live.com', 'onmicrosoft.com', 'exchangelabs.com'], [
  ['blocked', '4.4.2', 'connection dropped', 'the connection was dropped (rate limit, or a firewall in the way).'],
  ['blocked', '5.7.25', 'must have a reverse dns record', 'the sending IPv6 address has no reverse DNS.'],
  ['blocked', '5.5.4', 'invalid domain name', 'the HELO domain is invalid.'],
  ['contenterror', '5.3.0', 'too many related errors', 'the message is malformed (moved to the poison queue).'],
  ['contenterror', '5.6.11', 'invalid characters', 'bare line feeds or other invalid characters in the message.'],
  ['contenterror', '5.4.11', 'agent generated message depth exceeded', 'a transport agent loop.'],
  ['contenterror', '5.5.6', 'invalid message content', 'invalid message content.'],
  ['expired', '4.4.7|5.4.300|5.4.316', 'message expired|queue expired|message delayed', 'the message expired in the queue.'],
  ['failedstarttls', '4.4.8|5.4.8', 'failed mta-sts validation', 'the destination failed MTA-STS validation.'],
  ['failedstarttls', '4.4.317|5.4.317', 'starttls is required to send mail', 'STARTTLS is required.'],
  ['failedstarttls', '4.7.5|5.7.5', 'remote certificate failed mta-sts validation', 'the certificate failed MTA-STS validation.'],
  ['failedstarttls', '5.7.51', 'restrictdomainstoipaddresses|restrictdomainstocertificate', 'the connector requires a certificate or IP that did not match.'],
  ['failedstarttls', '4.7.321|5.7.321', 'starttls-not-supported', 'the destination must support TLS.'],
  ['failedstarttls', '5.7.322', 'certificate-expired', 'the destination\'s certificate has expired.'],
  ['failedstarttls', '4.7.323|5.7.323', 'tlsa-invalid', 'DANE validation failed.'],
  ['failedstarttls', '4.7.324|5.7.324', 'dnssec-invalid', 'invalid DNSSEC records at the destination.'],
  ['failedstarttls', '4.7.325|5.7.325', 'certificate-host-mismatch', 'the certificate does not name the host.'],
  ['networkerror', '4.4.312|5.4.312', 'dns query failed', 'a DNS query failed.'],
  ['networkerror', '4.4.316|5.4.316', 'connection refused', 'the destination refused the connection.'],
  ['networkerror', '5.4.4', 'invalid arguments', 'routing failed (invalid arguments).'],
  ['networkerror', '5.4.6|5.4.14', 'routing loop detected', 'a routing loop.'],
  ['norelaying', '5.4.1', 'relay access denied', 'relaying refused.'],
  ['norelaying', '5.4.310', 'does not exist', 'the DNS domain does not exist (no route).'],
  ['notaccept', '4.4.4|5.4.4', 'hosted tenant which has no mail-enabled subscriptions', 'the domain has no mail-enabled Microsoft 365 subscription.'],
  ['policyviolation', '5.0.350', 'x-dg-ref header is too long|policy violation detected', 'a policy of the recipient\'s organisation refused the message.'],
  ['policyviolation', range('5.7.', 900, 999), 'delivery not authorized, message refused', 'a transport rule of the recipient\'s organisation refused the message.'],
  ['rejected', '5.1.7', 'invalid address|unknown sender address', 'the sender address is invalid.'],
  ['rejected', '5.1.0', 'sender denied', 'the sender is refused.'],
  ['rejected', '5.1.8', 'bad outbound sender', 'the sender is banned from sending.'],
  ['rejected', '5.7.1', 'delivery not authorized', 'the sender is not allowed to send to this recipient.'],
  ['rejected', '5.7.12|5.7.13|5.7.134|5.7.135|5.7.136', 'sender was not authenticated', 'the recipient accepts only authenticated (internal) senders.'],
  ['rejected', '5.7.133', 'sender not authenticated for group', 'the group accepts only authenticated senders.'],
  ['rejected', range('5.7.', 501, 503), 'access denied, spam abuse detected|access denied, banned sender', 'the sender is banned for spam or abuse.'],
  ['speeding', '4.3.2', 'recipient thread limit exceeded', 'the recipient gets mail too fast.'],
  ['speeding', range('5.7.', 700, 749), 'tenant has exceeded threshold|traffic not accepted from this ip', 'the sending tenant or IP exceeded its threshold.'],
  ['suspend', '5.7.504', 'recipient address rejected: access denied', 'the recipient address is not valid for mail.'],
  ['suspend', '5.7.505', 'access denied, banned recipient', 'the recipient is banned from receiving mail.'],
  ['suspend', '5.2.1', 'mailbox cannot be accessed', 'the mailbox cannot be accessed.'],
  ['syntaxerror', '5.3.3', 'unrecognized command', 'an unrecognized command.'],
  ['syntaxerror', '5.5.2', 'send hello first', 'a command came before EHLO.'],
  ['systemerror', '4.3.2', 'service not available|service not active', 'the Exchange transport service is not available.'],
  ['systemerror', '5.3.5', 'system incorrectly configured', 'a mail loop from a misconfigured connector.'],
  ['systemerror', '5.3.190', 'journaling on-premises messages', 'journaling to Microsoft 365 is not enabled.'],
  ['systemerror', '5.0.0', 'helo / ehlo requires domain address', 'HELO without a domain.'],
  ['systemerror', '5.1.4', 'destination mailbox address ambiguous', 'the address matches several mailboxes.'],
  ['systemerror', '5.2.4', 'mailing list expansion problem', 'the distribution group could not be expanded.'],
  ['systemerror', '5.2.14', 'misconfigured forwarding address', 'a misconfigured forwarding address.'],
  ['systemerror', '4.4.3', 'temporary server error', 'a temporary server error.'],
  ['systemerror', '4.4.24|4.4.25|4.4.28', 'message failed to be replicated', 'the message could not be replicated.'],
  ['systemerror', '4.4.318|5.4.318', 'suspiciousremoteservererror', 'the connection was closed abruptly.'],
  ['systemerror', '4.7.500', 'server busy. please try again later from', 'the server is busy.'],
  ['systemerror', '4.7.700', 'pfa agent busy', 'an agent is busy.'],
  ['toomanyconn', '5.2.122', 'the recipient has exceeded their limit for', 'the recipient exceeded their receive limit.'],
  ['userunknown', '5.4.1', 'recipient address rejected: access denied', 'the recipient does not exist (directory-based edge blocking).'],
  ['userunknown', '5.1.2', 'invalid x.400 address', 'an invalid X.400 address.'],
  ['userunknown', '5.5.0', 'requested action not taken: mailbox unavailable', 'the mailbox does not exist.'],
]);
