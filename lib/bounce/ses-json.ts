/**
 * Amazon SES bounce and delivery notifications delivered as JSON (the SNS/email feedback format:
 * notificationType "Bounce" | "Delivery" | "Complaint", bouncedRecipients with status and diagnosticCode).
 * JSON.parse is linear; the object is located by its first "{" and last "}".
 */
import { buildRecipient, MAX_RECIPIENTS } from './build-recipient';
import type { BounceRecipient, BounceResult } from './types';
import { mapList } from '../list/map-list';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function tryJson(text: string): Json | null {
  try {
    return obj(JSON.parse(text));
  } catch {
    return null;
  }
}

function parse(text: string): Json | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || !text.includes('notificationType')) return null;
  const json = text.slice(start, end + 1);
  // Sendmail splits a body line longer than the mailer's limit (L=) by writing "!", a line break and a
  // space: a JSON line broken that way parses once the split is undone.
  return tryJson(json) ?? tryJson(json.replace(/!\r?\n /g, ''));
}

export function sesNotification(notice: string): Omit<BounceResult, 'originalRaw'> | null {
  const json = parse(notice.replace(/=\r?\n/g, ''));
  if (json === null) return null;
  const type = str(json.notificationType) ?? str(json.eventType);
  const mail = obj(json.mail);
  let recipients: BounceRecipient[] = [];
  let listedTotal = 0;
  // At most MAX_RECIPIENTS are decoded; the rest are counted (see decode.ts).
  const capped = (v: unknown): unknown[] => {
    const all = list(v);
    listedTotal = all.length;
    return all.slice(0, MAX_RECIPIENTS);
  };
  let reportingMta: string | null = null;
  let feedbackType: string | null = null;
  if (type === 'Bounce') {
    const bounce = obj(json.bounce);
    reportingMta = str(bounce?.reportingMTA)?.replace(/^dns;\s*/i, '') ?? null;
    recipients = mapList(capped(bounce?.bouncedRecipients), (r) => {
      const o = obj(r);
      return buildRecipient({
        address: str(o?.emailAddress), action: str(o?.action), status: str(o?.status),
        diagnostic: str(o?.diagnosticCode)?.replace(/^smtp;\s*/i, '') ?? null, remoteMta: null,
      });
    });
  } else if (type === 'Delivery') {
    const delivery = obj(json.delivery);
    reportingMta = str(delivery?.reportingMTA);
    recipients = mapList(capped(delivery?.recipients), (a) => buildRecipient({
      address: str(a), action: 'delivered', status: null, diagnostic: str(delivery?.smtpResponse), remoteMta: str(delivery?.remoteMtaIp),
    }));
  } else if (type === 'Complaint') {
    const complaint = obj(json.complaint);
    feedbackType = str(complaint?.complaintFeedbackType) ?? 'abuse';
    recipients = mapList(capped(complaint?.complainedRecipients), (r) => ({
      address: str(obj(r)?.emailAddress), action: null, status: null, replyCode: null, diagnostic: null,
      remoteMta: null, command: null, reason: 'feedback' as const, hard: false, permanent: false, explanation: null,
    }));
  } else return null;
  if (recipients.length === 0) return null;
  const kind = type === 'Complaint' ? 'arf' : 'dsn';
  return { kind, reportingMta, arrivalDate: str(mail?.timestamp), recipients, omittedRecipients: listedTotal - recipients.length, feedbackType };
}
