import { pslRulesFromJson, usePslRules } from '../../lib/psl/rules';
import { packagedData } from './packaged-data';

/**
 * Install the Public Suffix List from the package (public/psl-rules.json, written by scripts/build-psl.mjs)
 * once per worker life. Kept out of the worker's bundle (lib/psl/rules.ts).
 */
export const ensurePslRules = packagedData(
  '/psl-rules.json',
  pslRulesFromJson,
  usePslRules,
  'the expected { icann, private } rules',
);
