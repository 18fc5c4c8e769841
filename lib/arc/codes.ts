/**
 * The stable codes of ARC verification (RFC 8617; GUIDE rule 3): what `ArcResult.code`, an instance's `code` and
 * an AMS check's `code` can say. Key and DNS problems are DKIM's (RFC 8617 §5.1.1 reuses RFC 6376 key records),
 * renamed from dkim.* to arc.*. Scripts match on them; add codes, never rename one.
 */
import type { DkimCode } from '../dkim/codes';
import type { TagProblem } from '../dkim/codes';

/** How one ARC-Seal or ARC-Message-Signature check came out. */
export type ArcCheck = 'pass' | 'fail' | 'temperror' | 'not-checked' | 'not-evaluated';

/** A DKIM key or DNS code as ARC reports it (dkim.key.revoked -> arc.key.revoked). */
export type ArcKeyCode = DkimCode extends `dkim.${infer Rest}` ? `arc.${Rest}` : never;

export type ArcCode =
  | ArcKeyCode
  // §5.2: the chain as a whole.
  | 'arc.pass'
  | 'arc.chain.declared-fail'
  | 'arc.structure.missing'
  | 'arc.structure.gap'
  | 'arc.structure.duplicate'
  | 'arc.structure.bad-instance'
  | 'arc.structure.bad-cv'
  | 'arc.limit.too-many-sets'
  | 'arc.internal'
  // §4.1.3: ARC-Seal.
  | 'arc.seal.pass'
  | 'arc.seal.invalid'
  | 'arc.seal.not-checked'
  | 'arc.seal.syntax'
  | 'arc.seal.missing-tag'
  | 'arc.seal.h-present'
  | 'arc.seal.algorithm'
  | 'arc.seal.bad-signature'
  | 'arc.seal.bad-domain'
  | 'arc.seal.bad-number'
  // §4.1.2: ARC-Message-Signature.
  | `arc.ams.${ArcCheck}`
  | `arc.ams.${TagProblem}`
  | 'arc.ams.syntax'
  | 'arc.ams.sha1'
  | 'arc.ams.signs-seal'
  | 'arc.ams.body-length-exceeds'
  | 'arc.ams.bodyhash-mismatch'
  | 'arc.ams.signature-invalid';
