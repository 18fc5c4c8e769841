/**
 * Provider-specific codes and texts, found by a token in the reply text (lower-case, see provider-rule.ts)
 * and, where the provider reuses a standard code, the enhanced status. From the providers' public
 * postmaster documentation, explained in our own words; each rule's entry names its source. The
 * per-provider tables live in ./providers/, each citing its provider's documentation page.
 */
import type { Reason } from '../types';
import { APPLE_RULES } from './providers/apple';
import { CLOUDFLARE_RULES } from './providers/cloudflare';
import { COX_RULES } from './providers/cox';
import { FACEBOOK_RULES } from './providers/facebook';
import { GODADDY_RULES } from './providers/godaddy';
import { GOOGLE_RULES } from './providers/google';
import { GOOGLE_REPLY_RULES } from './providers/google-replies';
import { IUA_RULES } from './providers/iua';
import { KDDI_RULES } from './providers/kddi';
import { MESSAGELABS_RULES } from './providers/messagelabs';
import { MICROSOFT_RULES } from './providers/microsoft';
import { MICROSOFT_REPLY_RULES } from './providers/microsoft-replies';
import { MIMECAST_RULES } from './providers/mimecast';
import { SPECTRUM_RULES } from './providers/spectrum';
import { TENCENT_RULES } from './providers/tencent';
import { YAHOO_RULES } from './providers/yahoo';
import { ZOHO_RULES } from './providers/zoho';
import { firstRule, providerRules, type ProviderRule, type ReplyPlace } from './provider-rule';
import { entry, type CodeEntry, type Row } from './types';

export { isUnder, type ProviderRule, type ReplyPlace } from './provider-rule';

function rule(source: string, tokens: readonly string[], row: Row, status?: string, reason?: Reason): ProviderRule {
  const r: ProviderRule = { tokens, entry: entry('provider', source, row) };
  if (status !== undefined) r.status = status;
  if (reason !== undefined) r.reason = reason;
  return r;
}

const GOOGLE = 'Google postmaster: SMTP errors and codes (support.google.com/a/answer/3726730)';
const MICROSOFT = 'Microsoft 365: NDR and SMTP error codes (learn.microsoft.com, exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online)';
const OUTLOOK = 'Outlook.com postmaster (sender.office.com)';
const YAHOO = 'Yahoo Sender Hub: SMTP error codes (senders.yahooinc.com/smtp-error-codes)';
const APPLE = 'Apple iCloud Mail postmaster (support.apple.com/102322)';
const DOCOMO = 'NTT docomo: reception settings (受信拒否設定) refuse senders at the end of DATA; unknown addresses are refused at RCPT';

