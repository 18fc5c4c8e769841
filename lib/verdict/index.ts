/**
 * lib/verdict: one answer a reader can act on, over the sections of the areas below it (auth, hops, live,
 * impersonation, bounce): deceptive, bounce, automated, authentic, unauthenticated or unknown, with a headline,
 * 1-4 reasons and the reader's side (recipient or sender).
 * Sources: RFC 8601 §5/§7.2 (only the provider's own results are believed), RFC 7489 §3.1/§6.3 (alignment and
 * policy), RFC 8617 (ARC), RFC 2919 (List-Id), RFC 3464/3463/5321 (delivery reports and codes), RFC 5965 (feedback
 * reports), RFC 8098 (read receipts), RFC 3834 (auto-replies), UTS #39 (look-alike names, lib/impersonation).
 * Deviations: a live re-check never overrides the provider's recorded result (the difference is a reason);
 * DKIM l= coverage is not yet read (the hardening of lib/dkim adds it).
 */
export { decideVerdict, MAX_HEADLINE, MAX_REASONS } from './decide-verdict';
export { readerAdvice } from './reader-advice';
export { restateFindings } from './restate-findings';
export {
  VERDICT_KINDS,
  type Perspective,
  type Verdict,
  type VerdictInput,
  type VerdictKind,
  type VerdictReason,
} from './types';
