/** The `auth` part of the Report: what the receiving provider recorded, and what it did not vouch for. */
import type { CompauthReason, Explanation, RecordedResult } from './explain';
import type { AlignmentLevel } from '../dmarc/types';

/** How we decided this header was written by the user's own provider. */
export type TrustBasis =
  /** Above the provider's boundary Received: only the provider could have added it. */
  | 'above-boundary'
  /** Just below the provider's boundary Received, carrying the provider's own authserv-id (Gmail's layout; RFC 8601 §5 makes the provider strip forged copies). */
  | 'boundary-block'
  /** The provider's own ARC-Authentication-Results above the boundary (no A-R found). */
  | 'arc-seal'
  /** No boundary known: the topmost A-R, which the sender could have written if the provider adds none. */
  | 'topmost-guess';

export interface SpfVerdict {
  result: RecordedResult;
  /** The word as written when it differs from `result` (e.g. `hardfail`). */
  written: string | null;
  /** smtp.mailfrom as recorded (an address or a domain). */
  mailFrom: string | null;
  helo: string | null;
  /** reason= text, or the comments (e.g. Microsoft's "sender IP is 192.0.2.1"). */
  reason: string | null;
  source: 'authentication-results' | 'received-spf';
  explanation: Explanation | null;
}

export interface DkimVerdict {
  result: RecordedResult;
  written: string | null;
  /** header.d (SDID), or the domain of header.i. */
  domain: string | null;
  selector: string | null;
  /** header.i (AUID). */
  auid: string | null;
  algorithm: string | null;
  reason: string | null;
  explanation: Explanation | null;
}

export interface DmarcVerdict {
  result: RecordedResult;
  written: string | null;
  headerFrom: string | null;
  /** Published p= (lower case) when the receiver recorded it. */
  policy: string | null;
  subdomainPolicy: string | null;
  /** What the receiver did or would do: none / quarantine / reject, or Microsoft's action= word. */
  disposition: string | null;
  /** Where policy/disposition were read: RFC 8601 properties, a bare Microsoft action=, or a comment. */
  policySource: 'property' | 'action' | 'comment' | null;
  explanation: Explanation | null;
}

export interface ArcVerdict {
  result: RecordedResult;
  written: string | null;
  reason: string | null;
  explanation: Explanation | null;
}

export interface CompauthVerdict {
  result: string;
  reason: string | null;
  reasonMeaning: CompauthReason | null;
  explanation: Explanation | null;
}

export interface BimiVerdict {
  result: string;
  domain: string | null;
  selector: string | null;
  explanation: Explanation | null;
}

export type { AlignmentLevel } from '../dmarc/types';

export interface IdentifierAlignment {
  identifier: 'spf' | 'dkim';
  domain: string | null;
  /** The identifier's own check passed. */
  authenticated: boolean;
  /** RFC 7489 §3.1: 'strict' = same domain; 'relaxed' = same organizational domain only. */
  aligned: AlignmentLevel;
}

export interface AlignmentDetail {
  headerFrom: string | null;
  spf: IdentifierAlignment | null;
  dkim: IdentifierAlignment[];
  /** An identifier that both passed and aligned (what DMARC needs), or null. */
  alignedBy: 'spf' | 'dkim' | 'both' | null;
  summary: string;
}

export interface OtherMethod {
  method: string;
  result: string;
  properties: { ptype: string; property: string; value: string }[];
}

export interface RecordedAuth {
  /** '' when the provider writes none (Microsoft). */
  authservId: string;
  basis: TrustBasis;
  /** False only for 'topmost-guess': the result is shown as a claim, not as the provider's verdict. */
  trusted: boolean;
  /** Index in `fields` of the header the verdicts were read from. */
  fieldIndex: number;
  spf: SpfVerdict | null;
  dkim: DkimVerdict[];
  dmarc: DmarcVerdict | null;
  arc: ArcVerdict | null;
  compauth: CompauthVerdict | null;
  bimi: BimiVerdict | null;
  alignment: AlignmentDetail;
  /** DMARC passed, or (without a DMARC result) an aligned SPF or DKIM pass: the From domain is authenticated. */
  fromAuthenticated: boolean;
  other: OtherMethod[];
  /** The provider's headers each verdict was read from (iCloud and Proton write one per method). */
  sources: { authservId: string; fieldIndex: number; methods: string[] }[];
}

export interface UntrustedAuth {
  authservId: string;
  raw: string;
  fieldIndex: number;
  header: 'Authentication-Results' | 'ARC-Authentication-Results' | 'Received-SPF';
  /** Why it is not believed. */
  why: string;
  /** method=result pairs it claims, for comparison (empty when it could not be parsed). */
  claims: { method: string; result: string }[];
}

export interface ArcClaim {
  instance: number;
  authservId: string;
  fieldIndex: number;
  claims: { method: string; result: string }[];
  /** Added by the user's provider (above the boundary). */
  byProvider: boolean;
}

export interface AuthReport {
  recorded: RecordedAuth | null;
  untrusted: UntrustedAuth[];
  /** ARC-Authentication-Results, newest instance first: what each sealer says it saw. */
  arcChain: ArcClaim[];
}
