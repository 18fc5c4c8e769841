/**
 * decodeBounce: a whole message -> what it says about a delivery. RFC 3464 DSNs (and RFC 6533 global
 * DSNs), RFC 5965 ARF feedback reports, RFC 3834 auto-replies, free-text NDRs; RFC 8098/3798 read
 * receipts are recognised and left out (classifyBounce says so).
 */
import { addressesIn } from './address-token';
import { findCodes } from './codes-in-text';
import { fromFilterGateway, fromMailSystem, looksLikeAutoReply, looksLikeBounce } from './bounce-signs';
import { sesNotification } from './ses-json';
import { buildRecipient, MAX_RECIPIENTS, type RecipientMemo } from './build-recipient';
import { parseDsnFields, typedValue, type DsnFields } from './dsn-fields';
import { walkMessage, type WalkedMessage } from '../mime/walk';
import { failedBlock, leadingAddress, noticeLines, quotedReply, readTextRecipients } from './ndr-text';
import { isOriginalPart, noticeMayInclude, noticeText, originalIndex, unquoteForwarded } from './notice-text';
import { fieldValue, readFields } from '../mime/part-headers';
import { reportingFromText } from './reporting-mta';
import { transcriptCommand, type SmtpCommand } from './smtp-command';
import type { BounceClassification, BounceRecipient, BounceResult, Reason } from './types';
import { mapList } from '../list/map-list';

const NONE: BounceClassification = { bounce: null, notBounce: null };

function originalOf(msg: WalkedMessage): string | null {
  const at = originalIndex(msg.parts);
  const p = msg.parts[at];
  if (p === undefined) return null;
  return isOriginalPart(p) ? p.text : p.raw;
}

/** Addresses in the To/Cc of the returned original (the recipients a bare NDR failed to reach). */
function originalRecipients(original: string | null): string[] {
  if (original === null) return [];
  const end = original.search(/\r?\n\r?\n/);
  const fields = readFields((end < 0 ? original : original.slice(0, end)).split(/\r\n|\n|\r/, 500));
  return addressesIn(`${fieldValue(fields, 'to') ?? ''} ${fieldValue(fields, 'cc') ?? ''}`);
}

/** Delivery-status fields written as plain text inside the notice (hand-made or re-wrapped DSNs). */
function dsnInText(notice: string): DsnFields | null {
  const at = notice.search(/^(?:Reporting-MTA|Final-Recipient|Original-Recipient):/im);
  if (at < 0) return null;
  const fields = parseDsnFields(notice.slice(at));
  return fields.recipients.length > 0 ? fields : null;
}

/**
 * The notice's sentence about a recipient when no line starts with it (Gmail: "Your message wasn't
 * delivered to a@example.org because the address couldn't be found."): the first line naming it.
 */
function sentenceNaming(lines: readonly string[], address: string | null): string | null {
  if (address === null || !address.includes('@')) return null;
  const needle = address.toLowerCase();
  // Not a field line ("Final-Recipient: rfc822; a@example.org", "To: a@example.org"): those say nothing.
  const line = lines.find((l) => l.length < 1000 && !/^[\w-]{1,40}:\s/.test(l) && l.toLowerCase().includes(needle));
  return line === undefined ? null : line.trim();
}

function fromDsn(dsn: DsnFields, msg: WalkedMessage, notice: string, original: string | null, kind: BounceResult['kind']): BounceResult {
  const filterGateway = fromFilterGateway(msg.fields);
  const lines = noticeLines(notice);
  const inText = readTextRecipients(lines);
  const saidOf = new Map<string, (typeof inText)[number]>();
  for (const t of inText) if (!saidOf.has(t.address.toLowerCase())) saidOf.set(t.address.toLowerCase(), t);
  const memo: RecipientMemo = new Map();
  const listed = dsn.recipients.slice(0, MAX_RECIPIENTS);
  const recipients: BounceRecipient[] = mapList(listed, (r) => {
    const written = r.finalRecipient ?? r.originalRecipient;
    // A lone recipient whose Final-Recipient is no mailbox ("@mx.example.org", a source route remnant)
    // is the one the notice names, when it names exactly one.
    const only = dsn.recipients.length === 1 && inText.length === 1 && (written === null || written.startsWith('@')) ? inText[0] : undefined;
    const address = only?.address ?? written;
    const said = address === null ? undefined : saidOf.get(address.toLowerCase());
    // RFC 3464 §2.3.6: Diagnostic-Code is optional; the notice often carries the server's words instead.
    // A file or pipe recipient (Exim "save to /path") is not an address: its words are Exim's failed block.
    const lone = dsn.recipients.length === 1 && said === undefined ? failedBlock(lines) : null;
    const diagnostic = r.diagnostic ?? (said?.diagnostic === '' ? null : said?.diagnostic ?? lone ?? sentenceNaming(lines, address));
    const command = address === null ? null : transcriptCommand(lines, address);
    return buildRecipient({ address, action: r.action, status: r.status, diagnostic, remoteMta: r.remoteMta, context: said?.diagnostic ?? '', command, filterGateway, diagnosticType: r.diagnostic === null ? null : r.diagnosticType }, memo);
  });
  return { kind, reportingMta: dsn.reportingMta, arrivalDate: dsn.arrivalDate, recipients, omittedRecipients: dsn.recipients.length - listed.length, feedbackType: null, originalRaw: original };
}

