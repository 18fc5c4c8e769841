/**
 * lib/received: the delivery path.
 * Implements: RFC 5321 §4.4 (Received stamps: from, by, via, with, id, for; TCP-info), RFC 5322 §3.6.7 and §3.2.2
 * (trace fields, nested comments), RFC 3848 (ESMTPS/ESMTPA/ESMTPSA protocol names), RFC 5321 §6.3 (100-hop loop
 * limit), RFC 5952 (IPv6 text form).
 * Dialects: lib/received/dialects.ts lists every form read, with its public source and which position holds the
 * HELO, reverse-DNS name, connecting address and port, ident and authenticated user.
 * Deviations, on purpose:
 * - A date without ";" is looked for in the last few words (SendGrid and others omit it).
 * - Dates in non-RFC forms real servers write (US m/d/yyyy, AM/PM, "+0000 UTC", nanoseconds) are read.
 * - "via" is read as a clause (Exchange's "via Frontend Transport"), as RFC 5321 allows.
 * - The trust boundary is a heuristic over host names (organizational domains via the Public Suffix List).
 *   Private-use names (.local, .internal, .lan, bare "EXCH01") are internal hops; a private (RFC 1918) client
 *   address with another organisation's public name is taken as the entry (a NAT or load balancer hid the sender).
 *   Provider stamps below the entry are forged unless a foreign stamp above them records the provider as its
 *   client (forwards and round trips).
 * - A gap of whole hours (up to 14, the widest zone offset) across the boundary is read as a time-zone error.
 * - Clocks are judged per host: consecutive stamps by one "by" host are one clock; the largest set of clocks
 *   that read in order is trusted (the Date header counts as a clock); a clock off by whole hours is corrected.
 * - Provider stamps in other headers (X-Received, X-OriginalArrivalTime ...) belong to a hop, never make one.
 * - A zero-padded dotted quad outside an address literal is a version number, not an address.
 */
export { parseReceived, type ParsedReceived } from './parse';
export { analyzeHops, MAX_HOPS, type HopAnalysis } from './analyze-hops';
export type { Hop, Timeline, Boundary, SkewNote } from './types';
export { DIALECTS, type Dialect, type DialectId } from './dialects';
export { normalizeIp, ipScope } from './ip';
