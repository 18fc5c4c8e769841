import type { Finding } from '../findings';
import type { ArcCode } from './codes';

/** RFC 8617 §4.4 chain validation status, plus temperror when a key could not be fetched (never pass). */
export type ArcResultWord = 'none' | 'pass' | 'fail' | 'temperror';

/** Outcome of one signature check inside the chain. */
export type { ArcCheck } from './codes';
import type { ArcCheck } from './codes';

/** One method=result pair read from an ARC-Authentication-Results field (a summary, not a full RFC 8601 parse). */
export interface AarMethodResult {
  method: string;
  result: string;
}

export interface ArcMessageSignatureCheck {
  result: ArcCheck;
  code: ArcCode;
  reason: string;
  domain: string | null;
  selector: string | null;
  keyBits: number | null;
  bodyChecked: boolean;
  /** 'valid' | 'invalid' | 'not-checked': the header signature, independent of the body hash. */
  headerSignature: 'valid' | 'invalid' | 'not-checked';
  signedHeaders: string[];
}

/** One ARC set (one intermediary). `domain`, `selector` and `cv` are the sealer's (ARC-Seal) tags. */
export interface ArcInstance {
  i: number;
  /** ARC-Seal d=: the sealer's identity. */
  domain: string | null;
  selector: string | null;
  /** ARC-Seal cv= as written: what this sealer said about the chain it received. */
  cv: string | null;
  /** The ARC-Seal check. */
  result: ArcCheck;
  code: ArcCode;
  keyBits: number | null;
  ams: ArcMessageSignatureCheck;
  /** authserv-id of the ARC-Authentication-Results. */
  authservId: string | null;
  /** The ARC-Authentication-Results field exactly as written: what this intermediary saw. */
  aarRaw: string | null;
  aarResults: AarMethodResult[];
}

export interface ArcResult {
  result: ArcResultWord;
  /** Stable namespaced code: arc.pass, arc.structure.missing, arc.seal.invalid ... */
  code: ArcCode;
  reason: string;
  /** Oldest first (i = 1 is the first intermediary). */
  instances: ArcInstance[];
  /** Instance where the chain failed, or (chain pass) the newest instance whose AMS no longer verifies; null when intact. */
  brokeAt: number | null;
  /** RFC 8617 §5.2 step 5: lowest AMS instance that still verifies (0 = all of them), null when not computed. */
  oldestPass: number | null;
  /** ARC-Seal d= of each instance, oldest first. */
  sealers: string[];
  /** False when the body was not given: the newest AMS body hash was taken as claimed. */
  bodyChecked: boolean;
  /** Lowest instance whose ARC-Authentication-Results show neither dmarc=pass nor (without dmarc) dkim=pass. */
  aarFirstFailure: number | null;
  findings: Finding[];
}