function fromArf(report: string, msg: WalkedMessage, original: string | null): BounceResult {
  const fields = readFields(report.split(/\r\n|\n|\r/, 500));
  const listed = fields.filter((f) => f.key === 'original-rcpt-to' || f.key === 'removal-recipient').flatMap((f) => addressesIn(f.value));
  const addresses = listed.length > 0 ? listed : originalRecipients(original);
  const recipients = mapList((addresses.length > 0 ? addresses : [null]), (address) => ({
    address, action: null, status: null, replyCode: null, diagnostic: fieldValue(msg.fields, 'subject'),
    remoteMta: null, command: null, reason: 'feedback' as const, hard: false, permanent: false, explanation: null,
  }));
  return {
    kind: 'arf',
    reportingMta: typedValue(fieldValue(fields, 'reporting-mta')).value,
    arrivalDate: fieldValue(fields, 'arrival-date') ?? fieldValue(fields, 'received-date'),
    recipients,
    omittedRecipients: 0,
    feedbackType: (fieldValue(fields, 'feedback-type') ?? '').toLowerCase() || null,
    originalRaw: original,
  };
}

function fromText(msg: WalkedMessage, notice: string, original: string | null): BounceResult {
  const lines = noticeLines(notice);
  let found: { address: string | null; diagnostic: string }[] = readTextRecipients(lines);
  const commandOf = (address: string | null): SmtpCommand | null => (address === null ? null : transcriptCommand(lines, address));
  if (found.length === 0) {
    const failed = addressesIn(fieldValue(msg.fields, 'x-failed-recipients') ?? '');
    const fallback = failed.length > 0 ? failed : addressesIn(lines.join('\n'), 1).concat(originalRecipients(original)).slice(0, 1);
    const whole = lines.filter((l) => l.trim() !== '' && leadingAddress(l) === null).join('\n');
    found = mapList((fallback.length > 0 ? fallback : [null]), (address) => ({ address, diagnostic: whole }));
  }
  const hint = generatorHint(msg);
  const reply = quotedReply(lines);
  if (reply !== null) found = mapList(found, (t) => (!/^[45]/.test(findCodes(t.diagnostic).replyCode ?? '') ? { ...t, diagnostic: `${reply}\n${t.diagnostic}` } : t));
  const memo: RecipientMemo = new Map();
  const filterGateway = fromFilterGateway(msg.fields);
  const listed = found.slice(0, MAX_RECIPIENTS);
  const recipients = mapList(listed, (t) => buildRecipient({ address: t.address, action: 'failed', status: null, diagnostic: t.diagnostic, remoteMta: null, hint, command: commandOf(t.address), filterGateway }, memo));
  return { kind: 'ndr', reportingMta: reportingFromText(lines), arrivalDate: null, recipients, omittedRecipients: found.length - listed.length, feedbackType: null, originalRaw: original };
}

/**
 * What a generator's notice means when its words are not the server's: a Google Groups notice (the
 * failed recipient is a @googlegroups.com group) says the group does not exist or refuses the poster.
 */
function generatorHint(msg: WalkedMessage): Reason | null {
  const failed = addressesIn(fieldValue(msg.fields, 'x-failed-recipients') ?? '');
  if (failed.length > 0 && failed.every((a) => a.toLowerCase().endsWith('@googlegroups.com'))) return 'rejected';
  return null;
}

/**
 * An unsubscribe request a mail client sent on the user's behalf to a list's RFC 2369 mailto:
 * List-Unsubscribe address (Apple Mail marks it "X-Apple-Unsubscribe: true"): an opt-out report in
 * RFC 5965 terms (feedback type "opt-out", §7.3), though it also carries Auto-Submitted: auto-replied.
 */
function unsubscribeRequest(msg: WalkedMessage): BounceResult | null {
  if ((fieldValue(msg.fields, 'x-apple-unsubscribe') ?? '').trim().toLowerCase() !== 'true') return null;
  const address = addressesIn(fieldValue(msg.fields, 'from') ?? '', 1)[0] ?? null;
  const recipient: BounceRecipient = {
    address, action: null, status: null, replyCode: null, diagnostic: fieldValue(msg.fields, 'subject'),
    remoteMta: null, command: null, reason: 'feedback', hard: false, permanent: false, explanation: null,
  };
  return { kind: 'arf', reportingMta: null, arrivalDate: null, recipients: [recipient], omittedRecipients: 0, feedbackType: 'opt-out', originalRaw: null };
}

