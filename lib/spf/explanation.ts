/**
 * exp= (RFC 7208 §6.2): for a fail, expand the domain-spec, fetch exactly one TXT record there and
 * macro-expand it (c, r, t allowed). Any problem (DNS error, no or several records, bad syntax,
 * non-ASCII) means no explanation; the result stays fail. These lookups do not count (§4.6.4).
 */
import type { MacroString } from './macro-parse';
import type { SpfEnv } from './env';
import { parseMacroString } from './macro-parse';
import { expandMacros } from './macro-expand';
import { macroContext } from './env';
import { expandDomain } from './expand-domain';
import { validatedNameFor } from './validated-name';
import { isValidDnsName } from '../dns/dns-name';

export async function explain(env: SpfEnv, spec: MacroString, domain: string): Promise<string | null> {
  const target = await expandDomain(env, spec, domain);
  if (!isValidDnsName(target)) return null;
  const txt = await env.state.query(target, 'TXT');
  if (txt.status !== 'NOERROR' || txt.records.length !== 1) return null;
  const record = txt.records[0];
  if (record?.type !== 'TXT') return null;
  for (let i = 0; i < record.text.length; i++) if (record.text.charCodeAt(i) > 0x7e) return null;
  const parsed = parseMacroString(record.text, true);
  if (!parsed.ok) return null;
  return expandMacros(parsed.tokens, macroContext(env, domain, () => validatedNameFor(env, domain)));
}
