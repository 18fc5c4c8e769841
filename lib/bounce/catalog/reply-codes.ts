/**
 * Every SMTP reply code of RFC 5321 §4.2.2-4.2.3, plus the ones later RFCs added (RFC 4954 AUTH,
 * RFC 7504 521/556, RFC 3030 CHUNKING needs none). Explanations in our own words.
 */
import { entry, type CodeEntry, type Row } from './types';

const RETRY = 'Nothing, at first: the sending server keeps the message and retries by itself; act only if it finally bounces.';

const ROWS: readonly Row[] = [
  ['211', 'System status', 'A status or help reply to a query.', 'An administrator asked the server for status.', 'Nothing to do.', null],
  ['214', 'Help message', 'Human-readable help from the server.', 'A HELP command.', 'Nothing to do.', null],
  ['220', 'Service ready', 'The server greets the client and is ready.', 'A normal connection.', 'Nothing to do.', null],
  ['221', 'Closing connection', 'The server ends the session normally.', 'The client sent QUIT.', 'Nothing to do.', null],
  ['235', 'Authentication succeeded', 'SMTP AUTH was accepted (RFC 4954).', 'Correct credentials.', 'Nothing to do.', null],
  ['250', 'Requested action completed', 'The command was accepted; after DATA, the receiver has taken responsibility for the message.', 'Normal delivery.', 'Nothing to do.', null],
  ['251', 'User not local; will forward', 'The server accepts the recipient and forwards it elsewhere.', 'The mailbox forwards to another address.', 'Nothing to do; update the address if told of a new one.', null],
  ['252', 'Cannot verify user; will try', 'The server cannot confirm the address but accepts the message.', 'VRFY is disabled or the server relays blindly.', 'Nothing to do.', null],
  ['334', 'Authentication challenge', 'The server waits for the next step of SMTP AUTH (RFC 4954).', 'Part of logging in.', 'Nothing to do.', null],
  ['354', 'Start mail input', 'The server is ready to receive the message text after DATA.', 'Normal delivery.', 'Nothing to do.', null],
  ['421', 'Service not available', 'The server closes the connection for now: it is busy, shutting down or limiting you.', 'Server busy, maintenance, or too many connections or messages from the sender.', `Wait for the automatic retry. ${RETRY} If it persists for hours, slow the sending rate and check the sender's reputation.`, null],
  ['450', 'Mailbox unavailable (temporary)', 'The recipient mailbox cannot take the message right now.', 'A temporary issue: mailbox locked or busy, greylisting, or a temporary policy check.', `Wait for the automatic retry. ${RETRY}`, null],
  ['451', 'Local error in processing', 'The receiving server hit a temporary problem while handling the message.', 'A processing issue on the receiving side (a failed lookup, a filter timeout, greylisting).', 'Check later: the sender retries automatically. If it never clears, contact the receiving domain.', null],
  ['452', 'Insufficient system storage', 'The receiving server is short of space, or too many recipients were given at once.', 'Disk space on the receiving server, or a per-message recipient limit.', 'Wait for cleanup: retries happen by themselves. For recipient limits, send to fewer recipients per message.', null],
  ['455', 'Server unable to accommodate parameters', 'The server cannot honour a MAIL FROM or RCPT TO parameter right now.', 'An unsupported or temporarily impossible SMTP extension parameter.', 'Retry; if it persists, send without the extension.', null],
  ['500', 'Syntax error, command unrecognised', 'The server did not understand the command.', 'A broken client, a line too long, or a firewall rewriting SMTP.', 'Check the sending software or any SMTP-inspecting firewall.', null],
  ['501', 'Syntax error in parameters', 'A command had malformed arguments, often the address or the HELO name.', 'A badly formed address or HELO hostname.', 'Fix the address syntax or the HELO name the sending server announces.', null],
  ['502', 'Command not implemented', 'The server does not support that command.', 'The client used an extension the server lacks.', 'Configure the client not to use it.', null],
  ['503', 'Bad sequence of commands', 'Commands came in the wrong order (for example DATA before RCPT, or mail before AUTH).', 'Client bug, or authentication is required first.', 'Authenticate before sending, or fix the client.', null],
  ['504', 'Command parameter not implemented', 'The server does not support a parameter of the command.', 'An unsupported AUTH mechanism or extension parameter.', 'Use a supported mechanism.', null],
  ['521', 'Server does not accept mail', 'This host never accepts mail (RFC 7504).', 'The domain or host is not meant to receive mail.', 'Check the recipient domain and its MX records; the address is probably wrong.', 'mx'],
  ['530', 'Authentication required', 'The server requires SMTP AUTH (or STARTTLS) before this command (RFC 4954).', 'Sending without logging in.', 'Configure the mail client or application to authenticate.', null],
  ['534', 'Authentication mechanism too weak', 'The server wants a stronger login method (RFC 4954).', 'Plain login over an unencrypted link, or a legacy mechanism.', 'Enable TLS or a stronger authentication method (or an app password).', null],
  ['535', 'Authentication credentials invalid', 'The username or password was refused (RFC 4954).', 'Wrong credentials, or basic authentication disabled by the provider.', 'Correct the credentials or use the method the provider requires (app password, OAuth).', null],
  ['538', 'Encryption required for authentication', 'The server only accepts login over TLS (RFC 4954).', 'AUTH attempted before STARTTLS.', 'Turn on STARTTLS or implicit TLS in the client.', null],
  ['550', 'Mailbox unavailable (permanent)', 'The server refused the message permanently; the rest of the reply says why.', 'Unknown recipient, policy refusal, blocklisting or failed authentication.', 'Read the enhanced status code and text that follow; they name the cause.', null],
  ['551', 'User not local', 'The recipient is not handled here; the server may name a forward address.', 'The mailbox moved or the server refuses to relay.', 'Use the address the server gives, or check the recipient address.', null],
  ['552', 'Exceeded storage allocation', 'The message was refused for size: the mailbox is full or the message too large.', 'Recipient over quota, or message over the size limit.', 'If the mailbox is full, tell the recipient another way and resend later; if the message is too large, send smaller attachments or a link.', null],
  ['553', 'Mailbox name not allowed', 'The address was refused as invalid or not permitted.', 'A malformed address, or a sender address the server will not accept.', 'Check the address syntax; use a valid sender domain.', null],
  ['554', 'Transaction failed', 'The server refused the whole transaction or connection permanently.', 'Policy refusal, blocklisted sending IP, spam verdict, or relay refused.', 'Read the rest of the reply; check blocklists and authentication if it names policy.', 'blocklist'],
  ['555', 'Parameters not recognised', 'A MAIL FROM or RCPT TO parameter is unknown or not implemented.', 'The client used an extension parameter the server lacks.', 'Send without the extension.', null],
  ['556', 'Domain does not accept mail', 'The recipient domain accepts no mail (RFC 7504; null MX of RFC 7505).', 'The domain publishes a null MX ("0 .").', 'The address is wrong or the domain never receives mail: use another address.', 'mx'],
];

export const REPLY_CODES: ReadonlyMap<string, CodeEntry> = new Map(
  ROWS.map((r) => [r[0], entry('reply', ['235', '334', '530', '534', '535', '538'].includes(r[0]) ? 'RFC 4954 §6' : ['521', '556'].includes(r[0]) ? 'RFC 7504 §3' : 'RFC 5321 §4.2.3', r)]),
);