function fromAutoReply(msg: WalkedMessage): BounceResult {
  const address = addressesIn(fieldValue(msg.fields, 'from') ?? '', 1)[0] ?? null;
  const recipient: BounceRecipient = {
    address, action: null, status: null, replyCode: null, diagnostic: fieldValue(msg.fields, 'subject'),
    remoteMta: null, command: null, reason: 'vacation', hard: false, permanent: false, explanation: null,
  };
  return { kind: 'autoreply', reportingMta: null, arrivalDate: null, recipients: [recipient], omittedRecipients: 0, feedbackType: null, originalRaw: null };
}

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

/** Largest attached message read for a nested report (bounded work on hostile input). */
const MAX_NESTED = 2 * 1024 * 1024;

/**
 * A delivery report inside an attached message (RFC 3464 §2 report relayed whole as message/rfc822 by a gateway
 * or a forwarding user): the attached message, walked, with its report fields. Null when none holds one.
 */
function nestedReport(msg: WalkedMessage): { inner: WalkedMessage; dsn: DsnFields } | null {
  for (const p of msg.parts) {
    if ((p.type !== 'message/rfc822' && p.type !== 'message/global') || p.text.length > MAX_NESTED) continue;
    const inner = walkMessage(p.text);
    const ds = inner.parts.find((q) => REPORT_TYPES.has(q.type));
    const dsn = ds === undefined ? null : parseDsnFields(ds.text);
    if (dsn !== null && dsn.recipients.length > 0) return { inner, dsn };
  }
  return null;
}

/** The notice names a recipient with a server's code of its own: it is the report to read, not an attachment. */
function noticeReports(notice: string): boolean {
  return readTextRecipients(noticeLines(notice)).some((t) => findCodes(t.diagnostic).replyCode !== null);
}

export function classifyBounceSync(raw: string): BounceClassification {
  if (typeof raw !== 'string' || raw.length === 0) return NONE;
  return classifyWalked(walkMessage(raw));
}

/** classifyBounceSync on a tree already walked (the orchestrator walks once for every stage). */
export function classifyWalked(msg: WalkedMessage): BounceClassification {
  const reportType = (msg.params.get('report-type') ?? '').toLowerCase();
  const original = originalOf(msg);
  if (reportType === 'disposition-notification' || msg.parts.some((p) => p.type.endsWith('disposition-notification'))) {
    return { bounce: null, notBounce: 'read-receipt' };
  }
  const feedback = msg.parts.find((p) => p.type === 'message/feedback-report');
  if (feedback !== undefined) return { bounce: fromArf(feedback.text, msg, original), notBounce: null };
  const optOut = unsubscribeRequest(msg);
  if (optOut !== null) return { bounce: optOut, notBounce: null };
  // The notice is made only when something reads it: an ordinary message's 1 MB text part is never joined for it.
  let made: string | null = null;
  const readNotice = (): string => (made ??= unquoteForwarded(noticeText(msg)));
  const ds = msg.parts.find((p) => REPORT_TYPES.has(p.type));
  const dsn = ds === undefined ? null : parseDsnFields(ds.text);
  if (dsn !== null && dsn.recipients.length > 0) return finish(fromDsn(dsn, msg, readNotice(), original, 'dsn'));
  const bouncy = looksLikeBounce(msg.fields, msg.type);
  const autoReply = looksLikeAutoReply(msg.fields);
  // RFC 3834 §5: a vacation reply that is not from a mail system (bounces may carry Auto-Submitted too).
  if (autoReply && !fromMailSystem(msg.fields)) return { bounce: fromAutoReply(msg), notBounce: 'autoreply' };
  // An SES notification is a JSON object in the notice: without a "{" in any text part there is none to read.
  const ses = noticeMayInclude(msg, '{') ? sesNotification(readNotice()) : null;
  if (ses !== null) return finish({ ...ses, originalRaw: original });
  if (bouncy) {
    const notice = readNotice();
    const embedded = dsnInText(notice);
    if (embedded !== null) return finish(fromDsn(embedded, msg, notice, original, 'ndr'));
    const nested = noticeReports(notice) ? null : nestedReport(msg);
    if (nested !== null) {
      const innerNotice = unquoteForwarded(noticeText(nested.inner));
      return finish(fromDsn(nested.dsn, nested.inner, `${innerNotice}\n${notice}`, originalOf(nested.inner), 'dsn'));
    }
    return finish(fromText(msg, notice, original));
  }
  if (autoReply) return { bounce: fromAutoReply(msg), notBounce: 'autoreply' };
  return NONE;
}

function finish(bounce: BounceResult): BounceClassification {
  const success = bounce.recipients.length > 0 && bounce.recipients.every((r) => r.reason === 'delivered');
  return { bounce, notBounce: success ? 'delivery-success' : null };
}
