/**
 * explainReply: any SMTP reply line a user pastes ("550 5.1.1 <x@y>: Recipient address rejected")
 * -> the codes found, the reason class, hard/soft and the explanation. Pure and total.
 */
import type { Blocklist } from './catalog/blocklists';
import { blocklistsIn } from './catalog/blocklists';
import type { CodeEntry } from './catalog/types';
import { remoteFromText } from './build-recipient';
import { classifyReason } from './classify-reason';
import { findCodes } from './codes-in-text';
import { explainCodes, matchingEntries } from './explain';
import { isHardBounce } from './hard-bounce';
import { findCommand, type SmtpCommand } from './smtp-command';
import type { Explanation, Reason } from './types';

export interface ReplyExplanation {
  /** The line as read (trimmed, capped). */
  text: string;
  replyCode: string | null;
  status: string | null;
  command: SmtpCommand | null;
  reason: Reason;
  hard: boolean;
  /** Class 5 (RFC 3463 §3.1, RFC 5321 §4.2.1): sending again fails the same way until the cause is fixed. */
  permanent: boolean;
  /** False for 2xx/3xx replies: nothing failed. */
  failure: boolean;
  explanation: Explanation | null;
  /** Every catalog entry that applies, most specific first (provider, pair, enhanced, reply). */
  entries: CodeEntry[];
  blocklists: Blocklist[];
}

const MAX_LINE = 8 * 1024;

/** Null when the text holds no reply code, no enhanced status and no provider code. */
export function explainReply(line: string): ReplyExplanation | null {
  if (typeof line !== 'string') return null;
  const text = line.trim().slice(0, MAX_LINE);
  if (text === '') return null;
  const { replyCode, status } = findCodes(text);
  const command = findCommand(text);
  // A pasted NDR paragraph may name the answering host ("host mx.example.net[192.0.2.1] said: ..."): rules
  // whose words mean something only at one provider then apply, as they do for a decoded bounce.
  const remoteMta = remoteFromText(text);
  const place = { remoteMta, command };
  const entries = matchingEntries(replyCode, status, text, place);
  if (replyCode === null && status === null && entries.length === 0) return null;
  const cls = (status ?? replyCode ?? '5')[0];
  const failure = cls === '4' || cls === '5';
  // A pasted line does not say whether the sending server gave up (action null: neither failed nor delayed).
  const reason = failure ? classifyReason({ status, replyCode, diagnostic: text, action: null, command, remoteMta }) : 'delivered';
  return {
    text,
    replyCode,
    status,
    command,
    reason,
    hard: failure && isHardBounce(reason, status, replyCode),
    // The class rule of isPermanent; a provider's own code without an SMTP code is read as class 5, as above.
    permanent: failure && cls === '5',
    failure,
    explanation: failure ? explainCodes(replyCode, status, text, place, reason) : explainCodes(replyCode, status, text, place),
    entries,
    blocklists: blocklistsIn(text),
  };
}
