/**
 * The redacted share: a copy of the Report in which the reader's side (their addresses, names and local parts,
 * their organisation's domains, the receiving hosts and IPs, the subject, message ids, tenant ids) is replaced
 * by numbered placeholders wherever it occurs: every string of every field, nested reports included. The
 * sender's side (sending IPs and domains, authentication results, hops before the boundary, bounce codes)
 * stays; a token on both sides is replaced (the reader's side wins), except that a token the sender could have chosen
 * (a subject, a message id, a tenant id, a display name) is left as written where it lies inside one of the sender's
 * evidence values (sender-side.ts senderEvidence), so that a sender cannot erase its IP or domain from a share.
 */
import { REPORT_SCHEMA, type HeaderEntry, type Report } from '../../report';
import { readerTokens } from './reader-tokens';
import { placeholderRules, type Replacement } from './placeholders';
import { replaceTokens, tokenTable, type TokenTable } from './replace-tokens';
import { senderEvidence } from './sender-side';

export type { Replacement, TokenKind } from './placeholders';

export interface Redaction {
  report: Report;
  /** What was replaced by what, for the person sharing (never part of the share). */
  replaced: Replacement[];
}

/**
 * A header whose RFC 2047 words hid a token (an encoded display name or subject): its value is shared in the
 * decoded, redacted form, since the encoded form would carry the original in base64 or quoted-printable.
 */
function redactHeader(h: HeaderEntry, table: TokenTable): HeaderEntry {
  const value = replaceTokens(h.value, table);
  if (h.decoded === null) return { ...h, value };
  const decoded = replaceTokens(h.decoded, table);
  return { ...h, value: decoded === h.decoded ? value : decoded, decoded };
}

function isReportLike(x: Record<string, unknown>): boolean {
  return x.schema === REPORT_SCHEMA && Array.isArray(x.headers);
}

function redactValue(x: unknown, table: TokenTable): unknown {
  if (typeof x === 'string') return replaceTokens(x, table);
  if (Array.isArray(x)) return x.map((v) => redactValue(v, table));
  if (typeof x !== 'object' || x === null) return x;
  const obj = x as Record<string, unknown>;
  // Field names are the Report's own; a null prototype all the same, so no key can reach Object.prototype.
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    out[k] =
      k === 'headers' && isReportLike(obj)
        ? (v as HeaderEntry[]).map((h) => redactHeader(h, table))
        : redactValue(v, table);
  }
  return out;
}

/** Attached messages are named after their subject: their file names become "attachment N.eml". */
function renameAttachments(report: Report): void {
  report.attachedMessages.forEach((a, i) => {
    if (a.filename !== null)
      a.filename = `attachment ${String(i + 1)}${/\.[a-z0-9]{1,5}$/i.exec(a.filename)?.[0] ?? ''}`;
    renameAttachments(a.report);
  });
}

export function redactReport(report: Report): Redaction {
  const tokens = readerTokens(report);
  const { rules, replaced } = placeholderRules(tokens, JSON.stringify(report).toLowerCase());
  const redacted = redactValue(report, tokenTable(rules, senderEvidence(report))) as Report;
  renameAttachments(redacted);
  return { report: redacted, replaced };
}