/** Most specific first: the first rule whose token occurs (and whose status matches) wins. */
/** The rules kept from the first catalog pass (Google, Microsoft, Yahoo, Apple, NTT docomo). */
const FIRST_RULES: readonly ProviderRule[] = [
  rule(GOOGLE, ['unauthenticated email', "domain's dmarc policy"], ['gmail 5.7.26 dmarc', 'Gmail: DMARC policy rejection', 'Gmail refused the message because it failed the From domain\'s DMARC policy.', 'Neither SPF nor DKIM passed in alignment with the From domain, and that domain publishes p=reject or p=quarantine.', 'Sign with DKIM in the From domain and make SPF pass for an aligned envelope domain; then check the DMARC record.', 'dmarc'], '5.7.26'),
  rule(GOOGLE, ['sender is unauthenticated', 'requires all senders to authenticate'], ['gmail 5.7.26 unauthenticated', 'Gmail: sender not authenticated', 'Gmail requires every sender to pass SPF or DKIM; this message passed neither.', 'No SPF record covering the sending IP and no valid DKIM signature.', 'Publish SPF for the sending IP and sign with DKIM; bulk senders also need DMARC.', 'dmarc'], '5.7.26'),
  rule(GOOGLE, ['does not have authentication information', 'fails to pass authentication checks'], ['gmail 5.7.1 auth', 'Gmail: authentication required', 'Gmail refused (or deferred) the message because it carries no passing SPF or DKIM.', 'Missing or failing SPF and DKIM for the sending domain.', 'Set up SPF and DKIM for the sending domain; bulk senders also need DMARC.', 'spf']),
  rule(GOOGLE, ['unusual rate of unsolicited mail', 'unusual rate of mail'], ['gmail 4.7.0 rate', 'Gmail: rate limited for suspected spam', 'Gmail is slowing down mail from this IP or domain because of an unusual rate of (unwanted) mail.', 'A sudden volume increase, poor reputation, or many recipients marking mail as spam.', 'Reduce the sending rate, keep to recipients who asked for the mail, add one-click unsubscribe, and check Postmaster Tools; Gmail retries are handled by your server.', null], undefined, 'speeding'),
  rule(GOOGLE, ['likely unsolicited mail', 'likely suspicious due to the very low reputation'], ['gmail 5.7.1 spam', 'Gmail: rejected as likely spam', 'Gmail\'s filters judged the message unsolicited.', 'Content, sender reputation, or complaints.', 'Check authentication and reputation (Postmaster Tools), review content and list hygiene.', 'dmarc']),
  rule(GOOGLE, ['not rfc 5322 compliant', 'missing a valid address in from'], ['gmail 5.7.1 rfc5322', 'Gmail: message not RFC 5322 compliant', 'Gmail refused a message whose header breaks RFC 5322 (several From/Subject fields, no valid From).', 'The sending software writes duplicate or malformed header fields.', 'Fix the sending software so each message has exactly one valid From, Date, Subject and Message-ID.', null]),
  rule(GOOGLE, ['does not have a ptr record', 'ptr record setup'], ['gmail 5.7.25 ptr', 'Gmail: no reverse DNS', 'The sending IP has no PTR record, which Gmail requires.', 'Missing reverse DNS for the sending IP.', 'Ask the IP owner to publish a PTR that resolves back to the IP.', null]),
  rule(MICROSOFT, ['5.7.708'], ['5.7.708', 'Microsoft: traffic not accepted from this IP', 'Microsoft 365 refuses mail from this IP because of its poor reputation (often a new tenant or a compromised account).', 'The sending IP or tenant has a low reputation.', 'Send through a reputable IP, or ask Microsoft support to review; fix any compromised account first.', 'blocklist']),
  rule(MICROSOFT, ['5.7.509', 'does not pass dmarc verification'], ['5.7.509', 'Microsoft: DMARC reject', 'Microsoft 365 refused the message because it failed DMARC for a domain publishing p=reject.', 'SPF and DKIM not passing in alignment with the From domain.', 'Fix SPF/DKIM alignment with the From domain.', 'dmarc'], undefined, 'authfailure'),
  rule(MICROSOFT, ['5.7.515'], ['5.7.515', 'Outlook.com: authentication required for high-volume senders', 'Outlook.com requires SPF, DKIM and DMARC to pass for high-volume senders.', 'One of SPF, DKIM or DMARC is missing or failing.', 'Publish SPF, sign with DKIM and publish DMARC (at least p=none) aligned with the From domain.', 'dmarc'], undefined, 'authfailure'),
  rule(OUTLOOK, ['s3150'], ['S3150', 'Outlook.com: sending IP on Microsoft\'s block list', 'Outlook.com refused the connection because the sending IP is on its own block list.', 'Poor reputation or spam complaints for the IP.', 'Request delisting through the Outlook.com sender portal (sender.office.com) after fixing the cause.', 'blocklist'], undefined, 'blocked'),
  rule(OUTLOOK, ['s3140', 's3114', 's3115', 's3113'], ['S3140', 'Outlook.com: message blocked', 'Outlook.com refused mail from this IP for reputation reasons.', 'Poor IP reputation or complaints.', 'Improve list hygiene and submit a delisting request via sender.office.com.', 'blocklist']),
  rule(MICROSOFT, ['banned sender', 'sender is on a block list'], ['550 5.7.1 banned sender', 'Microsoft: banned sender', 'The recipient\'s organisation blocks this sender address or domain.', 'A block list entry set by the recipient\'s administrator, or a tenant-wide block.', 'Ask the recipient to unblock you, or contact their administrator.', null], '5.7.1'),
  rule(MICROSOFT, ['5.7.57', 'client was not authenticated to send anonymous mail'], ['5.7.57', 'Microsoft: client not authenticated', 'The application tried to send through Microsoft 365 without logging in.', 'SMTP client submission without authentication.', 'Configure SMTP AUTH (port 587 with TLS) or use a connector.', null], undefined, 'securityerror'),
  rule(MICROSOFT, ['5.7.64', 'tenantattribution'], ['5.7.64', 'Microsoft: relay access denied (TenantAttribution)', 'A connector rejected the message: it could not be tied to your organisation.', 'An inbound connector with a certificate or IP that does not match.', 'Fix the connector\'s IP or certificate settings.', null], undefined, 'norelaying'),
  rule(MICROSOFT, ['recipnotfound', 'resolver.adr.recipientnotfound'], ['5.1.10 RecipNotFound', 'Microsoft: recipient not found', 'The recipient does not exist in the destination organisation.', 'A mistyped or deleted address.', 'Verify the recipient address.', null], undefined, 'userunknown'),
  rule(MICROSOFT, ['recipient address rejected: access denied'], ['5.4.1', 'Microsoft: recipient address rejected (directory check)', 'The destination tenant does not know the address and drops it at its edge.', 'A mistyped or deleted address, or the domain points its MX at Microsoft without the mailbox existing.', 'Verify the recipient address; the recipient\'s administrator should check the accepted domain setup.', 'mx'], '5.4.1'),
  ...Array.from({ length: 44 }, (_, i) => String(606 + i)).map((n) => rule(MICROSOFT, [`5.7.${n}`], [`5.7.${n}`, 'Microsoft: banned sending IP range', 'Microsoft 365 refuses mail from the sending IP (a banned IP range).', 'The IP is on Microsoft\'s block list for poor reputation.', 'Request delisting through the Microsoft delist portal (sender.office.com) after fixing the cause.', 'blocklist'], undefined, 'blocked')),
  rule(YAHOO, ['tss04', 'temporarily deferred due to unexpected volume or user complaints'], ['TSS04', 'Yahoo: temporarily deferred (volume or complaints)', 'Yahoo is deferring mail from this IP because of unexpected volume or user complaints.', 'A traffic spike or many recipients marking mail as spam.', 'Wait for the automatic retry and lower the sending rate; clean the list and make unsubscribing easy.', null], undefined, 'rejected'),
  rule(YAHOO, ['tss09'], ['TSS09', 'Yahoo: permanently deferred', 'Yahoo will not accept mail from this IP; retrying will not help.', 'Sustained poor reputation.', 'Stop retrying; fix list hygiene and authentication, then contact Yahoo Sender Hub.', 'blocklist']),
  rule(YAHOO, ['ph01'], ['PH01', 'Yahoo: not accepted for policy reasons', 'Yahoo refused the message for policy reasons (content or sender judged harmful).', 'Content resembling phishing, or URLs with poor reputation.', 'Review the content and links; make sure the message is authenticated (SPF, DKIM, DMARC).', 'dmarc'], undefined, 'policyviolation'),
  rule(YAHOO, ['bl21', 'bl22', 'bl23'], ['BL21', 'Yahoo: IP on a public blocklist', 'Yahoo refused the connection because the sending IP is listed on a public blocklist (Spamhaus, SpamCop...).', 'The sending IP is blocklisted.', 'Look the IP up on the named blocklist and request removal after fixing the cause.', 'blocklist'], undefined, 'blocked'),
  { tokens: ['unknown user'], hosts: ['docomo.ne.jp'], command: 'DATA', entry: entry('provider', DOCOMO, ['docomo 550 Unknown user (DATA)', 'NTT docomo: the recipient refuses your address', 'docomo took the recipient at RCPT (so the mailbox exists), then answered "Unknown user" at the end of DATA: the recipient\'s reception settings block this sender.', 'The recipient blocks your address or domain, or accepts only listed senders (指定受信), or refuses mail that looks spoofed.', 'Ask the recipient to add your address or domain to their allowed senders in the docomo mail settings; retrying will not help.', null]) },
  rule(APPLE, ['cs01', 'hm07', 'hm08'], ['CS01', 'iCloud Mail: rejected by local policy', 'iCloud Mail refused the message by its local policy (reputation or content).', 'Sender reputation, authentication or content.', 'Check SPF, DKIM and DMARC and the sending IP\'s reputation; contact iCloud Mail postmaster if it persists.', 'dmarc'], undefined, 'policyviolation'),
];

