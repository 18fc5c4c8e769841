/**
 * Provider-specific codes and texts, found by a token in the reply text (lower-case substring) and,
 * where the provider reuses a standard code, the enhanced status. From the providers' public
 * postmaster documentation (Google, Microsoft, Yahoo, Apple), explained in our own words.
 */
import { entry, type CodeEntry, type Row } from './types';

/** Where a reply was given, when the provider's meaning depends on it. */
export interface ReplyPlace {
  /** The host that answered (Remote-MTA or "host X said"). */
  remoteMta: string | null;
  /** The SMTP command it answered ("RCPT", "DATA"...). */
  command: string | null;
}

export interface ProviderRule {
  /** Lower-case tokens; any one found in the text selects the rule. */
  tokens: readonly string[];
  /** When set, the enhanced status must also match. */
  status?: string;
  /** When set, the reply must come from this domain (or a host under it), in answer to this command. */
  place?: { domain: string; command: string };
  entry: CodeEntry;
}

function rule(source: string, tokens: readonly string[], row: Row, status?: string): ProviderRule {
  const r: ProviderRule = { tokens, entry: entry('provider', source, row) };
  if (status !== undefined) r.status = status;
  return r;
}

const GOOGLE = 'Google postmaster: SMTP errors and codes (support.google.com/a/answer/3726730)';
const MICROSOFT = 'Microsoft 365: NDR and SMTP error codes (learn.microsoft.com, exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online)';
const OUTLOOK = 'Outlook.com postmaster (sender.office.com)';
const YAHOO = 'Yahoo Sender Hub: SMTP error codes (senders.yahooinc.com/smtp-error-codes)';
const APPLE = 'Apple iCloud Mail postmaster (support.apple.com/102322)';
const DOCOMO = 'NTT docomo: reception settings (受信拒否設定) refuse senders at the end of DATA; unknown addresses are refused at RCPT';

