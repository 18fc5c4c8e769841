import type { TlsInfo } from './tls';
import type { ClauseName } from './parse-types';

/** One hop of the delivery path (Report contract fields first; see ARCHITECTURE.md). */
export interface Hop {
  /** 1 = oldest (the bottom-most stamp). */
  index: number;
  from: { helo: string | null; rdns: string | null; ip: string | null; name: string | null };
  by: { host: string | null; ip: string | null };
  with: string | null;
  id: string | null;
  for: string | null;
  tls: TlsInfo | null;
  /** ISO 8601 UTC, or null when the stamp has no readable date. */
  timestamp: string | null;
  /** Seconds since the previous trusted timestamp; null when unknown or when a clock is off (see timeline.skew). */
  delaySeconds: number | null;
  side: 'sender' | 'provider' | 'unknown';
  /** The header as written (name, colon and value, unfolded). */
  raw: string;
  /** Added fields. */
  header: string;
  via: string | null;
  authenticated: boolean;
  /** The zone offset as written, e.g. "+0200", or null. */
  zone: string | null;
  /** The plain difference to the previous stamped hop, even when a clock is off. */
  rawDelaySeconds: number | null;
  /** Why the stamp could not be fully read, or null. */
  problem: string | null;
  clauses: Partial<Record<ClauseName, string>>;
  note: string | null;
  /** Index of this header in Report.headers. */
  headerIndex: number;
}

export interface SkewNote {
  /** Hop index whose clock is off; 0 = the sender's Date header. */
  hop: number;
  offsetSeconds: number;
  note: string;
}

export interface Timeline {
  createdAt: string | null;
  deliveredAt: string | null;
  totalSeconds: number | null;
  /** Index of the hop with the longest delay, or null. */
  slowestHop: number | null;
  skew: SkewNote[];
}

export interface Boundary {
  hop: number;
  ip: string | null;
  helo: string | null;
  rdns: string | null;
  by: string | null;
  /** Added: the receiving provider as we recognised it. */
  provider: string;
}