/**
 * Texts any server may write whose meaning an RFC settles. RFC 6647 §2: a greylisting server answers an
 * unknown (client, sender, recipient) triplet with a temporary failure and accepts the retry.
 */
const PRACTICE_RULES: readonly ProviderRule[] = providerRules('RFC 6647 (Email Greylisting), §2', 'Greylisting', [], [
  [null, 'greylist*|graylist*', 'the server defers the first message from an unknown sender and accepts it when the sending server retries.', null, 0, 'Nothing to do: your server retries by itself; it must retry from the same IP after a few minutes.', 'First contact between this sending server, sender and recipient.'],
]);

/**
 * Most specific first: documented texts tied to their status codes (Google, Microsoft), distinctive provider codes, then the first pass, then the Google and Microsoft
 * texts (whose tokens are broader). The Orange / La Poste cause codes are read in ../provider-codes.ts.
 */
export const PROVIDER_RULES: readonly ProviderRule[] = [
  ...GOOGLE_REPLY_RULES, ...MICROSOFT_REPLY_RULES,
  ...YAHOO_RULES, ...COX_RULES, ...SPECTRUM_RULES, ...GODADDY_RULES, ...IUA_RULES, ...TENCENT_RULES, ...ZOHO_RULES,
  ...CLOUDFLARE_RULES, ...APPLE_RULES, ...FACEBOOK_RULES, ...MIMECAST_RULES, ...MESSAGELABS_RULES, ...KDDI_RULES,
  ...FIRST_RULES, ...GOOGLE_RULES, ...MICROSOFT_RULES, ...PRACTICE_RULES,
];

/** Lower-case, whitespace collapsed; Spectrum's direction letter dropped ("AUP#I-1010" -> "aup#1010"). */
function matchText(text: string): string {
  return text.slice(0, 16 * 1024).toLowerCase().replace(/\s+/g, ' ').split('aup#i-').join('aup#').split('aup#o-').join('aup#');
}

/** The first provider rule for a reply text (and status, and where it was said when known). */
export function providerRule(text: string, status: string | null, place?: ReplyPlace): ProviderRule | null {
  return firstRule(PROVIDER_RULES, matchText(text), status, place);
}

export function providerEntry(text: string, status: string | null, place?: ReplyPlace): CodeEntry | null {
  return providerRule(text, status, place)?.entry ?? null;
}

/** The reason class a provider's documentation gives for this reply, or null (explanation only / none). */
export function providerReason(text: string, status: string | null, place?: ReplyPlace): Reason | null {
  return providerRule(text, status, place)?.reason ?? null;
}
