import { phraseRulesFromJson, usePhraseRules } from '../../lib/bounce/phrases/phrase-rules';
import { packagedData } from './packaged-data';

/**
 * Install the bounce phrase tables from the package (public/bounce-phrases.json, written by
 * scripts/build-bounce-phrases.mjs) once per worker life. Kept out of the worker's bundle
 * (lib/bounce/phrases/phrase-rules.ts).
 */
export const ensureBouncePhrases = packagedData('/bounce-phrases.json', phraseRulesFromJson, usePhraseRules, 'phrase rules');
