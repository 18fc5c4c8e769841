/**
 * Result keywords per method, from the IANA "Email Authentication Result Names" registry
 * (RFC 8601 §2.7 and the RFCs that registered each method). Methods not listed accept any Keyword
 * (RFC 8601 §2.7.x: unknown methods are kept, their results uninterpreted).
 */
const RESULTS = new Map<string, readonly string[]>([
  /** RFC 8601 §2.7.4 */
  ['auth', ['none', 'pass', 'fail', 'temperror', 'permerror']],
  /** RFC 8601 §2.7.1 */
  ['dkim', ['none', 'pass', 'fail', 'policy', 'neutral', 'temperror', 'permerror']],
  ['domainkeys', ['none', 'pass', 'fail', 'policy', 'neutral', 'temperror', 'permerror']],
  /** RFC 8601 §2.7.2; `hardfail` is RFC 5451's deprecated spelling of fail. */
  ['spf', ['none', 'neutral', 'pass', 'fail', 'softfail', 'policy', 'temperror', 'permerror', 'hardfail']],
  ['sender-id', ['none', 'neutral', 'pass', 'fail', 'softfail', 'policy', 'temperror', 'permerror', 'hardfail']],
  /** RFC 8601 §2.7.3 */
  ['iprev', ['pass', 'fail', 'temperror', 'permerror']],
  /** RFC 7489 §11.2 */
  ['dmarc', ['none', 'pass', 'fail', 'temperror', 'permerror']],
  /** RFC 8617 §6 */
  ['arc', ['none', 'pass', 'fail']],
  /** RFC 5617 / RFC 6541 / RFC 6212 / RFC 7293 / RFC 7281 / RFC 8904 */
  ['dkim-adsp', ['none', 'unknown', 'pass', 'fail', 'discard', 'nxdomain', 'temperror', 'permerror']],
  ['dkim-atps', ['none', 'pass', 'fail', 'temperror', 'permerror']],
  ['vbr', ['none', 'pass', 'fail', 'temperror', 'permerror']],
  ['rrvs', ['none', 'unknown', 'pass', 'fail', 'temperror', 'permerror']],
  ['smime', ['none', 'pass', 'fail', 'policy', 'neutral', 'temperror', 'permerror']],
  ['dnswl', ['pass', 'none', 'temperror', 'permerror']],
  /** BIMI draft (draft-brand-indicators-for-message-identification) §7.7 */
  ['bimi', ['pass', 'none', 'fail', 'temperror', 'declined', 'skipped']],
]);

export type ResultCheck = 'ok' | 'unknown' | 'case';

/**
 * Is `written` a registered result of `method`? SPF results are matched without regard to case
 * (deviation: RFC 4408 §2.5 spelled them "Pass", "SoftFail" and SPF software still writes that);
 * every other method's result must be written in lower case as registered.
 */
export function checkResult(method: string, written: string): ResultCheck {
  const known = RESULTS.get(method);
  if (known === undefined) return 'ok';
  const lower = written.toLowerCase();
  if (!known.includes(lower)) return 'unknown';
  if (lower !== written && method !== 'spf') return 'case';
  return 'ok';
}

export function isRegisteredMethod(method: string): boolean {
  return RESULTS.has(method);
}
