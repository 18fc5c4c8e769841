/**
 * lib/dkim: live DKIM verification with WebCrypto.
 * Implements: RFC 6376 (DKIM signatures: §3.2 tag lists, §3.4 canonicalisation, §3.5 signature tags,
 * §3.6 key records, §3.7 hashing, §5.4.2 header selection, §6.1 verification), RFC 8301 (rsa-sha1 not
 * accepted, RSA keys < 1024 bits fail), RFC 8463 (ed25519-sha256), RFC 8616 §4 (U-label d=/s=), and
 * reports outcomes in RFC 8601 §2.7.1 words.
 * Deviations and choices, on purpose:
 * - The message arrives as text. A lone LF is a line break (pasted text lost its CRs); text is hashed as
 *   UTF-8, and as Latin-1 too when every character is <= U+00FF and UTF-8 did not verify.
 * - Signature syntax errors are `neutral` (RFC 8601 §2.7.1); key problems (no key, revoked, unusable) are
 *   `permerror`; DNS failures `temperror`; a broken hash or signature `fail`; RSA < 1024 bits `fail`.
 * - A cryptographically valid signature is `policy` (not pass) when it uses rsa-sha1 (RFC 8301), is
 *   expired (x= before deps.now, unless the newest Received date shows it was still valid on delivery:
 *   then pass with a note), is dated in the future (t= beyond 5 minutes of skew), or when an unsigned copy
 *   of a single-instance header (From, Subject, To, ...) sits above the signed one (RFC 6376 §8.15).
 * - The crypto is checked even when the body hash fails, so a report can say "headers intact, body changed"
 *   (headerSignature); the result is still fail.
 * - With l= the result stays `pass` but the code says how much is covered (dkim.pass.partial-body,
 *   dkim.pass.body-not-covered); l= longer than the body is `fail`.
 * - Headers only: the signature is verified against the claimed bh=; code dkim.pass.headers-only and
 *   bodyChecked: false say that the body was not checked.
 * - Several TXT records at one key name are `permerror` (RFC 6376 §3.6.2.2 calls the result undefined).
 * - Empty items in h= ("from::to") are skipped (seen in the ARC test suite).
 * - At most 10 signatures are verified (security goal G3, docs/security-goals.md); others are `neutral` with
 *   code dkim.limit.not-evaluated and evaluated: false.
 */
export { verifyDkim, verifyDkimBytes, verifyDkimWith, MAX_DKIM_SIGNATURES } from './verify';
export { readSignedMessage } from './read-signed-message';
export { dkimFindings, resultInWords, signerLabel } from './dkim-findings';
export { createVerifyContext, type VerifyContext } from './verify-context';
export { parseTagList } from './tag-list';
export { parseDkimSignature } from './dkim-signature';
export { parseKeyRecord, type KeyRecord } from './key-record';
export { IMPORTANT_HEADERS } from './header-coverage';
export type {
  DkimResult,
  DkimResultWord,
  BodyLengthInfo,
  HeaderSignatureState,
  SignedMessage,
  VerifyDeps,
  SigningAlgorithm,
  Canonicalization,
} from './types';
export type { DkimCode } from './codes';
