import { mapList } from '../list/map-list';
/**
 * What a header is and where it is defined; the popup links each header name to its reference.
 * Popup-only text: the worker's intake needs just the names (known-headers.ts), so these stay out of its bundle.
 */
export interface HeaderDoc {
  name: string;
  about: string;
  /** https URL of the defining RFC section or vendor page. */
  ref: string;
}

const RFC = (n: number, section?: string): string =>
  `https://www.rfc-editor.org/rfc/rfc${String(n)}${section ? `#section-${section}` : ''}`;
const MS_HEADERS = 'https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo';

const DOCS: readonly (readonly [string, string, string])[] = [
  ['Received', 'One hop of the delivery path, added by each server that handled the message', RFC(5321, '4.4')],
  ['Return-Path', 'The envelope sender (MAIL FROM) recorded at final delivery; bounces go here', RFC(5321, '4.4')],
  ['Delivered-To', 'The mailbox the message was delivered to', RFC(9228, '4')],
  ['X-Original-To', 'Postfix: the recipient address before alias expansion', 'https://www.postfix.org/local.8.html'],
  ['From', 'The author shown to the reader (RFC5322.From); DMARC protects this domain', RFC(5322, '3.6.2')],
  ['Sender', 'Who actually sent the message, when not the author', RFC(5322, '3.6.2')],
  ['Reply-To', 'Where replies go; differs from From in many phishing messages', RFC(5322, '3.6.2')],
  ['To', 'Primary recipients', RFC(5322, '3.6.3')],
  ['Cc', 'Carbon-copy recipients', RFC(5322, '3.6.3')],
  ['Bcc', 'Blind-copy recipients', RFC(5322, '3.6.3')],
  ['Subject', 'The subject line', RFC(5322, '3.6.5')],
  ['Date', 'When the author submitted the message (the sender’s clock)', RFC(5322, '3.6.1')],
  ['Message-ID', 'Unique identifier given by the sending system', RFC(5322, '3.6.4')],
  ['In-Reply-To', 'Message-ID of the message this one answers', RFC(5322, '3.6.4')],
  ['References', 'Message-IDs of the thread', RFC(5322, '3.6.4')],
  ['Comments', 'Free-text comments', RFC(5322, '3.6.5')],
  ['Keywords', 'Keywords', RFC(5322, '3.6.5')],
  ['Resent-From', 'Author of a re-sent message', RFC(5322, '3.6.6')],
  ['Resent-To', 'Recipients of a re-sent message', RFC(5322, '3.6.6')],
  ['Resent-Date', 'When the message was re-sent', RFC(5322, '3.6.6')],
  ['Resent-Message-ID', 'Identifier of the re-sending', RFC(5322, '3.6.6')],
  ['MIME-Version', 'Declares a MIME message', RFC(2045, '4')],
  ['Content-Type', 'Media type and character set of the body', RFC(2045, '5')],
  ['Content-Transfer-Encoding', 'How the body is encoded for transport', RFC(2045, '6')],
  ['Content-Disposition', 'Inline or attachment, with file name', RFC(2183, '2')],
  ['Content-Language', 'Language of the content', RFC(3282, '2')],
  ['DKIM-Signature', 'A DomainKeys Identified Mail signature by the domain in d=', RFC(6376, '3.5')],
  ['ARC-Seal', 'ARC: seal over the chain by an intermediary (forwarder, list)', RFC(8617, '4.1.3')],
  ['ARC-Message-Signature', 'ARC: an intermediary’s DKIM-like signature of the message', RFC(8617, '4.1.2')],
  ['ARC-Authentication-Results', 'ARC: what an intermediary’s checks found', RFC(8617, '4.1.1')],
  ['Authentication-Results', 'SPF/DKIM/DMARC results recorded by a receiving server', RFC(8601, '2')],
  ['Received-SPF', 'The SPF result recorded by a receiving server', RFC(7208, '9.1')],
  ['DomainKey-Signature', 'Obsolete DomainKeys signature (replaced by DKIM)', RFC(4870, '3.3')],
  ['List-Id', 'Identifies the mailing list', RFC(2919, '2')],
  ['List-Unsubscribe', 'How to unsubscribe (mailto: or https:)', RFC(2369, '3.2')],
  ['List-Unsubscribe-Post', 'One-click unsubscribe, required of bulk senders', RFC(8058, '3.1')],
  ['List-Post', 'How to post to the list', RFC(2369, '3.4')],
  ['List-Help', 'Help for the list', RFC(2369, '3.1')],
  ['List-Archive', 'Archive of the list', RFC(2369, '3.6')],
  ['Precedence', 'Non-standard bulk/list marker used by auto-responders', RFC(3834, '2')],
  ['Auto-Submitted', 'Marks automatic messages (auto-replies, notifications)', RFC(3834, '5')],
  ['Disposition-Notification-To', 'Asks for a read receipt', RFC(8098, '2.1')],
  ['Original-Recipient', 'Original recipient for read receipts', RFC(8098, '2.3')],
  ['Require-Recipient-Valid-Since', 'Refuse delivery if the mailbox changed hands since a date', RFC(7293, '3.1')],
  ['TLS-Required', 'Sender allows delivery without TLS policy checks when "No"', RFC(8689, '5')],
  ['BIMI-Selector', 'Which BIMI logo record to use', 'https://datatracker.ietf.org/doc/draft-brand-indicators-for-message-identification/'],
  ['BIMI-Location', 'BIMI logo location added by the receiver', 'https://datatracker.ietf.org/doc/draft-brand-indicators-for-message-identification/'],
  ['Feedback-ID', 'Google Postmaster Tools feedback-loop identifier', 'https://support.google.com/a/answer/6254652'],
  ['X-Received', 'Gmail: an internal hop record', 'https://support.google.com/mail/answer/29436'],
  ['X-Google-Smtp-Source', 'Gmail: internal source identifier', 'https://support.google.com/mail/answer/29436'],
  ['X-Gm-Message-State', 'Gmail: internal message state', 'https://support.google.com/mail/answer/29436'],
  ['X-Google-DKIM-Signature', 'Gmail: Google’s own internal DKIM signature', 'https://support.google.com/mail/answer/29436'],
  ['X-Forefront-Antispam-Report', 'Microsoft 365: spam filter verdict fields (SCL, SFV, CIP ...)', MS_HEADERS],
  ['X-Microsoft-Antispam', 'Microsoft 365: bulk (BCL) and phishing (PCL) levels', MS_HEADERS],
  ['X-Microsoft-Antispam-Mailbox-Delivery', 'Microsoft 365: mailbox delivery decision', MS_HEADERS],
  ['X-MS-Exchange-Organization-SCL', 'Microsoft 365: spam confidence level', MS_HEADERS],
  ['X-MS-Exchange-Organization-AuthAs', 'Microsoft 365: Anonymous, Internal or Partner', MS_HEADERS],
  ['X-MS-Exchange-Organization-AuthSource', 'Microsoft 365: server that authenticated the sender', MS_HEADERS],
  ['X-MS-Exchange-Organization-AuthMechanism', 'Microsoft 365: how the sender authenticated', MS_HEADERS],
  ['X-MS-Exchange-CrossTenant-OriginalArrivalTime', 'Microsoft 365: arrival time in the tenant', MS_HEADERS],
  ['X-MS-Has-Attach', 'Microsoft: the message has attachments', MS_HEADERS],
  ['X-Spam-Status', 'SpamAssassin: score and the rules that fired', 'https://spamassassin.apache.org/full/4.0.x/doc/Mail_SpamAssassin_Conf.html'],
  ['X-Spam-Score', 'Spam score from a filter', 'https://spamassassin.apache.org/full/4.0.x/doc/Mail_SpamAssassin_Conf.html'],
  ['X-Spam-Flag', 'SpamAssassin: YES when the message was judged spam', 'https://spamassassin.apache.org/full/4.0.x/doc/Mail_SpamAssassin_Conf.html'],
  ['X-Spam-Level', 'SpamAssassin: score as a row of stars', 'https://spamassassin.apache.org/full/4.0.x/doc/Mail_SpamAssassin_Conf.html'],
  ['X-Mailer', 'The sending program (set by the sender: unverified)', RFC(4021, '2.1.72')],
  ['User-Agent', 'The sending program (set by the sender: unverified)', RFC(5536, '3.2.13')],
  ['X-Priority', 'Priority set by the sender', RFC(4021, '2.1.54')],
  ['Importance', 'Importance set by the sender', RFC(4021, '2.1.52')],
  ['Thread-Topic', 'Microsoft: conversation topic', 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxomsg/'],
  ['Thread-Index', 'Microsoft: conversation position', 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxomsg/'],
  ['Errors-To', 'Obsolete bounce address', RFC(2076, '3.10')],
];

let byKey: ReadonlyMap<string, HeaderDoc> | null = null;

/** Documentation for a header name (case-insensitive), or null. Built on first use (no work at module load). */
export function headerDoc(name: string): HeaderDoc | null {
  byKey ??= new Map(mapList(DOCS, ([n, about, ref]) => [n.toLowerCase(), { name: n, about, ref }]));
  return byKey.get(name.toLowerCase()) ?? null;
}

/** Every header name documented here (tests keep known-headers.ts in step with it). */
export function documentedHeaders(): string[] {
  return mapList(DOCS, ([name]) => name);
}
