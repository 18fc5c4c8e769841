/**
 * Which copy of the Unicode security tables (confusables and scripts) the look-alike checks use. The tables are
 * data, not code: the CLI, the bench and the tests install the generated copy (bundled-unicode-tables.ts); the
 * extension's worker reads the same tables from a packaged file on first use (public/unicode-tables.json, read by
 * entrypoints/background/unicode-tables.ts), which keeps ~11 kB gzip out of its bundle.
 */

/** The generated tables (formats in scripts/build-unicode-security.mjs). */
export interface UnicodeTables {
  /** Unicode version of confusables.txt, Scripts.txt and ScriptExtensions.txt (the generator refuses a mix). */
  readonly version: string;
  /** `hexcodepoint:prototype`, comma-separated. */
  readonly confusablePairs: string;
  /** Script short names (ISO 15924), indexed by the base-36 numbers in scriptRanges. */
  readonly scriptNames: readonly string[];
  /** `hexstart[-hexlength]:base36 index`, sorted, comma-separated. */
  readonly scriptRanges: string;
  /** `hexstart[-hexlength]:Short Names`, comma-separated. */
  readonly scriptExtensionRanges: string;
}

let installed: UnicodeTables | null = null;

/** Make `tables` the ones every later look-alike check uses. */
export function useUnicodeTables(tables: UnicodeTables): void {
  installed = tables;
}

/** The installed tables; a wiring error when nobody installed them (never a silent "no look-alike"). */
export function unicodeTables(): UnicodeTables {
  if (installed === null) {
    throw new Error(
      'lib/impersonation: no Unicode tables installed (import lib/impersonation/bundled-unicode-tables, or useUnicodeTables)',
    );
  }
  return installed;
}

const text = (value: object, key: string): string | null => {
  const v: unknown = Reflect.get(value, key);
  return typeof v === 'string' && v.length > 0 ? v : null;
};

/** The packaged file's shape, checked (it is read from the extension package, but checked all the same). */
export function unicodeTablesFromJson(value: unknown): UnicodeTables | null {
  if (typeof value !== 'object' || value === null) return null;
  const names: unknown = Reflect.get(value, 'scriptNames');
  if (!Array.isArray(names) || names.length === 0) return null;
  const scriptNames = names.filter((n): n is string => typeof n === 'string');
  if (scriptNames.length !== names.length) return null;
  const version = text(value, 'version');
  const confusablePairs = text(value, 'confusablePairs');
  const scriptRanges = text(value, 'scriptRanges');
  const scriptExtensionRanges = text(value, 'scriptExtensionRanges');
  if (version === null || confusablePairs === null || scriptRanges === null || scriptExtensionRanges === null)
    return null;
  return { version, confusablePairs, scriptNames, scriptRanges, scriptExtensionRanges };
}
