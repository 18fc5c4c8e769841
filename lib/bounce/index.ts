/**
 * lib/bounce: bounce explainer core.
 * Implements: RFC 3464 (DSN, multipart/report of RFC 6522), RFC 6533 (global DSN), RFC 3463 + RFC 5248
 * (enhanced status codes, IANA registry), RFC 5321 §4.2 (reply codes), RFC 5965 (ARF feedback reports),
 * RFC 3834 (auto-replies) and RFC 8098 (read receipts, recognised as not-bounces).
 * Deviations, on purpose:
 * - The remote server's own code in Diagnostic-Code beats the DSN's Status field when both are given
 *   (the Status is often the reporting MTA's generic X.0.0 summary).
 * - Free-text NDRs are read by one layout-general reader (recipient line, then its paragraph), not one
 *   module per generator; the text must carry a bounce sign (null sender, MAILER-DAEMON, subject...).
 * - Reason classes use Sisimai's vocabulary (see types.ts), so results compare with its public corpus.
 * - "User unknown" words are userunknown only under an X.1.x code or in answer to RCPT; under X.2.0/X.2.1,
 *   another non-address code, after DATA, from a filtering gateway, or as a bare "550 : User unknown"
 *   they are filtered (Sisimai's definition), though RFC 3463 would call some of them mailbox errors.
 * - In a session transcript the first 4xx/5xx reply wins over earlier 2xx successes.
 */
export { decodeBounce, classifyBounce } from './decode-bounce';
export { explainReply, type ReplyExplanation } from './explain-reply';
export { lookupCode, type CodeEntry } from './lookup-code';
export { BLOCKLISTS, type Blocklist } from './catalog/blocklists';
export { verdictSentence, reasonPhrase } from './verdict';
export type { BounceResult, BounceRecipient, BounceKind, Explanation, CheckKind, Reason, NotBounce, BounceClassification, DsnAction } from './types';
