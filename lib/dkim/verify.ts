/** verifyDkim: every DKIM-Signature of a message (RFC 6376 §6), at most MAX_DKIM_SIGNATURES verified. */
import type { BytesDecoder } from '../mime/received-bytes';
import { parseDkimSignature } from './dkim-signature';
import { signatureFindings } from './dkim-findings';
import type { DkimResult, SignedMessage, VerifyDeps } from './types';
import { readSignedMessage } from './read-signed-message';
import { createVerifyContext, type VerifyContext } from './verify-context';
import { verifyDkimSignature } from './verify-signature';

/** security goal G3, docs/security-goals.md: signatures verified per message; the rest are listed as not evaluated. */
export const MAX_DKIM_SIGNATURES = 10;

function notEvaluated(msg: SignedMessage, fieldIndex: number): DkimResult {
  const { info } = parseDkimSignature(msg.fields[fieldIndex]?.value ?? '');
  const r: DkimResult = {
    result: 'neutral', domain: info.domain, selector: info.selector, algorithm: info.algorithm, keyBits: null,
    code: 'dkim.limit.not-evaluated', bodyChecked: false, signedHeaders: info.signedHeaders,
    reason: `not evaluated: only the first ${MAX_DKIM_SIGNATURES} DKIM signatures of a message are verified`,
    auid: info.auid, canonicalization: info.canonicalization, timestamp: info.timestamp, expiration: info.expiration,
    bodyLength: info.bodyLength === null ? null : { signed: info.bodyLength, total: null }, headerSignature: 'not-checked',
    unsignedHeaders: [], addedHeaders: [], testing: false, evaluated: false, fieldIndex, findings: [],
  };
  return { ...r, findings: signatureFindings(r) };
}

/** Verify with an existing context (shares key look-ups and body hashes with ARC). */
export async function verifyDkimWith(ctx: VerifyContext): Promise<DkimResult[]> {
  const indexes: number[] = [];
  ctx.msg.fields.forEach((f, i) => {
    if (f.key === 'dkim-signature') indexes.push(i);
  });
  return Promise.all(
    indexes.map((fieldIndex, n) => (n < MAX_DKIM_SIGNATURES ? safely(ctx, fieldIndex) : Promise.resolve(notEvaluated(ctx.msg, fieldIndex)))),
  );
}

/** An unexpected exception (e.g. no WebCrypto in this context) is a temperror, never a pass or a throw. */
async function safely(ctx: VerifyContext, fieldIndex: number): Promise<DkimResult> {
  try {
    return await verifyDkimSignature(ctx, fieldIndex);
  } catch (e) {
    const r = notEvaluated(ctx.msg, fieldIndex);
    const why = e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : 'unknown error';
    const out: DkimResult = { ...r, result: 'temperror', code: 'dkim.internal', reason: `verification stopped on an internal error (${why})`, evaluated: true };
    return { ...out, findings: signatureFindings(out) };
  }
}

/** One result per DKIM-Signature field, in header order (top first). Never throws. */
export async function verifyDkim(msg: SignedMessage, deps: VerifyDeps): Promise<DkimResult[]> {
  return verifyDkimWith(createVerifyContext(msg, deps));
}

/**
 * verifyDkim from a message's bytes, as a file holds them (mailauth's dkimVerify takes the same): the header block
 * read, the body hashed from the octets received. `decodeBytes`: the host's decoder, as in analyze()'s Deps.
 */
export async function verifyDkimBytes(bytes: Uint8Array, deps: VerifyDeps & { decodeBytes?: BytesDecoder }): Promise<DkimResult[]> {
  return verifyDkim(readSignedMessage(bytes, deps.decodeBytes), deps);
}
