/**
 * The Report: plain JSON-safe data (no classes, Maps or Dates; times are ISO 8601 strings).
 * Field names marked "contract" are printed by `headerscope --json` and relied on by scripts:
 * add fields freely, never rename or drop one.
 */

import type { Boundary, Hop, Timeline } from './received/types';

import type { BounceResult } from './bounce/types';
import type { LiveReport, LiveSection } from './live/types';
import type { AuthReport } from './authresults/auth-report';
import type { Stamp } from './stamps/types';
import type { ReputationCheck } from './reputation/types';
import type { DeliverabilityItem } from './deliverability/types';
import type { Verdict } from './verdict/types';

import type { Finding } from './findings';
import type { HeaderEntry, InputInfo, MessageAddresses, MessageSummary } from './mime/types';

export type { Boundary, Hop, Timeline, LiveReport, LiveSection };
// The section types, owned by their areas, named here too for the views and the CLI.
export type { Finding, Severity } from './findings';
export type { Perspective, Verdict, VerdictKind, VerdictReason } from './verdict/types';
export type { HeaderEntry, InputInfo, InputSource, InputStatus, LineEnding, Mailbox, MessageAddresses, MessageSummary } from './mime/types';

/** contract: kind, reportingMta, arrivalDate, recipients, feedbackType; plus the returned original. */
export type BounceSection = Omit<BounceResult, 'originalRaw'> & {
  /** The returned message analysed on its own, or null when the bounce carries none. */
  original: Report | null;
};

export const REPORT_SCHEMA = 'headerscope.report/1';

export interface Report {
  /** contract */
  schema: typeof REPORT_SCHEMA;
  generatedAt: string;
  input: InputInfo;
  /** contract */
  message: MessageSummary;
  addresses: MessageAddresses;
  /** contract */
  headers: HeaderEntry[];
  /** contract */
  findings: Finding[];
  /** contract: the delivery path, oldest hop first. */
  hops: Hop[];
  /** contract: delays, total time and clock skew; null when there are no stamps. */
  timeline: Timeline | null;
  /** contract: where the message entered the recipient's provider, or null when unknown. */
  boundary: Boundary | null;
  /** contract: what the receiving provider recorded, and what it did not write (could be forged). */
  auth: AuthReport | null;
  /** contract: vendor spam/security stamps decoded. */
  stamps: Stamp[];
  /** contract: the decoded bounce, or null when the message is not one. */
  bounce: BounceSection | null;
  /** contract (issues 5, 6, 9): live DNS checks; `enabled: false` when live checks are off. */
  live: LiveSection | null;
  /** contract: blocklist checks, or null when live checks are off. */
  reputation: { checks: ReputationCheck[]; notes: string[] } | null;
  /** contract: the "why did it land in spam?" checklist. */
  deliverability: DeliverabilityItem[];
  /**
   * Messages attached to this one (forwarded as attachment), each analysed on its own, offline. `leads`: the
   * outer message's own text is short (a forward asking "is this real?"), so views lead with this one's verdict.
   */
  attachedMessages: { filename: string | null; report: Report; leads: boolean }[];
  /** contract: the one answer for this message, from the reader's side (lib/verdict). */
  verdict: Verdict;
}
