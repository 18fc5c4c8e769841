/** RFC 8617 §4.1.1 ARC-Authentication-Results = instance ";" authres-payload. */
import { peek, readToken, skipCfws } from './cursor';
import { LENIENT, MAX_AUTHRES_CHARS, parsePayload } from './parse';
import { fail, newState } from './parse-state';
import type { ArcAuthResults, ParseOptions, ParseOutcome } from './types';

export function parseArcAuthResults(value: string, opts: ParseOptions = LENIENT): ParseOutcome<ArcAuthResults> {
  if (value.length > MAX_AUTHRES_CHARS) return { ok: false, code: 'authres.too-long', at: MAX_AUTHRES_CHARS };
  const st = newState(value, opts);
  const c = st.c;
  const bad = () => fail(st, 'arc.aar.bad-instance');
  if (skipCfws(c) !== null || readToken(c).toLowerCase() !== 'i' || skipCfws(c) !== null || peek(c) !== '=') return bad();
  c.i++;
  if (skipCfws(c) !== null) return bad();
  const digits = readToken(c);
  // RFC 8617 §4.2.1: instance values are 1 to 50.
  if (!/^\d{1,2}$/.test(digits) || Number(digits) < 1 || Number(digits) > 50) return bad();
  if (skipCfws(c) !== null || peek(c) !== ';') return bad();
  c.i++;
  const payload = parsePayload(st);
  if (!payload.ok) return payload;
  const { authservId, version, resinfo, leniencies } = payload.value;
  return { ok: true, value: { authservId, version, resinfo, leniencies, instance: Number(digits) } };
}