/** Most specific first: the first rule whose token occurs (and whose status matches) wins. */
export const PROVIDER_RULES: readonly ProviderRule[] = [
  rule(GOOGLE, ['unauthenticated email', "domain's dmarc policy", 'dmarc policy'], ['gmail 5.7.26 dmarc', 'Gmail: DMARC policy rejection', 'Gmail refused the message because it failed the From domain\'s DMARC policy.', 'Neither SPF nor DKIM passed in alignment with the From domain, and that domain publishes p=reject or p=quarantine.', 'Sign with DKIM in the From domain and make SPF pass for an aligned envelope domain; then check the DMARC record.', 'dmarc'], '5.7.26'),
  rule(GOOGLE, ['sender is unauthenticated', 'requires all senders to authenticate'], ['gmail 5.7.26 unauthenticated', 'Gmail: sender not authenticated', 'Gmail requires every sender to pass SPF or DKIM; this message passed neither.', 'No SPF record covering the sending IP and no valid DKIM signature.', 'Publish SPF for the sending IP and sign with DKIM; bulk senders also need DMARC.', 'dmarc'], '5.7.26'),
  rule(GOOGLE, ['does not have authentication information', 'fails to pass authentication checks'], ['gmail 5.7.1 auth', 'Gmail: authentication required', 'Gmail refused (or deferred) the message because it carries no passing SPF or DKIM.', 'Missing or failing SPF and DKIM for the sending domain.', 'Set up SPF and DKIM for the sending domain; bulk senders also need DMARC.', 'spf']),
  rule(GOOGLE, ['unusual rate of unsolicited mail', 'unusual rate of mail'], ['gmail 4.7.0 rate', 'Gmail: rate limited for suspected spam', 'Gmail is slowing down mail from this IP or domain because of an unusual rate of (unwanted) mail.', 'A sudden volume increase, poor reputation, or many recipients marking mail as spam.', 'Reduce the sending rate, keep to recipients who asked for the mail, add one-click unsubscribe, and check Postmaster Tools; Gmail retries are handled by your server.', null]),
  rule(GOOGLE, ['likely unsolicited mail', 'likely suspicious due to the very low reputation'], ['gmail 5.7.1 spam', 'Gmail: rejected as likely spam', 'Gmail\'s filters judged the message unsolicited.', 'Content, sender reputation, or complaints.', 'Check authentication and reputation (Postmaster Tools), review content and list hygiene.', 'dmarc']),
  rule(GOOGLE, ['not rfc 5322 compliant', 'missing a valid address in from'], ['gmail 5.7.1 rfc5322', 'Gmail: message not RFC 5322 compliant', 'Gmail refused a message whose header breaks RFC 5322 (several From/Subject fields, no valid From).', 'The sending software writes duplicate or malformed header fields.', 'Fix the sending software so each message has exactly one valid From, Date, Subject and Message-ID.', null]),
  rule(GOOGLE, ['does not have a ptr record', 'ptr record setup'], ['gmail 5.7.25 ptr', 'Gmail: no reverse DNS', 'The sending IP has no PTR record, which Gmail requires.', 'Missing reverse DNS for the sending IP.', 'Ask the IP owner to publish a PTR that resolves back to the IP.', null]),
  rule(MICROSOFT, ['5.7.708'], ['5.7.708', 'Microsoft: traffic not accepted from this IP', 'Microsoft 365 refuses mail from this IP because of its poor reputation (often a new tenant or a compromised account).', 'The sending IP or tenant has a low reputation.', 'Send through a reputable IP, or ask Microsoft support to review; fix any compromised account first.', 'blocklist']),
  rule(MICROSOFT, ['5.7.509', 'does not pass dmarc verification'], ['5.7.509', 'Microsoft: DMARC reject', 'Microsoft 365 refused the message because it failed DMARC for a domain publishing p=reject.', 'SPF and DKIM not passing in alignment with the From domain.', 'Fix SPF/DKIM alignment with the From domain.', 'dmarc']),
  rule(MICROSOFT, ['5.7.515'], ['5.7.515', 'Outlook.com: authentication required for high-volume senders', 'Outlook.com requires SPF, DKIM and DMARC to pass for high-volume senders.', 'One of SPF, DKIM or DMARC is missing or failing.', 'Publish SPF, sign with DKIM and publish DMARC (at least p=none) aligned with the From domain.', 'dmarc']),
  rule(OUTLOOK, ['s3150'], ['S3150', 'Outlook.com: sending IP on Microsoft\'s block list', 'Outlook.com refused the connection because the sending IP is on its own block list.', 'Poor reputation or spam complaints for the IP.', 'Request delisting through the Outlook.com sender portal (sender.office.com) after fixing the cause.', 'blocklist']),
  rule(OUTLOOK, ['s3140', 's3114', 's3115', 's3113'], ['S3140', 'Outlook.com: message blocked', 'Outlook.com refused mail from this IP for reputation reasons.', 'Poor IP reputation or complaints.', 'Improve list hygiene and submit a delisting request via sender.office.com.', 'blocklist']),
  rule(MICROSOFT, ['banned sender', 'sender is on a block list'], ['550 5.7.1 banned sender', 'Microsoft: banned sender', 'The recipient\'s organisation blocks this sender address or domain.', 'A block list entry set by the recipient\'s administrator, or a tenant-wide block.', 'Ask the recipient to unblock you, or contact their administrator.', null], '5.7.1'),
  rule(MICROSOFT, ['5.7.57', 'client was not authenticated to send anonymous mail'], ['5.7.57', 'Microsoft: client not authenticated', 'The application tried to send through Microsoft 365 without logging in.', 'SMTP client submission without authentication.', 'Configure SMTP AUTH (port 587 with TLS) or use a connector.', null]),
  rule(MICROSOFT, ['5.7.64', 'tenantattribution'], ['5.7.64', 'Microsoft: relay access denied (TenantAttribution)', 'A connector rejected the message: it could not be tied to your organisation.', 'An inbound connector with a certificate or IP that does not match.', 'Fix the connector\'s IP or certificate settings.', null]),
  rule(MICROSOFT, ['recipnotfound', 'resolver.adr.recipientnotfound'], ['5.1.10 RecipNotFound', 'Microsoft: recipient not found', 'The recipient does not exist in the destination organisation.', 'A mistyped or deleted address.', 'Verify the recipient address.', null]),
  rule(MICROSOFT, ['all recipient addresses rejected : access denied', 'recipient address rejected: access denied'], ['5.4.1', 'Microsoft: recipient address rejected (directory check)', 'The destination tenant does not know the address and drops it at its edge.', 'A mistyped or deleted address, or the domain points its MX at Microsoft without the mailbox existing.', 'Verify the recipient address; the recipient\'s administrator should check the accepted domain setup.', 'mx'], '5.4.1'),
  ...['606', '607', '608', '609', '610', '611', '612', '613', '614', '615', '616', '617', '618', '619', '620', '621', '622', '623', '624', '625', '626', '627', '628', '629', '630', '631', '632', '633', '634', '635', '636', '637', '638', '639', '640', '641', '642', '643', '644', '645', '646', '647', '648', '649'].map((n) => rule(MICROSOFT, [`5.7.${n}`], [`5.7.${n}`, 'Microsoft: banned sending IP range', 'Microsoft 365 refuses mail from the sending IP (a banned IP range).', 'The IP is on Microsoft\'s block list for poor reputation.', 'Request delisting through the Microsoft delist portal (sender.office.com) after fixing the cause.', 'blocklist'])),
  rule(YAHOO, ['tss04'], ['TSS04', 'Yahoo: temporarily deferred (volume or complaints)', 'Yahoo is deferring mail from this IP because of unexpected volume or user complaints.', 'A traffic spike or many recipients marking mail as spam.', 'Wait for the automatic retry and lower the sending rate; clean the list and make unsubscribing easy.', null]),
  rule(YAHOO, ['tss09'], ['TSS09', 'Yahoo: permanently deferred', 'Yahoo will not accept mail from this IP; retrying will not help.', 'Sustained poor reputation.', 'Stop retrying; fix list hygiene and authentication, then contact Yahoo Sender Hub.', 'blocklist']),
  rule(YAHOO, ['ph01'], ['PH01', 'Yahoo: not accepted for policy reasons', 'Yahoo refused the message for policy reasons (content or sender judged harmful).', 'Content resembling phishing, or URLs with poor reputation.', 'Review the content and links; make sure the message is authenticated (SPF, DKIM, DMARC).', 'dmarc']),
  rule(YAHOO, ['bl21', 'bl22', 'bl23'], ['BL21', 'Yahoo: IP on a public blocklist', 'Yahoo refused the connection because the sending IP is listed on a public blocklist (Spamhaus, SpamCop...).', 'The sending IP is blocklisted.', 'Look the IP up on the named blocklist and request removal after fixing the cause.', 'blocklist']),
  { tokens: ['unknown user'], place: { domain: 'docomo.ne.jp', command: 'DATA' }, entry: entry('provider', DOCOMO, ['docomo 550 Unknown user (DATA)', 'NTT docomo: the recipient refuses your address', 'docomo took the recipient at RCPT (so the mailbox exists), then answered "Unknown user" at the end of DATA: the recipient\'s reception settings block this sender.', 'The recipient blocks your address or domain, or accepts only listed senders (指定受信), or refuses mail that looks spoofed.', 'Ask the recipient to add your address or domain to their allowed senders in the docomo mail settings; retrying will not help.', null]) },
  rule(APPLE, ['cs01', 'hm07', 'hm08'], ['CS01', 'iCloud Mail: rejected by local policy', 'iCloud Mail refused the message by its local policy (reputation or content).', 'Sender reputation, authentication or content.', 'Check SPF, DKIM and DMARC and the sending IP\'s reputation; contact iCloud Mail postmaster if it persists.', 'dmarc']),
];

/** `host` is `domain` or a name under it (case and a trailing root dot ignored). */
export function isUnder(host: string | null, domain: string): boolean {
  if (host === null) return false;
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** The first provider rule for a reply text (and status, and where it was said when known). */
export function providerEntry(text: string, status: string | null, place?: ReplyPlace): CodeEntry | null {
  const lower = text.slice(0, 16 * 1024).toLowerCase();
  for (const r of PROVIDER_RULES) {
    if (r.status !== undefined && r.status !== status) continue;
    if (r.place !== undefined && (place === undefined || place.command !== r.place.command || !isUnder(place.remoteMta, r.place.domain))) continue;
    if (r.tokens.some((t) => lower.includes(t))) return r.entry;
  }
  return null;
}
