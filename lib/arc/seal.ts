/** RFC 8617 §4.1.3 / §5.1.1 / §5.2 step 6: verify one ARC-Seal over the ARC sets 1..i. */
import { canonicalHeader, canonicalSignatureField } from '../dkim/canonical-header';
import { decodeBase64 } from '../dkim/base64';
import { normalizeDnsName } from '../dkim/domain-name';
import { importPublicKey } from '../dkim/public-key';
import { verifySignatureBytes } from '../dkim/signature-crypto';
import type { SigningAlgorithm } from '../dkim/types';
import { encodeText } from '../dkim/text-bytes';
import type { VerifyContext } from '../dkim/verify-context';
import { arcCode } from './ams';
import type { ArcSet } from './arc-sets';
import type { ArcCheck } from './types';
import type { ArcCode } from './codes';

export interface SealCheck {
  result: ArcCheck;
  code: ArcCode;
  reason: string;
  keyBits: number | null;
}

const REQUIRED = ['i', 'a', 'b', 'cv', 'd', 's'] as const;

/**
 * RFC 8617 §5.1.1: the seal signs, for each set 1..i in order, its AAR, AMS and AS (relaxed header
 * canonicalisation), the AS being checked last with b= emptied and no final CRLF.
 */
function sealInput(ctx: VerifyContext, sets: readonly ArcSet[], upto: number, form: 'utf-8' | 'latin1'): Uint8Array<ArrayBuffer> {
  const { fields } = ctx.msg;
  let text = '';
  for (const s of sets) {
    if (s.i > upto) break;
    text += canonicalHeader(fields[s.aar]?.raw ?? '', 'relaxed', ctx.crBreaks);
    text += canonicalHeader(fields[s.ams]?.raw ?? '', 'relaxed', ctx.crBreaks);
    const seal = fields[s.seal]?.raw ?? '';
    text += s.i === upto ? canonicalSignatureField(seal, 'relaxed', ctx.crBreaks) : canonicalHeader(seal, 'relaxed', ctx.crBreaks);
  }
  return encodeText(text, form);
}

function readSeal(tags: ReadonlyMap<string, string>): { ok: true; algorithm: SigningAlgorithm; b: Uint8Array<ArrayBuffer>; domain: string; selector: string } | { ok: false; code: ArcCode; detail: string } {
  const missing = REQUIRED.filter((t) => !tags.has(t));
  if (missing.length > 0) return { ok: false, code: 'arc.seal.missing-tag', detail: `the ARC-Seal lacks ${missing.map((t) => `${t}=`).join(', ')}` };
  // RFC 8617 §4.1.3: the ARC-Seal has no h= (it signs the ARC sets only).
  if (tags.has('h')) return { ok: false, code: 'arc.seal.h-present', detail: 'the ARC-Seal has an h= tag, which RFC 8617 forbids' };
  const a = (tags.get('a') ?? '').toLowerCase();
  if (a !== 'rsa-sha256' && a !== 'ed25519-sha256') return { ok: false, code: 'arc.seal.algorithm', detail: `a=${a.slice(0, 30)} is not allowed for an ARC-Seal` };
  const b = decodeBase64(tags.get('b') ?? '');
  if (b === null || b.length === 0) return { ok: false, code: 'arc.seal.bad-signature', detail: 'b= is empty or not base64' };
  const domain = normalizeDnsName(tags.get('d') ?? '');
  const selector = normalizeDnsName(tags.get('s') ?? '');
  if (domain === null || selector === null) return { ok: false, code: 'arc.seal.bad-domain', detail: 'd= or s= is not a valid DNS name' };
  const t = tags.get('t');
  if (t !== undefined && !/^\d{1,12}$/.test(t)) return { ok: false, code: 'arc.seal.bad-number', detail: `t=${t.slice(0, 20)} is not a number` };
  return { ok: true, algorithm: a, b, domain, selector };
}

export async function checkSeal(ctx: VerifyContext, sets: readonly ArcSet[], set: ArcSet): Promise<SealCheck> {
  const seal = readSeal(set.sealTags);
  if (!seal.ok) return { result: 'fail', code: seal.code, reason: seal.detail, keyBits: null };
  const lookup = await ctx.key(seal.selector, seal.domain);
  if (!lookup.ok) return { result: lookup.result === 'temperror' ? 'temperror' : 'fail', code: arcCode(lookup.code), reason: lookup.detail, keyBits: null };
  const pk = await importPublicKey(lookup.record, seal.algorithm);
  if (!pk.ok) return { result: 'fail', code: arcCode(pk.code), reason: pk.detail, keyBits: pk.bits };
  for (const form of ctx.forms) {
    if (await verifySignatureBytes(pk.key, seal.algorithm, seal.b, sealInput(ctx, sets, set.i, form))) {
      return { result: 'pass', code: 'arc.seal.pass', reason: `the ARC sets 1 to ${set.i} are intact as sealed`, keyBits: pk.bits };
    }
  }
  return { result: 'fail', code: 'arc.seal.invalid', reason: `the ARC-Seal i=${set.i} does not verify: ARC headers were changed after sealing`, keyBits: pk.bits };
}
