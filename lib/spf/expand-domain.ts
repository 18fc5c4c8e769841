import type { MacroString } from './macro-parse';
import type { SpfEnv } from './env';
import { hasMacros, literalText } from './macro-parse';
import { expandMacros, trimDomain } from './macro-expand';
import { macroContext } from './env';
import { validatedNameFor } from './validated-name';

/** RFC 7208 §4.8 / §7: a domain-spec macro-expanded for `domain`, then trimmed to 253 characters (§7.3). */
export async function expandDomain(env: SpfEnv, tokens: MacroString, domain: string): Promise<string> {
  if (!hasMacros(tokens)) return trimDomain(literalText(tokens));
  return trimDomain(await expandMacros(tokens, macroContext(env, domain, () => validatedNameFor(env, domain))));
}
