import type { DnsResolver } from './dns/types';
import type { HealthCache } from './reputation/types';
import type { BytesDecoder } from './mime/received-bytes';
import type { FindByte, HashFactory } from './dkim/types';

/** Every effect the analysis core may use arrives here; lib/ touches no global clock, network or browser API. */
export interface Deps {
  /** Current time, epoch milliseconds. */
  now: () => number;
  /** Live DNS for the checks of issues 5, 6 and 9; absent or null = live checks off (no query at all). */
  dns?: DnsResolver | null;
  /** How the resolver is shown to the user, e.g. "Cloudflare (wire format)". */
  resolverLabel?: string;
  /** The deadline of live work (security goal G4, docs/security-goals.md: 8 s), or the reader going away: every DNS question stops then. */
  signal?: AbortSignal;
  /** That deadline in seconds, for the words of a check it cut ("took too long (the 8 s limit ...)"). */
  deadlineSeconds?: number;
  /** Blocklist health checks, kept for the session by the caller (one per resolver). */
  health?: HealthCache;
  /** Spamhaus DQS key for blocklist queries through a public resolver. */
  dqsKey?: string | null;
  /** The host's own decoder of input bytes, giving what lib's TextDecoder path gives, faster (the CLI: Node's Buffer). */
  decodeBytes?: BytesDecoder;
  /** The host's incremental hash for DKIM/ARC body hashes (the CLI: node:crypto, no copy of the body); else WebCrypto. */
  hash?: HashFactory;
  /** The host's native search over a message's octets (the CLI: Buffer indexOf) for a body read as octets only. */
  findByte?: FindByte;
}
