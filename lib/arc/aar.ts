/**
 * RFC 8617 §4.1.1: ARC-Authentication-Results = "i=" instance ";" then an RFC 8601 authres-payload.
 * Here only the instance prefix is read strictly; the results are summarised as method=result pairs
 * for display (comments removed, first token of each ";" item). The full RFC 8601 parser lives in
 * lib/authresults.
 */
import type { AarMethodResult } from './types';

export type AarParse =
  | { ok: true; i: number; authservId: string | null; results: AarMethodResult[] }
  | { ok: false; detail: string };

function isWsp(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** Remove (nested) comments, linear, depth capped. */
function withoutComments(s: string): string {
  let out = '';
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k] ?? '';
    if (ch === '\\' && depth > 0) {
      k++;
      continue;
    }
    if (ch === '(') depth = Math.min(depth + 1, 32);
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

const METHOD_RESULT = /^([a-z][\w.-]*)[\t ]*=[\t ]*([a-z]+)/i;

/** Parse the "i=N;" prefix strictly (RFC 8617 §4.1.1 / ValiMail suite), the rest loosely. */
export function parseAar(value: string): AarParse {
  let k = 0;
  const skip = (): void => {
    while (k < value.length && isWsp(value.charCodeAt(k))) k++;
  };
  skip();
  if (value[k] !== 'i') return { ok: false, detail: 'does not start with i=' };
  k++;
  skip();
  if (value[k] !== '=') return { ok: false, detail: 'does not start with i=' };
  k++;
  skip();
  const start = k;
  while (k < value.length && value.charCodeAt(k) >= 48 && value.charCodeAt(k) <= 57) k++;
  const digits = value.slice(start, k);
  skip();
  if (digits === '' || digits.length > 3 || value[k] !== ';') return { ok: false, detail: 'i= is not a number followed by ";"' };
  const items = withoutComments(value.slice(k + 1)).split(';');
  const authservId = (items[0] ?? '').trim().split(/[\t ]/)[0] ?? '';
  const results: AarMethodResult[] = [];
  for (const item of items.slice(1)) {
    const m = METHOD_RESULT.exec(item.trim());
    if (m?.[1] !== undefined && m[2] !== undefined) results.push({ method: m[1].toLowerCase(), result: m[2].toLowerCase() });
  }
  return { ok: true, i: Number(digits), authservId: authservId === '' ? null : authservId, results };
}

/** RFC 7489 view of one hop: authenticated when dmarc=pass, or without a dmarc result, dkim=pass. */
export function aarAuthenticated(results: readonly AarMethodResult[]): boolean {
  const dmarc = results.filter((r) => r.method === 'dmarc');
  if (dmarc.length > 0) return dmarc.some((r) => r.result === 'pass');
  return results.some((r) => r.method === 'dkim' && r.result === 'pass');
}
