/**
 * lib/arc: Authenticated Received Chain validation (RFC 8617), on lib/dkim's canonicalisation, key look-up
 * and WebCrypto verification.
 * Implements RFC 8617 §5.2 (validator actions: structure, newest AMS, oldest-pass, every AS) and §4.1
 * (AAR "i=" prefix, AMS and AS tags), with RFC 8301 crypto policy (no rsa-sha1, RSA >= 1024 bits).
 * Deviations and choices, on purpose:
 * - A key look-up that fails (timeout, SERVFAIL) gives `temperror`, not `fail`: RFC 8617 has no word for
 *   it, and a DNS problem must never read as "chain broken" nor as pass.
 * - No ARC header fields -> null (cv=none). Any other malformed chain -> fail with a stable code.
 * - Tag names and values are read as RFC 6376 §3.2 says: names case-sensitive, duplicate tags and empty
 *   tag-specs (";;") invalid. This makes the 5 "disputed" ValiMail cases pass as the suite expects.
 * - At most 10 AMS are verified (newest first); older ones are `not-evaluated` and oldestPass is null.
 * - Signature expiry (x=) is not enforced for ARC (RFC 8617 does not define it for AS).
 * - An AMS without c= is read as relaxed/relaxed (what ARC sealers use; the ValiMail suite and mailauth
 *   agree), not DKIM's simple/simple default.
 * - After a failing ARC-Seal the older seals are still checked, so brokeAt is the lowest set that no
 *   longer verifies (the result is fail either way, as RFC 8617 §5.2 step 6 says).
 * - AAR contents are summarised (method=result), not fully parsed; see lib/authresults for that.
 */
export { verifyArc, verifyArcWith, MAX_ARC_AMS } from './verify';
export { MAX_ARC_SETS } from './arc-sets';
export { arcFindings } from './arc-findings';
export type { ArcResult, ArcResultWord, ArcInstance, ArcCheck, ArcMessageSignatureCheck, AarMethodResult } from './types';
export type { ArcCode } from './codes';
