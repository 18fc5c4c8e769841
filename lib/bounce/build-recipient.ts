/**
 * One recipient's result from what was found about it: codes read from the diagnostic (the remote
 * server's own words win over the reporting MTA's summary Status, RFC 3464 §2.3.4/§2.3.6), the command,
 * the reason class, hard/soft and the catalog's explanation.
 */
import { classifyReason } from './classify-reason';
import { findCodes, replyOfClass } from './codes-in-text';
import { explainCodes } from './explain';
import { isHardBounce } from './hard-bounce';
import { isPermanent } from './permanent';
import { findCommand, type SmtpCommand } from './smtp-command';
import { readStatusField } from './status-field';
import type { BounceRecipient, DsnAction, Reason } from './types';

export interface RecipientFacts {
  address: string | null;
  action: string | null;
  /** The DSN Status field, as written. */
  status: string | null;
  diagnostic: string | null;
  remoteMta: string | null;
  /** Text around the diagnostic (the NDR paragraph) where the command may be named. */
  context?: string;
  hint?: Reason | null;
  /** The command read from a session transcript, when there is one. */
  command?: SmtpCommand | null;
  /** The notice came from a content-filtering gateway (see bounce-signs). */
  filterGateway?: boolean;
  /** The Diagnostic-Code's type ("smtp", "x-unix", ...), lower-case, when a report gave one. */
  diagnosticType?: string | null;
}

/**
 * At most this many recipients of one report are decoded and explained (docs/security-goals.md: bounded work on
 * hostile input). A real report lists a handful; one listing thousands is a list explosion or an attack:
 * the rest are counted (BounceResult.omittedRecipients).
 */
export const MAX_RECIPIENTS = 500;

/** Reason and explanation by everything they depend on: recipients of one report often share one refusal. */
export type RecipientMemo = Map<string, Pick<BounceRecipient, 'reason' | 'explanation'>>;

const ACTIONS = new Set<string>(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

function cleanDiagnostic(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/[ \t]+/g, ' ').trim();
  return t === '' ? null : t.slice(0, 4000);
}

/** "host mx.example.com said", "mx.example.com [192.0.2.1] does not like", "while talking to mx." */
export function remoteFromText(text: string): string | null {
  const m = /\b(?:host|talking to|connecting to|from remote host|server) ([a-z0-9][a-z0-9.-]{0,252}[a-z0-9])\.?(?:[\s:[(]|$)/i.exec(text.slice(0, 8192));
  if (m?.[1]?.includes('.') === true) return m[1];
  const q = /^([a-z0-9][a-z0-9.-]{0,252}[a-z0-9]) (?:\[[\d.:a-f]{2,45}\] )?(?:does not|did not) like/im.exec(text.slice(0, 8192));
  return q?.[1] ?? null;
}

function domainOf(address: string | null): string {
  if (address === null) return '';
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

export function buildRecipient(f: RecipientFacts, memo?: RecipientMemo): BounceRecipient {
  const diagnostic = cleanDiagnostic(f.diagnostic);
  const codes = findCodes(diagnostic ?? '');
  const field = readStatusField(f.status);
  const status = codes.status ?? field.code;
  // RFC 3464 §2.3.6: only an "smtp" diagnostic carries SMTP reply codes; an X-Unix one is a local program's exit status.
  const replyCode = f.diagnosticType?.startsWith('x-unix') === true ? null : replyOfClass(diagnostic ?? '', codes.replyCode, status);
  // Postfix address verification (sendmail -bv) writes "deliverable": a success.
  const actionText = f.action === 'deliverable' ? 'delivered' : f.action;
  const action = actionText !== null && ACTIONS.has(actionText) ? (actionText as DsnAction) : null;
  const context = `${diagnostic ?? ''}\n${f.context ?? ''}`;
  const command = f.command ?? findCommand(context);
  const remoteMta = f.remoteMta ?? remoteFromText(context);
  // Only the recipient's domain matters to the rules (a provider's host stands in for it), never the mailbox.
  const key = [status, replyCode, diagnostic, action, command, f.hint ?? '', f.filterGateway === true, f.status, remoteMta, domainOf(f.address), f.diagnosticType ?? ''].join('\u0000');
  let judged = memo?.get(key);
  if (judged === undefined) {
    const reason = classifyReason({ status, replyCode, diagnostic, action, command, hint: f.hint ?? null, filterGateway: f.filterGateway === true, statusNote: field.note, remoteMta, recipient: f.address, diagnosticType: f.diagnosticType ?? null });
    judged = { reason, explanation: explainCodes(replyCode, status, diagnostic, { remoteMta, command, recipient: f.address }, reason) };
    memo?.set(key, judged);
  }
  const { reason, explanation } = judged;
  return {
    address: f.address,
    action,
    status,
    replyCode,
    diagnostic,
    remoteMta,
    command,
    reason,
    hard: isHardBounce(reason, status, replyCode),
    permanent: isPermanent(status, replyCode, action),
    explanation,
  };
}
