/** One DKIM-Signature through RFC 6376 §6.1 (with RFC 8301 / RFC 8463 crypto policy). */
import { checkSignature, type CryptoCheck } from './check-signature';
import { parseDkimSignature, type DkimSignature, type DkimSignatureInfo } from './dkim-signature';
import { signatureFindings, signerLabel } from './dkim-findings';
import { isSameOrSubdomain } from './domain-name';
import { headerCoverage } from './header-coverage';
import { importPublicKey, keyAllowsAuid } from './public-key';
import { finding } from '../findings';
import type { Finding } from '../findings';
import type { DkimResult, DkimResultWord } from './types';
import type { VerifyContext } from './verify-context';
import type { DkimCode } from './codes';

/** Clock skew tolerated before a t= in the future counts against the signature (RFC 6376 §3.5 t=). */
export const FUTURE_SKEW_SECONDS = 300;

function baseResult(info: DkimSignatureInfo, fieldIndex: number): DkimResult {
  return {
    result: 'neutral', domain: info.domain, selector: info.selector, algorithm: info.algorithm, keyBits: null, code: 'dkim.internal',
    bodyChecked: false, signedHeaders: info.signedHeaders, reason: '', auid: info.auid, canonicalization: info.canonicalization,
    timestamp: info.timestamp, expiration: info.expiration,
    bodyLength: info.bodyLength === null ? null : { signed: info.bodyLength, total: null },
    headerSignature: 'not-checked', unsignedHeaders: [], addedHeaders: [], testing: false, evaluated: true, fieldIndex, findings: [],
  };
}

function finish(r: DkimResult, result: DkimResultWord, code: DkimCode, reason: string, extra: Finding[] = []): DkimResult {
  const done = { ...r, result, code, reason };
  return { ...done, findings: [...signatureFindings(done), ...extra] };
}

