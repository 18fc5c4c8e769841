/** RFC 8617 §4.1.2 / §5.2 steps 4-5: verify one ARC-Message-Signature like a DKIM signature (RFC 6376 §6.1). */
import { checkSignature } from '../dkim/check-signature';
import { importPublicKey } from '../dkim/public-key';
import { readSignatureTags } from '../dkim/signature-tags';
import type { VerifyContext } from '../dkim/verify-context';
import type { ArcSet } from './arc-sets';
import type { ArcMessageSignatureCheck } from './types';
import type { ArcCode, ArcKeyCode } from './codes';
import type { DkimCode } from '../dkim/codes';

const REQUIRED = ['i', 'a', 'b', 'bh', 'd', 'h', 's'] as const;

/** Key and DNS codes come from lib/dkim; in ARC they are reported under arc.* */
export function arcCode(code: DkimCode): ArcKeyCode {
  return `arc.${code.slice(5)}` as ArcKeyCode;
}

export function notChecked(set: ArcSet, result: 'not-checked' | 'not-evaluated', reason: string): ArcMessageSignatureCheck {
  const read = readSignatureTags(set.amsTags, REQUIRED, ['relaxed', 'relaxed']);
  return {
    result, code: `arc.ams.${result}`, reason, domain: read.info.domain, selector: read.info.selector, keyBits: null,
    bodyChecked: false, headerSignature: 'not-checked', signedHeaders: read.info.signedHeaders,
  };
}

export async function checkAms(ctx: VerifyContext, set: ArcSet): Promise<ArcMessageSignatureCheck> {
  const read = readSignatureTags(set.amsTags, REQUIRED, ['relaxed', 'relaxed']);
  const base: ArcMessageSignatureCheck = {
    result: 'fail', code: 'arc.internal', reason: '', domain: read.info.domain, selector: read.info.selector, keyBits: null,
    bodyChecked: false, headerSignature: 'not-checked', signedHeaders: read.info.signedHeaders,
  };
  const fail = (code: ArcCode, reason: string, extra: Partial<ArcMessageSignatureCheck> = {}): ArcMessageSignatureCheck => ({ ...base, ...extra, result: 'fail', code, reason });
  if (!read.ok) return fail(`arc.ams.${read.problem}`, read.detail);
  const tags = read.tags;
  // RFC 8617 §4.1.2 uses RFC 8301 algorithms: rsa-sha1 is not allowed.
  if (tags.algorithm === 'rsa-sha1') return fail('arc.ams.sha1', 'the ARC-Message-Signature uses rsa-sha1, which is not allowed (RFC 8301)');
  // RFC 8617 §4.1.2: ARC-Seal fields MUST NOT be included in the AMS h= list.
  if (tags.signedHeaders.includes('arc-seal')) return fail('arc.ams.signs-seal', 'h= includes ARC-Seal, which an ARC-Message-Signature must never sign');
  const lookup = await ctx.key(tags.selector, tags.domain);
  if (!lookup.ok) {
    const r = { ...base, code: arcCode(lookup.code), reason: lookup.detail };
    return lookup.result === 'temperror' ? { ...r, result: 'temperror' } : { ...r, result: 'fail' };
  }
  const pk = await importPublicKey(lookup.record, tags.algorithm);
  if (!pk.ok) return fail(arcCode(pk.code), pk.detail, { keyBits: pk.bits });
  const check = await checkSignature(ctx, tags, set.ams, pk.key);
  const seen: Partial<ArcMessageSignatureCheck> = { keyBits: pk.bits, bodyChecked: check.bodyChecked, headerSignature: check.headerValid ? 'valid' : 'invalid' };
  if (check.bodyTooShort) return fail('arc.ams.body-length-exceeds', 'l= is longer than the body', seen);
  if (check.bodyHashMatches === false) return fail('arc.ams.bodyhash-mismatch', 'the body was changed after this intermediary signed it (body hash mismatch)', seen);
  if (!check.headerValid) return fail('arc.ams.signature-invalid', 'the ARC-Message-Signature does not verify: signed headers changed after this intermediary signed them', seen);
  const reason = check.bodyChecked ? 'the message is unchanged since this intermediary signed it' : 'the signed headers are unchanged since this intermediary signed them; the body was not given, so it was not checked';
  return { ...base, ...seen, result: 'pass', code: 'arc.ams.pass', reason };
}
