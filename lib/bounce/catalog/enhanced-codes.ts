/**
 * The IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248 and the RFCs that added codes),
 * subject.detail part. The class (2 success, 4 persistent transient, 5 permanent; RFC 3463 §3.1)
 * is applied on lookup. Explanations in our own words.
 */
import { entry, type CodeEntry, type Row } from './types';

const ASK_ADMIN = 'Contact the receiving domain\'s postmaster with the full bounce text.';

/** [subject.detail, title, meaning, cause, fix, check, source] */
const ROWS: readonly (readonly [...Row, string])[] = [
  ['0.0', 'Other undefined status', 'No more specific code applies; the text says the rest.', 'Anything: the server gave no detail code.', 'Read the text of the reply for the cause.', null, 'RFC 3463 §3.1'],
  ['1.0', 'Other address status', 'Something is wrong with an address.', 'A bad recipient or sender address.', 'Check both addresses for typos.', null, 'RFC 3463 §3.2'],
  ['1.1', 'Bad destination mailbox address', 'The mailbox does not exist at the recipient domain.', 'The address does not exist: a typo, a deleted account or an old address.', 'Verify the recipient address; remove it from lists if it keeps failing.', null, 'RFC 3463 §3.2'],
  ['1.2', 'Bad destination system address', 'The recipient domain or host does not exist or cannot receive mail.', 'An invalid domain: misspelt, expired, or without MX/A records.', 'Check the domain spelling; verify the domain has MX records.', 'mx', 'RFC 3463 §3.2'],
  ['1.3', 'Bad destination mailbox address syntax', 'The recipient address is malformed.', 'Illegal characters or a broken address format.', 'Correct the address syntax.', null, 'RFC 3463 §3.2'],
  ['1.4', 'Destination mailbox address ambiguous', 'The address matches more than one mailbox.', 'An alias or partial name that is not unique.', 'Use the full, exact address.', null, 'RFC 3463 §3.2'],
  ['1.5', 'Destination address valid', 'The recipient address is fine (used in success reports).', 'Informational.', 'Nothing to do.', null, 'RFC 3463 §3.2'],
  ['1.6', 'Destination mailbox has moved', 'The mailbox moved and no forwarding address is known.', 'The person changed address.', 'Find the new address by other means and update your records.', null, 'RFC 3463 §3.2'],
  ['1.7', "Bad sender's mailbox address syntax", 'The sender (MAIL FROM) address is malformed.', 'A broken envelope sender in the sending software.', 'Fix the envelope sender the application or server uses.', null, 'RFC 3463 §3.2'],
  ['1.8', "Bad sender's system address", 'The sender domain is invalid or does not resolve.', 'The envelope sender domain has no DNS records, or is a local-only name.', 'Fix the From/envelope sender: use a real, resolvable sender domain.', 'mx', 'RFC 3463 §3.2'],
  ['1.9', 'Message relayed to non-compliant mailer', 'The message went on to a system that cannot return delivery reports.', 'A gateway to a non-SMTP system.', 'Nothing to do; delivery status beyond it is unknown.', null, 'RFC 3886 §3.1'],
  ['1.10', 'Recipient address has null MX', 'The recipient domain declares it receives no mail (null MX "0 .").', 'The domain is not meant to receive mail.', 'The address is wrong: use another address for this person.', 'mx', 'RFC 7505 §4.2'],
  ['2.0', 'Other mailbox status', 'Something is wrong with the recipient mailbox.', 'A mailbox-level problem on the receiving side.', 'Contact the recipient by another channel.', null, 'RFC 3463 §3.3'],
  ['2.1', 'Mailbox disabled', 'The mailbox exists but does not accept messages.', 'The account is suspended, disabled or inactive.', 'Contact the recipient by other means; the account owner or their administrator must re-enable it.', null, 'RFC 3463 §3.3'],
  ['2.2', 'Mailbox full', 'The recipient is over their storage quota.', 'The mailbox is over quota.', 'Let the recipient know another way that their mailbox is full; resend later.', null, 'RFC 3463 §3.3'],
  ['2.3', 'Message length exceeds administrative limit', 'The message is larger than the recipient side allows.', 'Attachments exceed the size limit.', 'Reduce attachment size or send a link instead.', null, 'RFC 3463 §3.3'],
  ['2.4', 'Mailing list expansion problem', 'The recipient is a mailing list that could not be expanded.', 'A broken list configuration.', ASK_ADMIN, null, 'RFC 3463 §3.3'],
  ['3.0', 'Other mail system status', 'The receiving mail system has a problem.', 'A server-side fault.', ASK_ADMIN, null, 'RFC 3463 §3.4'],
  ['3.1', 'Mail system full', 'The receiving system has no storage left.', 'Disk space on the receiving server.', 'Wait for cleanup; retries happen automatically.', null, 'RFC 3463 §3.4'],
  ['3.2', 'System not accepting network messages', 'The host is not accepting mail at the moment, or at all.', 'Shutdown, maintenance, or a host that does not receive mail.', 'Wait for the retry; if permanent, check the recipient domain\'s MX records.', 'mx', 'RFC 3463 §3.4'],
  ['3.3', 'System not capable of selected features', 'The message needs a feature the receiver lacks.', 'An SMTP extension or message feature is unsupported.', 'Send without the feature (for example plain 7-bit content).', null, 'RFC 3463 §3.4'],
  ['3.4', 'Message too big for system', 'The message exceeds the receiving system\'s size limit.', 'The message is larger than the server accepts.', 'Reduce attachment size.', null, 'RFC 3463 §3.4'],
  ['3.5', 'System incorrectly configured', 'The receiving system is misconfigured.', 'A configuration error on the receiving side.', ASK_ADMIN, null, 'RFC 3463 §3.4'],
  ['3.6', 'Requested priority was changed', 'The message was accepted with a different priority.', 'MT-PRIORITY policy of the receiver.', 'Nothing to do.', null, 'RFC 6710 §7.1'],
  ['4.0', 'Other network or routing status', 'A network or routing problem on the way.', 'Connectivity or DNS trouble.', 'Wait for the automatic retry.', null, 'RFC 3463 §3.5'],
  ['4.1', 'No answer from host', 'The receiving server did not answer the connection.', 'The host is down, firewalled, or the MX points to a dead host.', 'Wait for the automatic retry; if it lasts, check the recipient domain\'s MX records.', 'mx', 'RFC 3463 §3.5'],
  ['4.2', 'Bad connection', 'The connection was lost or broke during the session.', 'Network trouble or the server dropped the connection.', 'Wait for the automatic retry.', null, 'RFC 3463 §3.5'],
  ['4.3', 'Directory server failure', 'A directory or DNS lookup the server needed failed.', 'DNS or LDAP trouble on one side.', 'Wait for the automatic retry; check the DNS of the domains involved if it persists.', 'mx', 'RFC 3463 §3.5'],
  ['4.4', 'Unable to route', 'No route to the destination could be found.', 'The recipient domain has no usable MX or A records.', 'Check the recipient domain and its MX records.', 'mx', 'RFC 3463 §3.5'],
  ['4.5', 'Mail system congestion', 'The mail system is overloaded.', 'Congestion on the receiving side.', 'Wait for the automatic retry.', null, 'RFC 3463 §3.5'],
  ['4.6', 'Routing loop detected', 'The message went round in circles between servers.', 'Misconfigured forwarding or MX records pointing back.', 'Check forwarding rules and MX records of the domains involved.', 'mx', 'RFC 3463 §3.5'],
  ['4.7', 'Delivery time expired', 'The sending server gave up after retrying for its whole queue lifetime.', 'The recipient server was unreachable or kept deferring.', 'Check that the recipient domain\'s servers work, then resend.', 'mx', 'RFC 3463 §3.5'],
  ['5.0', 'Other protocol status', 'An SMTP protocol problem.', 'Client and server disagreed on the protocol.', 'Check the sending software; read the reply text.', null, 'RFC 3463 §3.6'],
  ['5.1', 'Invalid command', 'The server did not accept a command.', 'A client bug or an unsupported command.', 'Check the sending software.', null, 'RFC 3463 §3.6'],
  ['5.2', 'Syntax error', 'A command was malformed.', 'A client bug or a mangled command.', 'Check the sending software.', null, 'RFC 3463 §3.6'],
  ['5.3', 'Too many recipients', 'More recipients than the server accepts for one message.', 'A per-message recipient limit.', 'Split the recipient list over several messages.', null, 'RFC 3463 §3.6'],
  ['5.4', 'Invalid command arguments', 'A command had arguments the server rejects.', 'An unsupported parameter or a malformed address.', 'Check the addresses and the sending software.', null, 'RFC 3463 §3.6'],
  ['5.5', 'Wrong protocol version', 'Client and server speak different protocol versions.', 'A very old or non-standard client.', 'Update the sending software.', null, 'RFC 3463 §3.6'],
  ['5.6', 'Authentication exchange line too long', 'An AUTH line exceeded the allowed length.', 'A very long SASL token.', 'Use another authentication method or update the client.', null, 'RFC 4954 §6'],
  ['6.0', 'Other media error', 'The content could not be handled.', 'A content or encoding problem.', 'Resend with plain, standard content.', null, 'RFC 3463 §3.7'],
  ['6.1', 'Media not supported', 'The receiver does not accept this kind of content.', 'An unsupported MIME type or attachment.', 'Send another format.', null, 'RFC 3463 §3.7'],
  ['6.2', 'Conversion required and prohibited', 'The content needed converting but the sender forbade it.', 'Content the path cannot carry as is.', 'Send content that needs no conversion.', null, 'RFC 3463 §3.7'],
  ['6.3', 'Conversion required but not supported', 'The content needed a conversion no server could do.', '8-bit or binary content on a path without support.', 'Use standard encodings (base64, quoted-printable).', null, 'RFC 3463 §3.7'],
  ['6.4', 'Conversion with loss performed', 'The content was converted and something was lost.', 'A gateway converted the message.', 'Nothing to do, or resend in a simpler format.', null, 'RFC 3463 §3.7'],
  ['6.5', 'Conversion failed', 'A content conversion failed.', 'A gateway could not convert the content.', 'Resend in a simpler format.', null, 'RFC 3463 §3.7'],
  ['6.6', 'Message content not available', 'The referenced content could not be fetched (BURL).', 'The submission referred to content that is gone.', 'Resubmit the message.', null, 'RFC 4468 §7'],
  ['6.7', 'Non-ASCII addresses not permitted', 'An internationalised address cannot be carried to this recipient.', 'SMTPUTF8 is not supported on the path.', 'Use an ASCII address.', null, 'RFC 6531 §3.6'],
  ['6.8', 'UTF-8 reply required but not permitted', 'The server needed to answer in UTF-8 but the client did not allow it.', 'SMTPUTF8 negotiation failed.', 'Use an SMTPUTF8-capable client.', null, 'RFC 6531 §3.6'],
  ['6.9', 'UTF-8 header cannot be transferred', 'A message with UTF-8 headers cannot reach this recipient.', 'The next hop does not support SMTPUTF8.', 'Send with ASCII headers.', null, 'RFC 6531 §3.6'],
  ['6.10', 'UTF-8 reply required but not permitted', 'Same as X.6.8 (registered twice).', 'SMTPUTF8 negotiation failed.', 'Use an SMTPUTF8-capable client.', null, 'RFC 6531 §3.6'],
  ['7.0', 'Other security or policy status', 'A security or policy rule refused the message.', 'Policy, reputation or authentication.', 'Read the text; check authentication and blocklists.', null, 'RFC 3463 §3.8'],
  ['7.1', 'Delivery not authorized, message refused', 'The receiver\'s policy refused the message.', 'SPF/DMARC failure, a blocklisted IP, a blocked sender, or relaying refused.', 'Check authentication (SPF, DKIM, DMARC) and blocklists; the text usually names the rule.', 'blocklist', 'RFC 3463 §3.8'],
  ['7.2', 'Mailing list expansion prohibited', 'The sender may not post to this list.', 'The list only accepts members or moderators.', 'Ask the list owner for permission.', null, 'RFC 3463 §3.8'],
  ['7.3', 'Security conversion required but not possible', 'A security transformation could not be applied.', 'A path that cannot keep the required protection.', ASK_ADMIN, null, 'RFC 3463 §3.8'],
  ['7.4', 'Security features not supported', 'A security feature the message needs is unsupported.', 'Signed or encrypted content the receiver cannot process.', ASK_ADMIN, null, 'RFC 3463 §3.8'],
  ['7.5', 'Cryptographic failure', 'Decryption or signature processing failed.', 'A broken key or signature.', 'Check the signing or encryption setup.', null, 'RFC 3463 §3.8'],
  ['7.6', 'Cryptographic algorithm not supported', 'The algorithm used is not accepted.', 'An old or unsupported algorithm.', 'Use a current algorithm.', null, 'RFC 3463 §3.8'],
  ['7.7', 'Message integrity failure', 'The message was altered or corrupted in transit.', 'A modifying gateway or broken transfer.', 'Resend; find what alters messages on the way.', null, 'RFC 3463 §3.8'],
  ['7.8', 'Authentication credentials invalid', 'The login (SMTP AUTH) was refused.', 'Wrong username or password, or basic auth disabled.', 'Correct the credentials or use the method the provider requires.', null, 'RFC 4954 §6'],
  ['7.9', 'Authentication mechanism too weak', 'The login method is not strong enough.', 'A weak SASL mechanism.', 'Use a stronger mechanism over TLS.', null, 'RFC 4954 §6'],
  ['7.10', 'Encryption needed', 'The message or session must be encrypted.', 'The receiver requires TLS.', 'Enable TLS on the sending server.', null, 'RFC 5248 §2.4'],
  ['7.11', 'Encryption required for authentication', 'The login method is only allowed over TLS.', 'AUTH before STARTTLS.', 'Enable STARTTLS before authenticating.', null, 'RFC 4954 §6'],
  ['7.12', 'Password transition needed', 'The user must change the password before using this mechanism.', 'An account policy.', 'Log in once by another method and change the password.', null, 'RFC 4954 §6'],
  ['7.13', 'User account disabled', 'The account is disabled.', 'A suspended or closed account.', 'Contact the recipient (or your provider if it is your account).', null, 'RFC 5248 §2.4'],
  ['7.14', 'Trust relationship required', 'The server only accepts mail from partners it trusts.', 'No agreement between the two systems.', ASK_ADMIN, null, 'RFC 5248 §2.4'],
  ['7.15', 'Priority level too low', 'The message priority is below what the server accepts now.', 'MT-PRIORITY policy.', 'Retry later or with a normal priority.', null, 'RFC 6710 §7.1'],
  ['7.16', 'Message too big for the specified priority', 'A high-priority message must be smaller.', 'MT-PRIORITY size policy.', 'Send with normal priority or smaller.', null, 'RFC 6710 §7.1'],
  ['7.17', 'Mailbox owner has changed', 'The address now belongs to someone else (RRVS).', 'The mailbox was reassigned since you last confirmed it.', 'Remove the address; reconfirm with the person.', null, 'RFC 7293 §3.3'],
  ['7.18', 'Domain owner has changed', 'The domain changed hands since the address was confirmed (RRVS).', 'The domain was re-registered by someone else.', 'Remove the address; reconfirm with the person.', null, 'RFC 7293 §3.3'],
  ['7.19', 'RRVS test cannot be completed', 'The receiver cannot check the RRVS date.', 'The receiver does not keep the history.', 'Nothing to do, or resend without RRVS.', null, 'RFC 7293 §3.3'],
  ['7.20', 'No passing DKIM signature found', 'The receiver required a valid DKIM signature and found none.', 'Unsigned mail or a broken signature.', 'Sign outgoing mail with DKIM and publish the key.', 'dkim', 'RFC 7372 §3.1'],
  ['7.21', 'No acceptable DKIM signature found', 'DKIM signatures were present but none met local policy.', 'A weak key, a wrong domain, or an expired signature.', 'Sign with a 2048-bit key in the sending domain.', 'dkim', 'RFC 7372 §3.1'],
  ['7.22', 'No valid author-matched DKIM signature', 'No valid DKIM signature from the From domain was found.', 'Mail signed only by a provider\'s domain, not the author\'s.', 'Sign with a key in the From domain (aligned DKIM).', 'dkim', 'RFC 7372 §3.1'],
  ['7.23', 'SPF validation failed', 'The sending IP is not allowed by the sender domain\'s SPF record.', 'The sending IP is not in the SPF record.', 'Add the sending IP (or the provider\'s include:) to the SPF record.', 'spf', 'RFC 7372 §3.2'],
  ['7.24', 'SPF validation error', 'The SPF check could not complete (DNS or record error).', 'A broken SPF record, too many lookups, or DNS failure.', 'Fix the SPF record syntax and keep it under 10 DNS lookups.', 'spf', 'RFC 7372 §3.2'],
  ['7.25', 'Reverse DNS validation failed', 'The sending IP has no matching reverse DNS (PTR) name.', 'No PTR record, or it does not resolve back to the IP.', 'Ask the IP\'s owner (hosting provider) to set a PTR that matches the HELO name.', null, 'RFC 7372 §3.3'],
  ['7.26', 'Multiple authentication checks failed', 'The message failed authentication as a whole (DMARC: SPF and DKIM both failed or did not align).', 'Authentication failed or is not aligned with the From domain.', 'Fix SPF/DKIM alignment with the From domain, then check the DMARC record.', 'dmarc', 'RFC 7372 §3.3'],
  ['7.27', 'Sender address has null MX', 'The sender domain declares it receives no mail, so bounces could not reach it.', 'The envelope sender domain publishes a null MX.', 'Send from a domain that can receive replies and bounces.', 'mx', 'RFC 7505 §4.3'],
  ['7.28', 'Mail flood detected', 'The receiver saw an unusual flood of messages and refused this one.', 'Sending too fast or a sudden volume spike.', 'Slow down and spread sending over time.', null, 'IANA SMTP Enhanced Status Codes registry'],
  ['7.29', 'ARC validation failure', 'The ARC chain of a forwarded message did not validate.', 'An intermediary broke or forged the ARC seal.', 'Ask the forwarding service to fix its ARC signing.', 'dkim', 'RFC 8617 §5.2.1'],
  ['7.30', 'REQUIRETLS support required', 'The message demanded REQUIRETLS and the path does not support it.', 'The next hop lacks REQUIRETLS.', 'Send without REQUIRETLS or through a capable path.', null, 'RFC 8689 §6'],
];

const CLASS_WORD: Readonly<Record<string, string>> = {
  '2': 'Success: ',
  '4': 'Temporary: ',
  '5': 'Permanent: ',
};

const BY_SUFFIX = new Map(ROWS.map((r) => [r[0], r]));

/** The registry entry for a full code such as "5.1.1" (class 2, 4 or 5), or null. */
export function enhancedEntry(code: string): CodeEntry | null {
  const m = /^([245])\.(\d{1,3}\.\d{1,3})$/.exec(code);
  if (m === null) return null;
  const row = BY_SUFFIX.get(m[2] ?? '');
  if (row === undefined) return null;
  const cls = m[1] ?? '5';
  const [, title, meaning, cause, fix, check, source] = row;
  const retry = cls === '4' ? ' The sending server retries by itself for a while.' : '';
  return entry('enhanced', source, [code, title, `${CLASS_WORD[cls] ?? ''}${meaning}`, cause, `${fix}${retry}`, check]);
}

export const ENHANCED_SUFFIXES: readonly string[] = ROWS.map((r) => r[0]);
