/**
 * Does a message come from a mail system about a delivery? The signs every common generator leaves:
 * a null or MAILER-DAEMON/postmaster sender, a subject in the usual words, X-Failed-Recipients (Exim,
 * Gmail), or a multipart/report container (RFC 6522). Without one of them free text is not read as an NDR.
 */
import { fieldValue, type PartField } from '../mime/part-headers';

const DAEMON_SENDERS = [
  'mailer-daemon', 'mailer_daemon', 'mailerdaemon', 'postmaster', 'mail delivery', 'mail-daemon', 'maildaemon',
  'microsoftexchange', 'bounce', 'mdaemon', 'mail administrator', 'mail system', 'mailmaster', 'mail router',
  'nobody@', 'root@', 'post_master', 'noreply-dmarc', 'symantec', 'mcafee', 'postoffice', 'message delivery',
];

const SUBJECT_WORDS = [
  'undeliver', 'undelivered', 'delivery status', 'delivery failure', 'delivery failed', 'delivery notification',
  'failure notice', 'returned mail', 'mail delivery', 'could not be delivered', 'non-delivery', 'nondeliver',
  'not delivered', 'delivery has failed', 'delivery problem', 'returned to sender', 'delivery error',
  'mail system error', 'permanent error', 'bounce', 'warning: message', 'unzustellbar', 'non remis',
  'unable to deliver', 'message delivery', 'rejected', 'failed delivery', 'delivery report', 'notification',
  'undeliverable', 'mail error', 'mail failure', 'error sending', 'delayed mail', 'delivery delayed',
  'mail could not', 'nicht zustellbar', 'unknown user', 'user unknown', 'message blocked', 'spam',
  // Japanese carriers and ISPs: "mail error (notice)", "delivery error", "undelivered".
  'メールエラー', '配信エラー', '配送エラー', '不達',
];

/** A null/daemon sender or an X-Failed-Recipients field: written by an MTA, not a person. */
export function fromMailSystem(fields: readonly PartField[]): boolean {
  if (fieldValue(fields, 'x-failed-recipients') !== null) return true;
  const from = (fieldValue(fields, 'from') ?? '').toLowerCase();
  return DAEMON_SENDERS.slice(0, 9).some((d) => from.includes(d));
}

/** The error titles of the fml mailing-list manager (X-MLServer: fml): its refusals of a posted message. */
const FML_TITLES = ['loop alert', 'loop back warning', 'not member', 'reject mail', 'system error', 'security alert'];

export function looksLikeBounce(fields: readonly PartField[], topType: string): boolean {
  if (topType === 'multipart/report') return true;
  const subjectText = (fieldValue(fields, 'subject') ?? '').toLowerCase();
  if ((fieldValue(fields, 'x-mlserver') ?? '').toLowerCase().startsWith('fml') && FML_TITLES.some((t) => subjectText.includes(t))) return true;
  if (fieldValue(fields, 'x-failed-recipients') !== null) return true;
  const from = (fieldValue(fields, 'from') ?? '').toLowerCase();
  if (DAEMON_SENDERS.some((d) => from.includes(d))) return true;
  if (SUBJECT_WORDS.some((w) => subjectText.includes(w))) return true;
  const returnPath = fieldValue(fields, 'return-path');
  return returnPath !== null && returnPath.replace(/\s/g, '') === '<>';
}

const AUTOREPLY_SUBJECTS = [
  'auto:', 'automatic reply', 'autoreply', 'auto-reply', 'auto reply', 'out of office', 'out of the office',
  'vacation', 'away from', 'abwesenheit', 'absence', 'autosvar', 'respuesta automática', 'risposta automatica',
  'réponse automatique', 'automatisch antwoord', 'on leave',
];

/** RFC 3834 §5 Auto-Submitted: auto-replied, or the usual vacation headers and subjects. */
export function looksLikeAutoReply(fields: readonly PartField[]): boolean {
  const auto = (fieldValue(fields, 'auto-submitted') ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return true;
  if (fieldValue(fields, 'x-autoreply') !== null || fieldValue(fields, 'x-autorespond') !== null) return true;
  if (fieldValue(fields, 'x-autoresponder') !== null || fieldValue(fields, 'x-vacation') !== null) return true;
  const precedence = (fieldValue(fields, 'precedence') ?? '').toLowerCase();
  if (precedence === 'auto_reply') return true;
  const subject = (fieldValue(fields, 'subject') ?? '').toLowerCase();
  return (auto.startsWith('auto-') || precedence === 'bulk' || precedence === 'junk') && AUTOREPLY_SUBJECTS.some((s) => subject.includes(s))
    || AUTOREPLY_SUBJECTS.slice(0, 8).some((s) => subject.startsWith(s));
}

/** Content-filtering gateways that write their own NDRs: McAfee Email Gateway, SurfControl, m-FILTER. */
const GATEWAY_MAILERS = ['e-mail filter', 'email filter', 'm-filter'];

/**
 * Was the notice written by a content-filtering gateway? Such a gateway scans after DATA, so its
 * "no such user" is a filter verdict, not an answer to RCPT.
 */
export function fromFilterGateway(fields: readonly PartField[]): boolean {
  if ((fieldValue(fields, 'x-nai-header') ?? '').toLowerCase().includes('mcafee')) return true;
  if (fieldValue(fields, 'x-sef-processed') !== null) return true;
  const mailer = (fieldValue(fields, 'x-mailer') ?? '').toLowerCase();
  return GATEWAY_MAILERS.some((m) => mailer.includes(m));
}
