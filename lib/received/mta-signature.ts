import type { Token } from './tokenize';
import type { DialectId } from './dialects';

/**
 * The receiving software, from what it writes about itself after "by" and "with". Two forms share a shape
 * and differ in meaning ("from NAME (IP)": qmail's NAME is the reverse-DNS name, Exchange's the HELO), so
 * the reader of the from clause needs to know whose stamp it is. Null when the stamp does not say.
 */
export type Mta = Extract<
  DialectId,
  | 'postfix'
  | 'sendmail'
  | 'exim'
  | 'exchange'
  | 'mdaemon'
  | 'communigate'
  | 'opensmtpd'
  | 'chasquid'
  | 'ses'
  | 'sendgrid'
  | 'yahoo'
  | 'gmail'
  | 'gmail-api'
>;

/** Markers in the by-clause comment: the product name each MTA writes there (see dialects.ts for sources). */
const BY_COMMENT: readonly (readonly [RegExp, Mta])[] = [
  [/^Postfix\b/i, 'postfix'],
  [/^Exim \d/i, 'exim'],
  [/\bMDaemon\b/i, 'mdaemon'],
  [/^CommuniGate Pro\b/i, 'communigate'],
  [/^OpenSMTPD$/i, 'opensmtpd'],
  [/^chasquid\b/i, 'chasquid'],
  [/^SG$/, 'sendgrid'],
  [/Hermes SMTP Server$/i, 'yahoo'],
  [/^SimpleEmailService-/i, 'ses'],
  // sendmail cf/m4/proto.m4: "($v/$Z)", the binary and configuration versions ("8.15.2/8.15.2", ".../Submit").
  [/^\d+\.\d+\.\d+\/\d+\.\d+\.\d+/, 'sendmail'],
];

/** Name the software from the by and with clauses' tokens and the protocol word. */
export function mtaOf(by: readonly Token[], withTokens: readonly Token[], via: string | null): Mta | null {
  const host = by.find((t) => t.kind === 'word')?.text.toLowerCase() ?? '';
  if (host === 'gmailapi.google.com') return 'gmail-api';
  if (host === 'email-smtp.amazonaws.com') return 'ses';
  // Google's receiving and submission hosts (mx.google.com, smtp.gmail.com) write no product name.
  if (host.endsWith('.google.com') || host === 'smtp.gmail.com') return 'gmail';
  if (host.endsWith('.sendgrid.net')) return 'sendgrid';
  // Microsoft 365's own hosts (*.prod.outlook.com, *.mail.protection.outlook.com) also write "with HTTPS" hops.
  if (host.endsWith('.outlook.com') || host.endsWith('.office365.com')) return 'exchange';
  // Yahoo's and AOL's hosts (sonic*.consmr.mail.*.yahoo.com, Hermes submission) name no software either.
  if (host.endsWith('.yahoo.com') || host.endsWith('.aol.com')) return 'yahoo';
  for (const list of [by, withTokens]) {
    for (let k = 0; k < list.length; k++) {
      const t = list[k];
      if (t?.kind !== 'comment') continue;
      const text = t.text.trim();
      const hit = BY_COMMENT.find(([re]) => re.test(text));
      if (hit) return hit[1];
    }
  }
  let protocol = '';
  let sep = '';
  for (let k = 0; k < withTokens.length; k++) {
    const t = withTokens[k];
    if (t?.kind !== 'word') continue;
    protocol += sep + t.text.toLowerCase();
    sep = ' ';
  }
  // Exchange: "with Microsoft SMTP Server", "with mapi", "via Frontend Transport" (Microsoft MHA vectors).
  if (protocol.startsWith('microsoft smtp server') || protocol.startsWith('mapi') || /transport$/i.test(via ?? ''))
    return 'exchange';
  return null;
}
