import type { TlsInfo } from './tls';
import type { ClauseName } from './parse-types';
import type { DialectId } from './dialects';
import type { InternalStamp } from './internal-stamps';

/** One hop of the delivery path (Report contract fields first; see ARCHITECTURE.md). */
export interface Hop {
  /** 1 = oldest (the bottom-most stamp). */
  index: number;
  /**
   * The client: HELO, reverse-DNS name, connecting address (only from the dialect's connection position,
   * never a HELO literal), the word after "from" (null for a placeholder such as "unknown"); added: the source
   * port and the ident answer (or local user) where the dialect writes them; `rdnsUnverified`: the server wrote
   * "unknown" (or another placeholder) where the client's reverse-DNS name goes.
   */
  from: {
    helo: string | null;
    rdns: string | null;
    ip: string | null;
    name: string | null;
    port: number | null;
    ident: string | null;
    rdnsUnverified: boolean;
  };
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
  /** The user the stamp says authenticated (Postfix "Authenticated sender:", Courier "AUTH:" ...), or null. */
  authUser: string | null;
  /** Added: provider-internal stamps in other headers (X-Received ...) written while this hop held the message. */
  internal: InternalStamp[];
  /** Added: the calendar date ("2018-04-22") when the stamp gives a date and no time (then timestamp is null). */
  date: string | null;
  /** Added: the row of the dialect table (lib/received/dialects.ts) the stamp was read by, or null. */
  dialect: DialectId | null;
}

export interface SkewNote {
  /** Hop index whose clock is off (the first, when one host wrote several stamps); 0 = the sender's Date header. */
  hop: number;
  offsetSeconds: number;
  note: string;
  /** Added: every hop stamped by that clock, oldest first ([] for the Date header). */
  hops: number[];
  /** Added: the host whose clock is off (the "by" host of those stamps), or null when unnamed or the Date header. */
  host: string | null;
  /** Added: that host's address when the stamps give it, else null. */
  ip: string | null;
}

export interface Timeline {
  createdAt: string | null;
  deliveredAt: string | null;
  /** From the Date header (or the first trustworthy stamp) to delivery; null when unknown. */
  totalSeconds: number | null;
  /** Index of the hop with the longest delay when that delay is 10 s or more, else null. */
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
