/**
 * The Report: plain JSON-safe data (no classes, Maps or Dates; times are ISO 8601 strings).
 * Field names marked "contract" are printed by `headerscope --json` and relied on by scripts:
 * add fields freely, never rename or drop one.
 */

import type { Boundary, Hop, Timeline } from './received/types';

import type { BounceResult } from './bounce/types';
import type { LiveReport } from './dns/live';
import type { LiveSection } from './stages/live-stage';
import type { AuthReport } from './authresults/auth-report';
import type { Stamp } from './stamps/types';
import type { ReputationCheck } from './reputation/types';
import type { DeliverabilityItem } from './deliverability/types';

export type { Boundary, Hop, Timeline, LiveReport, LiveSection };

/** contract (issue 7): kind, reportingMta, arrivalDate, recipients, feedbackType; plus the returned original. */
export type BounceSection = Omit<BounceResult, 'originalRaw'> & {
  /** The returned message analysed on its own, or null when the bounce carries none. */
  original: Report | null;
};

export const REPORT_SCHEMA = 'headerscope.report/1';

export type Severity = 'ok' | 'info' | 'warn' | 'bad';

/** contract */
export interface Finding {
  /** Stable namespaced id, e.g. `intake.truncated`, `dmarc.fail`. */
  id: string;
  severity: Severity;
  title: string;
  detail: string;
}

/** contract */
export interface HeaderEntry {
  name: string;
  /** Unfolded value, not decoded (RFC 2047 words are kept as written). */
  value: string;
  /** The value with RFC 2047 encoded words decoded, or null when it has none. */
  decoded: string | null;
}

/** One mailbox from an address header. */
export interface Mailbox {
  /** Decoded display name, or null when there is none. */
  name: string | null;
  /** addr-spec as written (local@domain), or the raw text when it could not be parsed. */
  address: string;
  /** Domain part, lower-cased, or null when the address has none. */
  domain: string | null;
}

/** contract: decoded display strings or null. */
export interface MessageSummary {
  from: string | null;
  to: string | null;
  subject: string | null;
  date: string | null;
  messageId: string | null;
  returnPath: string | null;
  /** The Date header as ISO 8601 UTC, or null when absent or unparsable. */
  dateIso: string | null;
}

export interface MessageAddresses {
  from: Mailbox[];
  sender: Mailbox[];
  replyTo: Mailbox[];
  returnPath: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
}

export type InputStatus = 'ok' | 'empty' | 'too-large' | 'no-headers' | 'error';
export type InputSource = 'raw' | 'mbox' | 'gmail-show-original' | 'outlook-source';
export type LineEnding = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';

export interface InputInfo {
  status: InputStatus;
  /** Size of the input in UTF-16 code units as received (close to bytes for ASCII mail). */
  size: number;
  source: InputSource;
  lineEnding: LineEnding;
  /** True when a body followed the header block. */
  hasBody: boolean;
  headerCount: number;
  /** Size of the header block as written. */
  headerBytes: number;
}

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
  /** contract (issue 3): the delivery path, oldest hop first. */
  hops: Hop[];
  /** contract (issue 3): delays, total time and clock skew; null when there are no stamps. */
  timeline: Timeline | null;
  /** contract (issue 3): where the message entered the recipient's provider, or null when unknown. */
  boundary: Boundary | null;
  /** contract (issue 4): what the receiving provider recorded, and what it did not write (could be forged). */
  auth: AuthReport | null;
  /** contract (issue 4): vendor spam/security stamps decoded. */
  stamps: Stamp[];
  /** contract (issue 7): the decoded bounce, or null when the message is not one. */
  bounce: BounceSection | null;
  /** contract (issues 5, 6, 9): live DNS checks; `enabled: false` when live checks are off. */
  live: LiveSection | null;
  /** contract (issue 9): blocklist checks, or null when live checks are off. */
  reputation: { checks: ReputationCheck[]; notes: string[] } | null;
  /** contract (issue 9): the "why did it land in spam?" checklist. */
  deliverability: DeliverabilityItem[];
  /** Messages attached to this one (forwarded as attachment), each analysed on its own, offline (issue 8). */
  attachedMessages: { filename: string | null; report: Report }[];
}
