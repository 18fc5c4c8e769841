/**
 * What "no such user" (or "no such domain") words mean, given where they were said. RFC 5321 §3.3: a server
 * learns which mailbox is wanted at RCPT, so the words refuse the address only in answer to RCPT or under an
 * X.1.x code (RFC 3463 §3.2 address status). After RCPT (at DATA, after the content scan) or with no command
 * known, they come from a filter answering with a user-level excuse: "filtered", Sisimai's definition
 * (Sisimai::Reason::Filtered: "the value of reason isn't filtered when the command is one sent before DATA").
 */
import { isUnder } from './catalog/provider-codes';
import { hostNamedMissing } from './server-words';
import { subjectDetail } from './status-reason';
import type { ReasonEvidence } from './reason-evidence';
import type { Reason } from './types';

/** Refusals of the envelope sender (RFC 5321 MAIL FROM): a missing address or domain there is the sender's. */
const SENDER_SUBJECT = ['sender address rejected', 'domain of sender address', 'sender domain', 'sender rejected', 'sender verify failed'];

/** Providers documented to check recipients only at the end of DATA: their "no such user" is a real one (Yahoo SMTP error codes). */
const LATE_RECIPIENT_CHECKS = ["doesn't have a yahoo.com account"];

/** RFC 3463 X.2.1 words in the reporting MTA's Status comment ("5.2.1 (mailbox disabled, ...)"). */
const DISABLED = ['mailbox disabled', 'account disabled', 'suspended', 'inactive'];

/**
 * NTT docomo's MX (mfsmax.docomo.ne.jp) refuses unknown addresses at RCPT; when the recipient's reception settings
 * (受信拒否設定) refuse the sender, it answers "550 Unknown user" only at the end of DATA (docomo's sender guidelines).
 */
function refusesSendersAtData(remoteMta: string | null): boolean {
  return isUnder(remoteMta, 'docomo.ne.jp');
}

/**
 * The class user-unknown words stand for here, or null when they stand for nothing (said before any recipient was
 * given). `kind` "hostunknown" asks the same for words about a missing domain (only the sender rule applies).
 */
export function stageOfUserWords(e: ReasonEvidence, kind: 'userunknown' | 'hostunknown' = 'userunknown'): Reason | null {
  const lower = e.lower;
  if (SENDER_SUBJECT.some((p) => lower.includes(p))) return 'rejected';
  if (kind === 'hostunknown') return null;
  // "553 mx.example.net does not exist": the thing that does not exist is a host name.
  if (hostNamedMissing(lower)) return 'hostunknown';
  if (e.statusNote !== null && DISABLED.some((p) => e.statusNote?.includes(p) === true)) return 'suspend';
  if (LATE_RECIPIENT_CHECKS.some((p) => lower.includes(p))) return 'userunknown';
  const sd = subjectDetail(e.status);
  // Before any recipient was given the words cannot be about one (RFC 5321 §3.1, §4.1.1.1); at MAIL FROM they are the sender's.
  if (e.command === 'CONN' || e.command === 'HELO' || e.command === 'EHLO') return null;
  if (e.command === 'MAIL') return 'rejected';
  if (e.command === 'RCPT') return 'userunknown';
  if (e.command === 'DATA' && refusesSendersAtData(e.remoteMta) && !sd.startsWith('2.')) return 'rejected';
  if (e.command === 'DATA' || e.filterGateway) return 'filtered';
  // RFC 3463 §3.2: an address status (X.1.x) says the address was refused, whatever command it answered. Otherwise,
  // with no command known, the words are a filter's excuse (Sisimai::Reason::Filtered applies unless RCPT is known).
  // X.1.7/X.1.8 are the sender's address (bad sender's mailbox / system address).
  if (sd === '1.7' || sd === '1.8') return 'rejected';
  if (sd.startsWith('1.')) return 'userunknown';
  return 'filtered';
}
