/**
 * A phrase rule: words that name a bounce reason, with how much they weigh against the codes. Phrases are
 * lower-case and matched as substrings of the whitespace-collapsed diagnostic; " * " inside a phrase means
 * "and later on" (ordered parts, at most GAP characters apart), for wordings with a name or number inside
 * ("user * does not exist").
 */
import type { Reason } from '../types';

/**
 * - verdict: a generator's own message for a failure it detected itself (its source code or manual gives the
 *   words), e.g. Exim "Unrouteable address": it settles the class even against a status code.
 * - cause: a documented wording of a cause (RFC/IANA registry descriptions, providers' and MTAs' documented
 *   replies, Sisimai's reason definitions): more specific causes beat less specific status codes.
 * - keyword: a bare word that only hints at a class ("blocked", "spam"): used when no code or phrase decides.
 */
export type Strength = 'verdict' | 'cause' | 'keyword';

export interface PhraseRule {
  readonly reason: Reason;
  readonly strength: Strength;
  readonly phrases: readonly string[];
}

/** Most characters between two parts of an ordered phrase ("user * does not exist"). */
export const GAP = 200;

export function rule(reason: Reason, strength: Strength, phrases: readonly string[]): PhraseRule {
  return { reason, strength, phrases };
}
