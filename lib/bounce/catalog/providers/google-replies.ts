/**
 * Gmail / Google Workspace replies listed with their codes in Google's SMTP error reference, each text valid
 * under the codes Google gives it (Sisimai's Google table, rhost/for-google.go, files the same list by reason).
 */
import { statusRules } from '../provider-rule';

const SOURCE = 'Google Workspace Admin Help: SMTP error reference (support.google.com/a/answer/3726730)';

export const GOOGLE_REPLY_RULES = statusRules(SOURCE, 'Gmail', ['google.com', 'gmail.com', 'googlemail.com'], [
  ['blocked', 'x.7.0', 'try again later, closing connection', 'connection refused at HELO (denial-of-service protection).'],
  ['blocked', 'x.7.0|x.7.1|x.7.28', 'unusual rate of unsolicited mail|unusual rate of mail', 'mail from this IP or domain is refused for an unusual rate of (unsolicited) mail.'],
  ['exceedlimit', 'x.2.3', "exceeded google's message size limits", 'the message exceeds the recipient\'s size limit.'],
  ['exceedlimit', 'x.3.4', "exceeds google's limit of|message header size limit|message header size limits|bytes per individual header size|header name limit of", 'too many attachments or header fields too large.'],
  ['expired', 'x.4.2', 'timeout - closing connection', 'the session timed out.'],
  ['expired', 'x.7.0', 'connection expired', 'the connection expired.'],
  ['failedstarttls', 'x.5.1', 'starttls may not be repeated', 'STARTTLS was sent twice.'],
  ['failedstarttls', 'x.7.29', 'senders to use tls/ssl for smtp', 'TLS is required.'],
  ['networkerror', 'x.4.6|x.6.0', 'message exceeded 50 hops', 'the message passed too many hops (a loop).'],
  ['norelaying', 'x.7.0|x.7.1', 'mail relay denied|invalid credentials for relay|is not authorized to send email directly to our servers', 'relaying through Google\'s SMTP relay is not allowed for this sender.'],
  ['notcompliantrfc', 'x.7.1', 'missing a valid address in the from: header|is not rfc 5322 compliant', 'header fields break RFC 5322.'],
  ['notcompliantrfc', 'x.1.7', 'is not a valid rfc 5321 address', 'the sender address is not a valid RFC 5321 address.'],
  ['policyviolation', 'x.7.0', 'illegal attachment on your message|content presents a potential security issue', 'an attachment or content is refused by policy.'],
  ['policyviolation', 'x.7.1', 'has a policy that prohibited', 'a policy of the sending or receiving domain prohibits the message.'],
  ['policyviolation', 'x.7.28', 'sending messages with the same message-id', 'many messages with the same Message-ID.'],
  ['rejected', 'x.7.0', 'mail sending denied', 'the sender is not allowed to send.'],
  ['rejected', 'x.7.1', 'unauthenticated email is not accepted', 'unauthenticated mail from this sender domain is refused.'],
  ['requireptr', 'x.7.23|x.7.25', 'have a ptr record, or the ptr record', 'the sending IP has no matching PTR record.'],
  ['securityerror', 'x.7.0', 'tls required for rcpt domain|too many login attempts|no identity changes permitted|authentication required', 'authentication or TLS is required.'],
  ['securityerror', 'x.5.1|x.5.2', 'cannot decode response|authentication required', 'SMTP authentication failed.'],
  ['securityerror', 'x.7.1|x.7.8|x.7.9|x.7.14', 'application-specific password required|log in with your web browser|log in through your web browser|username and password not accepted', 'the login was refused.'],
  ['speeding', 'x.2.1', 'is receiving mail too quickly', 'the recipient is receiving mail too fast.'],
  ['syntaxerror', 'x.5.0|x.7.10', 'smtp protocol violation', 'the client broke the SMTP protocol.'],
  ['syntaxerror', 'x.7.0', 'must issue a starttls command first|too many unauthenticated commands', 'a command came out of order.'],
  ['syntaxerror', 'x.7.4', 'unrecognized authentication type|xoauth is no longer supported', 'an unsupported authentication method.'],
  ['systemerror', 'x.4.5', 'server busy', 'Google\'s server is busy.'],
  ['systemerror', 'x.3.0', 'multiple destination domains per transaction is unsupported|mail server has temporarily rejected this message|mail server temporarily rejected message', 'a temporary problem at Google.'],
  ['systemerror', 'x.5.3', 'domain policy size per transaction exceeded', 'too many recipients for the domain\'s policy in one transaction.'],
]);
