/**
 * The generated Unicode security tables installed as the ones the look-alike checks use (CLI, tests, bench). The
 * extension's worker never imports this file: it reads the same tables from the package (see unicode-tables.ts).
 */
import { CONFUSABLE_PAIRS, CONFUSABLES_UNICODE_VERSION } from './confusables-data';
import { SCRIPT_EXTENSION_RANGES, SCRIPT_NAMES, SCRIPT_RANGES } from './script-data';
import { useUnicodeTables, type UnicodeTables } from './unicode-tables';

export const BUNDLED_UNICODE_TABLES: UnicodeTables = {
  version: CONFUSABLES_UNICODE_VERSION,
  confusablePairs: CONFUSABLE_PAIRS,
  scriptNames: SCRIPT_NAMES,
  scriptRanges: SCRIPT_RANGES,
  scriptExtensionRanges: SCRIPT_EXTENSION_RANGES,
};

useUnicodeTables(BUNDLED_UNICODE_TABLES);
