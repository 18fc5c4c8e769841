/**
 * The cryptographic part of RFC 6376 §6.1.3, shared by DKIM-Signature and ARC-Message-Signature:
 * body hash against bh= (when the body is given), then the signature over the header hash input.
 * Both are always computed, so a report can say "headers intact, body changed".
 */
import { equalBytes } from './base64';
import { headerHashInput } from './header-hash-input';
import { digestName, verifySignatureBytes } from './signature-crypto';
import type { SignatureTags } from './signature-tags';
import type { ByteForm } from './text-bytes';
import type { VerifyContext } from './verify-context';

export interface CryptoCheck {
  /** False for a headers-only message: bh= was taken as claimed. */
  bodyChecked: boolean;
  /** null when not checked. */
  bodyHashMatches: boolean | null;
  /** l= asks for more bytes than the canonical body has. */
  bodyTooShort: boolean;
  canonicalBodyLength: number | null;
  headerValid: boolean;
  /** The byte form that was decisive (see text-bytes.ts). */
  form: ByteForm;
}

async function checkOnce(ctx: VerifyContext, tags: SignatureTags, fieldIndex: number, key: CryptoKey, form: ByteForm): Promise<CryptoCheck> {
  const body = await ctx.bodyDigest(tags.bodyCanon, form, digestName(tags.algorithm), tags.bodyLength);
  const data = headerHashInput(ctx.msg.fields, fieldIndex, tags.signedHeaders, { mode: tags.headerCanon, crBreaks: ctx.crBreaks, form });
  const headerValid = await verifySignatureBytes(key, tags.algorithm, tags.signature, data);
  return {
    bodyChecked: body !== null,
    bodyHashMatches: body === null ? null : body.digest !== null && equalBytes(body.digest, tags.bodyHash),
    bodyTooShort: body !== null && body.digest === null,
    canonicalBodyLength: body?.canonicalLength ?? null,
    headerValid,
    form,
  };
}

function holds(c: CryptoCheck): boolean {
  return c.headerValid && c.bodyHashMatches !== false;
}

/** Try each byte form the message allows; the first that verifies wins, else the first (UTF-8) outcome. */
export async function checkSignature(ctx: VerifyContext, tags: SignatureTags, fieldIndex: number, key: CryptoKey): Promise<CryptoCheck> {
  let first: CryptoCheck | null = null;
  for (const form of ctx.forms) {
    const c = await checkOnce(ctx, tags, fieldIndex, key, form);
    if (holds(c)) return c;
    first ??= c;
  }
  // forms is never empty (UTF-8 is always offered).
  return first ?? checkOnce(ctx, tags, fieldIndex, key, 'utf-8');
}