function isoSeconds(s: number): string {
  return new Date(s * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * After the crypto held: problems that make it `policy` (RFC 8301 sha1, x= expiry, t= in the future,
 * headers added on top) and notes that leave the result alone.
 */
function afterCrypto(sig: DkimSignature, r: DkimResult, ctx: VerifyContext): { problems: [DkimCode, string][]; notes: Finding[] } {
  const problems: [DkimCode, string][] = [];
  const notes: Finding[] = [];
  const now = ctx.nowSeconds;
  const delivered = ctx.deliveredAt;
  // RFC 8301 §3.1: verifiers MUST NOT consider rsa-sha1 signatures valid.
  if (sig.algorithm === 'rsa-sha1') problems.push(['dkim.algorithm.sha1', 'the signature is valid but uses rsa-sha1, which RFC 8301 forbids accepting']);
  // RFC 6376 §6.1.1: x= in the past -> expired. Judged at delivery when the Received date says when that was.
  if (sig.expiration !== null && sig.expiration < now) {
    if (delivered !== null && sig.expiration >= delivered) {
      notes.push(finding('dkim.sig.expired-since-delivery', 'info', `Signature by ${signerLabel(r)} has expired since delivery`, `It was valid when the message arrived and expired at ${isoSeconds(sig.expiration)} (x=).`));
    } else {
      problems.push(['dkim.sig.expired', `the signature is valid but expired at ${isoSeconds(sig.expiration)} (x=)${delivered !== null ? ', before the message was delivered' : ''}`]);
    }
  }
  // RFC 6376 §3.5 t=: verifiers MAY ignore signatures with a timestamp in the future.
  if (sig.timestamp !== null && sig.timestamp > now + FUTURE_SKEW_SECONDS) {
    problems.push(['dkim.sig.future', `the signature claims to be made in the future, at ${isoSeconds(sig.timestamp)} (t=)`]);
  } else if (sig.timestamp !== null && delivered !== null && sig.timestamp > delivered + FUTURE_SKEW_SECONDS) {
    notes.push(finding('dkim.sig.after-delivery', 'warn', `Signature by ${signerLabel(r)} is dated after delivery`, `t= says ${isoSeconds(sig.timestamp)}, later than the newest Received date (${isoSeconds(delivered)}): a wrong clock, or the signature was added afterwards.`));
  }
  if (r.addedHeaders.length > 0) {
    problems.push(['dkim.header.added-unsigned', `the signature is valid, but an unsigned ${r.addedHeaders.join(', ')} header was added above the signed one; mail programs show the added one`]);
  }
  if (ctx.authorDomain !== null && !isSameOrSubdomain(ctx.authorDomain, sig.domain)) {
    notes.push(finding('dkim.author-outside-domain', 'info', `${signerLabel(r)} is not the author's domain`, `The From address is at ${ctx.authorDomain}; a signature by ${sig.domain} vouches for ${sig.domain}, not for the author (see DMARC alignment).`));
  }
  return { problems, notes };
}

function passCode(r: DkimResult, check: CryptoCheck, sig: DkimSignature): [DkimCode, string] {
  if (!check.bodyChecked) return ['dkim.pass.headers-only', 'the headers verify; the body was not given, so the body hash (bh=) was taken as claimed and the body was not checked'];
  if (sig.bodyLength === 0) return ['dkim.pass.body-not-covered', 'the headers verify, but l=0: the signature covers none of the body'];
  const total = r.bodyLength?.total ?? null;
  if (sig.bodyLength !== null && total !== null && sig.bodyLength < total) {
    return ['dkim.pass.partial-body', `the signature verifies, but l= covers only the first ${sig.bodyLength} of ${total} body bytes: anything after that is unsigned`];
  }
  return ['dkim.pass', 'the signature verifies: the signed headers and the body are unchanged since signing'];
}

export async function verifyDkimSignature(ctx: VerifyContext, fieldIndex: number): Promise<DkimResult> {
  const field = ctx.msg.fields[fieldIndex];
  const parsed = parseDkimSignature(field?.value ?? '');
  let r = baseResult(parsed.info, fieldIndex);
  if (!parsed.ok) return finish(r, 'neutral', parsed.code, `the signature cannot be used: ${parsed.detail}`);
  const sig = parsed.signature;
  const coverage = headerCoverage(ctx.msg.fields, sig.signedHeaders);
  r = { ...r, unsignedHeaders: coverage.unsigned, addedHeaders: coverage.added };

  const lookup = await ctx.key(sig.selector, sig.domain);
  if (!lookup.ok) return finish(r, lookup.result, lookup.code, lookup.detail);
  r = { ...r, testing: lookup.record.flags.includes('y') };
  if (!keyAllowsAuid(lookup.record, sig.auidDomain, sig.domain)) {
    return finish(r, 'permerror', 'dkim.key.subdomain-not-allowed', `the key has t=s, so i= must be exactly d=${sig.domain}, but i= is ${sig.auid}`);
  }
  const pk = await importPublicKey(lookup.record, sig.algorithm);
  r = { ...r, keyBits: pk.bits };
  if (!pk.ok) return finish(r, pk.result, pk.code, pk.detail);

  const check = await checkSignature(ctx, sig, fieldIndex, pk.key);
  r = {
    ...r,
    bodyChecked: check.bodyChecked,
    headerSignature: check.headerValid ? 'valid' : 'invalid',
    bodyLength: sig.bodyLength === null ? null : { signed: sig.bodyLength, total: check.canonicalBodyLength },
  };
  if (check.bodyTooShort) {
    return finish(r, 'fail', 'dkim.body.length-exceeds', `l=${sig.bodyLength ?? 0} is longer than the body (${check.canonicalBodyLength ?? 0} bytes): the body was cut after signing`);
  }
  if (check.bodyHashMatches === false) {
    const headers = check.headerValid ? 'The signed headers are intact, so the body was changed in transit (a footer, a re-encoding).' : 'The header signature does not verify either.';
    return finish(r, 'fail', 'dkim.bodyhash.mismatch', `the body hash does not match bh=: the body was changed after signing. ${headers}`);
  }
  if (!check.headerValid) return finish(r, 'fail', 'dkim.signature.invalid', 'the signature does not verify: a signed header was changed after signing, or the signature is forged');
  const { problems, notes } = afterCrypto(sig, r, ctx);
  const extra = [...notes, ...(check.form === 'latin1' ? [latin1Finding()] : [])];
  const first = problems[0];
  if (first) {
    const more = problems.slice(1).map(([id, text]) => finding(id, 'warn', 'Another reason this signature is not accepted', text));
    return finish(r, 'policy', first[0], problems.map((p) => p[1]).join('; '), [...more, ...extra]);
  }
  const [code, reason] = passCode(r, check, sig);
  return finish(r, 'pass', code, reason, extra);
}

function latin1Finding(): Finding {
  return finding('dkim.encoding.latin1', 'info', 'Verified over Latin-1 bytes', 'The message text is not valid UTF-8; the signature verified over its bytes read as Latin-1.');
}
