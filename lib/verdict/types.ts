/**
 * The verdict: one answer a reader can act on, from the reader's side. Plain JSON-safe data; the field names
 * `kind`, `headline`, `reasons[{text, findingId}]` and `perspective` are a public contract of the Report.
 */
import type { AuthReport } from '../authresults/auth-report';
import type { BounceResult, NotBounce } from '../bounce/types';
import type { Finding } from '../findings';
import type { ImpersonationSign } from '../impersonation/types';
import type { LiveSection } from '../live/types';
import type { HeaderEntry, MessageAddresses } from '../mime/types';
import type { Boundary, Hop } from '../received/types';

/**
 * The kinds, in precedence order (the first that applies wins):
 * - `deceptive`: someone pretends to be someone else (forged results, a brand's name or look-alike domain,
 *   an exact-domain spoof of a domain that asks receivers to reject or quarantine such mail);
 * - `bounce`: a delivery report about mail the reader sent, failed or delayed;
 * - `automated`: other machine notices (feedback reports, success reports, read receipts, auto-replies);
 * - `authentic`: the From domain is authenticated (who sent it, never that it is safe);
 * - `unauthenticated`: the From domain's authentication failed or is absent at a provider that checks it;
 * - `unknown`: nothing trustworthy to decide on.
 */
export const VERDICT_KINDS = ['deceptive', 'bounce', 'automated', 'authentic', 'unauthenticated', 'unknown'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/** Whose side the report is read from: the one who received the message, or the one who sent it. */
export type Perspective = 'recipient' | 'sender';

export interface VerdictReason {
  /** One plain sentence. */
  text: string;
  /** The finding (Report.findings[].id) that shows it, or null. */
  findingId: string | null;
}

/** contract: the answer for one message. */
export interface Verdict {
  kind: VerdictKind;
  /** One plain sentence, at most 120 characters, naming the domain. */
  headline: string;
  /** 1 to 4, most decisive first. */
  reasons: VerdictReason[];
  /** The detected default; a reader may switch it in the view. */
  perspective: Perspective;
}

/** What the verdict reads: the sections below it, never the Report. */
export interface VerdictInput {
  hasBody: boolean;
  addresses: MessageAddresses;
  headers: readonly HeaderEntry[];
  hops: readonly Hop[];
  boundary: Boundary | null;
  auth: AuthReport | null;
  live: LiveSection | null;
  impersonation: readonly ImpersonationSign[];
  bounce: Omit<BounceResult, 'originalRaw'> | null;
  /** A mail-system message that is not a failure (read receipt, auto-reply, success report). */
  notice: NotBounce | null;
  findings: readonly Finding[];
}

/** A kind's decision before the perspective is added. */
export interface Decision {
  kind: VerdictKind;
  headline: string;
  reasons: VerdictReason[];
}
