/**
 * lib/spf: RFC 7208 check_host() (all mechanisms and qualifiers, redirect=, exp=, §7 macros including
 * %{p} and the digit/r transformers, the §4.6.4 limits: 10 DNS mechanisms, 2 void lookups, 10 MX and
 * 10 PTR names) and evaluateSpf (MAIL FROM identity, postmaster@HELO for the null reverse-path).
 * Conformance: the openspf RFC 7208 suite, 203/203 (tests/conformance/spf.test.ts).
 *
 * Known deviations / choices:
 * - The HELO identity is not checked separately (RFC 7208 §2.3 makes it optional).
 * - Void lookups counted: the primary query of a, mx, exists (ptr's PTR query is not counted: the
 *   sender's network, not the domain owner, controls it).
 * - %{p} lookups are not counted towards the 10-mechanism limit.
 * - Independent lookups of later terms are prefetched (bounded to 20 questions); counting is unchanged.
 * - %{r} defaults to "unknown"; %{t} uses deps.now (0 without a clock).
 */
export { checkHost } from './check-host';
export { evaluateSpf, type EvaluateSpfParams, type EvaluatedSpf } from './evaluate';
export { parseSpfRecord, isSpfRecord, type SpfRecord, type Mechanism } from './parse-record';
export { lintSpf, type SpfLint, type SpfTreeNode } from './lint';
export type { SpfResult, SpfResultCode, SpfDeps, CheckHostParams } from './types';
export type { SpfCode } from './codes';
