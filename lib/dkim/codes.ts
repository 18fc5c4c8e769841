/**
 * The stable result codes of DKIM verification (GUIDE rule 3): what `DkimResult.code` can say. Scripts match on
 * them; add codes, never rename one. Findings reuse some of them as ids.
 */

/** Problem suffixes; callers prefix them (`dkim.sig.` / `arc.ams.`). */
export type TagProblem =
  | 'missing-tag'
  | 'algorithm-unsupported'
  | 'bad-base64'
  | 'empty-signature'
  | 'bad-canonicalization'
  | 'bad-domain'
  | 'bad-selector'
  | 'bad-header-list'
  | 'bad-number'
  | 'expiry-before-timestamp';

/** A valid signature, and how much of the message it covers (RFC 6376 §3.5 l=, headers-only pastes). */
type PassCode = 'dkim.pass' | 'dkim.pass.headers-only' | 'dkim.pass.body-not-covered' | 'dkim.pass.partial-body';

/** The DKIM-Signature field itself (RFC 6376 §3.5). */
type SignatureCode =
  | 'dkim.sig.syntax'
  | 'dkim.sig.missing-v'
  | 'dkim.sig.bad-version'
  | 'dkim.sig.from-not-signed'
  | 'dkim.sig.bad-query-method'
  | 'dkim.sig.bad-auid'
  | 'dkim.sig.auid-outside-domain'
  | 'dkim.sig.expired'
  | 'dkim.sig.future'
  | `dkim.sig.${TagProblem}`;

/** The key record (RFC 6376 §3.6.1) and its lookup (§6.1.2). */
type KeyCode =
  | 'dkim.key.not-found'
  | 'dkim.key.ambiguous'
  | 'dkim.key.malformed'
  | 'dkim.key.syntax'
  | 'dkim.key.bad-version'
  | 'dkim.key.revoked'
  | 'dkim.key.too-small'
  | 'dkim.key.type-mismatch'
  | 'dkim.key.unknown-type'
  | 'dkim.key.hash-not-allowed'
  | 'dkim.key.not-for-email'
  | 'dkim.key.subdomain-not-allowed'
  | 'dkim.dns.timeout'
  | 'dkim.dns.servfail'
  | 'dkim.dns.error';

/** What the verification found (RFC 6376 §6.1.3), and the limits this project keeps. */
type CheckCode =
  | 'dkim.bodyhash.mismatch'
  | 'dkim.body.length-exceeds'
  | 'dkim.signature.invalid'
  | 'dkim.algorithm.sha1'
  | 'dkim.algorithm.unsupported'
  | 'dkim.header.added-unsigned'
  | 'dkim.limit.not-evaluated'
  | 'dkim.internal';

export type DkimCode = PassCode | SignatureCode | KeyCode | CheckCode;
