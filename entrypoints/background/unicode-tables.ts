import { unicodeTablesFromJson, useUnicodeTables } from '../../lib/impersonation/unicode-tables';
import { packagedData } from './packaged-data';

/**
 * Install the Unicode security tables (confusables, scripts) from the package (public/unicode-tables.json,
 * written by scripts/build-unicode-security.mjs) once per worker life. Kept out of the worker's bundle
 * (lib/impersonation/unicode-tables.ts).
 */
export const ensureUnicodeTables = packagedData(
  '/unicode-tables.json',
  unicodeTablesFromJson,
  useUnicodeTables,
  'the expected tables',
);
