/** verifyArc: RFC 8617 §5.2 chain validation, with each intermediary's view for the report. */
import { createVerifyContext, type VerifyContext } from '../dkim/verify-context';
import type { SignedMessage, VerifyDeps } from '../dkim/types';
import { aarAuthenticated, parseAar } from './aar';
import { arcFindings } from './arc-findings';
import { checkAms, notChecked } from './ams';
import { collectArcSets, type ArcSet } from './arc-sets';
import { checkSeal } from './seal';
import type { ArcInstance, ArcResult, ArcResultWord } from './types';
import type { ArcCode } from './codes';

/** security goal G3, docs/security-goals.md: ARC-Message-Signatures verified per message (newest first); older ones are not evaluated. */
export const MAX_ARC_AMS = 10;

function instanceOf(ctx: VerifyContext, set: ArcSet): ArcInstance {
  const aarField = ctx.msg.fields[set.aar];
  const aar = aarField ? parseAar(aarField.value) : null;
  return {
    i: set.i,
    domain: set.sealTags.get('d')?.toLowerCase() ?? null,
    selector: set.sealTags.get('s') ?? null,
    cv: set.sealTags.get('cv') ?? null,
    result: 'not-checked',
    code: 'arc.seal.not-checked',
    keyBits: null,
    ams: notChecked(set, 'not-checked', 'not checked'),
    authservId: aar?.ok === true ? aar.authservId : null,
    aarRaw: aarField?.raw ?? null,
    aarResults: aar?.ok === true ? aar.results : [],
  };
}

function summary(result: ArcResultWord, code: ArcCode, reason: string, instances: ArcInstance[], extra: Partial<ArcResult>): ArcResult {
  const firstFailure = instances.find((x) => x.aarRaw !== null && !aarAuthenticated(x.aarResults));
  const r: ArcResult = {
    result, code, reason, instances, brokeAt: null, oldestPass: null,
    sealers: instances.map((x) => x.domain ?? '?'), bodyChecked: false, aarFirstFailure: firstFailure?.i ?? null, findings: [],
    ...extra,
  };
  return { ...r, findings: arcFindings(r) };
}

async function validate(ctx: VerifyContext, sets: ArcSet[]): Promise<ArcResult> {
  const n = sets.length;
  const inst = sets.map((s) => instanceOf(ctx, s));
  const at = (i: number): ArcInstance => inst[i - 1] as ArcInstance;
  const setAt = (i: number): ArcSet => sets[i - 1] as ArcSet;
  // Step 4: the newest AMS must verify.
  const newest = await checkAms(ctx, setAt(n));
  at(n).ams = newest;
  const bodyChecked = newest.bodyChecked;
  if (newest.result !== 'pass') {
    const word = newest.result === 'temperror' ? 'temperror' : 'fail';
    return summary(word, newest.code, `the newest ARC-Message-Signature (i=${n}) ${newest.result === 'temperror' ? 'could not be checked' : 'fails'}: ${newest.reason}`, inst, { brokeAt: n, bodyChecked });
  }
  // Step 5: oldest-pass, walking down until an AMS fails (at most MAX_ARC_AMS verified in all).
  let oldestPass: number | null = 0;
  for (let i = n - 1; i >= 1; i--) {
    if (n - i >= MAX_ARC_AMS) {
      for (let k = i; k >= 1; k--) at(k).ams = notChecked(setAt(k), 'not-evaluated', `not evaluated: at most ${MAX_ARC_AMS} ARC-Message-Signatures are verified`);
      oldestPass = null;
      break;
    }
    const c = await checkAms(ctx, setAt(i));
    at(i).ams = c;
    if (c.result !== 'pass') {
      oldestPass = c.result === 'temperror' ? null : i + 1;
      break;
    }
  }
  // Step 6: every seal, newest first. After a failure the older seals are still checked (unless a key
  // look-up failed), so brokeAt names the lowest set that no longer verifies: where the tampering is.
  let failedAt = 0;
  let failedCode: ArcCode = 'arc.internal';
  let failedReason = '';
  for (let i = n; i >= 1; i--) {
    const s = await checkSeal(ctx, sets, setAt(i));
    Object.assign(at(i), { result: s.result, code: s.code, keyBits: s.keyBits });
    if (s.result === 'temperror') {
      return summary('temperror', s.code, `the ARC-Seal of set i=${i} could not be checked: ${s.reason}`, inst, { brokeAt: i, oldestPass, bodyChecked });
    }
    if (s.result !== 'pass') {
      if (failedAt === 0) failedCode = s.code;
      failedAt = i;
      failedReason = s.reason;
    }
  }
  if (failedAt > 0) {
    return summary('fail', failedCode, `the ARC-Seal of set i=${failedAt} fails: ${failedReason}`, inst, { brokeAt: failedAt, oldestPass, bodyChecked });
  }
  const brokeAt = oldestPass !== null && oldestPass > 0 ? oldestPass - 1 : null;
  const tail = brokeAt === null ? '' : `; the message was changed after intermediary i=${brokeAt} signed it`;
  return summary('pass', 'arc.pass', `the chain of ${n} ARC set${n === 1 ? '' : 's'} is intact${tail}`, inst, { brokeAt, oldestPass, bodyChecked });
}

/** Validate with an existing context (shares key look-ups and body hashes with DKIM). */
export async function verifyArcWith(ctx: VerifyContext): Promise<ArcResult | null> {
  const collected = collectArcSets(ctx.msg.fields);
  if (collected.kind === 'none') return null;
  if (collected.kind === 'fail') {
    const inst = collected.partial.map((p) => instanceOf(ctx, p));
    return summary('fail', collected.code, collected.detail, inst, { brokeAt: collected.at });
  }
  try {
    return await validate(ctx, collected.sets);
  } catch (e) {
    const why = e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : 'unknown error';
    return summary('temperror', 'arc.internal', `validation stopped on an internal error (${why})`, [], {});
  }
}

/** The ARC chain of a message, or null when it has no ARC header fields (cv=none). Never throws. */
export async function verifyArc(msg: SignedMessage, deps: VerifyDeps): Promise<ArcResult | null> {
  return verifyArcWith(createVerifyContext(msg, deps));
}
