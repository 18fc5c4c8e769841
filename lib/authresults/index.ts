/**
 * lib/authresults: what the receiving servers recorded about a message's authentication.
 * Implements: RFC 8601 (Authentication-Results, §2.2 syntax, §2.7 result names, §5 trust: only the
 * border's own authserv-id is believed), RFC 8617 §4.1.1 (ARC-Authentication-Results), RFC 7208 §9.1
 * (Received-SPF), RFC 7489 §3.1 (identifier alignment, read from recorded results), RFC 6532 (UTF-8).
 * Deviations, on purpose:
 * - Lenient mode (the product's) accepts Microsoft's form with no authserv-id, bare `action=`-style
 *   properties, unquoted values with `/` or `:`, trailing or doubled `;`, unknown or mixed-case results
 *   and a missing `;` after the authserv-id. Each is a named Leniency and becomes a finding.
 * - SPF results are matched case-insensitively even in strict mode (RFC 4408 wrote "Pass").
 * - Unbalanced comments and unterminated quotes are errors in both modes.
 * - Results are never read from comments or reason text; DMARC p=/sp=/dis= are read from a trusted
 *   header's comment (Gmail, OpenDMARC write them there) and labelled as such.
 */
export { parseAuthResults, STRICT, LENIENT, MAX_AUTHRES_CHARS } from './parse';
export { parseArcAuthResults } from './parse-arc-results';
export { parseReceivedSpf, type ReceivedSpf } from './parse-received-spf';
export type * from './types';
export { readRecordedAuth } from './read-recorded';
export type { TrustInput } from './trust';
export type * from './auth-report';
export { explainResult, AUTH_SMTP_CODES, compauthReason } from './explain';
export type { Explanation, RecordedResult, AuthSmtpCode, CompauthReason, Confidence } from './explain';
export { computeAlignment } from './alignment';
