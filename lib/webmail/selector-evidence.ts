/**
 * Where a selector the capture code relies on was last seen to match the live web app. Pages are reverse
 * engineered, not documented: every selector names its newest public evidence and that evidence's date, so
 * a release check (docs/release-check.md) knows what to re-verify and a stale one stands out.
 */
export interface SelectorEvidence {
  /** Month of the newest public evidence, `YYYY-MM` (for a library's or a standard's own markup: the month it was read). */
  confirmed: string;
  /** The evidence: repository + path (or issue), or a vendor page. */
  source: string;
}

/** A table of evidence for every key of a selector table (the type makes a missing entry a compile error). */
export type EvidenceFor<T> = Readonly<Record<keyof T, SelectorEvidence>>;
