/**
 * Which copy of the Public Suffix List the lookups use. The list is data, not code: the CLI and the tests
 * install the compiled copy in psl-data.ts (lib/psl/bundled-rules.ts); the extension's worker reads the
 * same rules from a packaged file on first use (entrypoints/background/psl-rules.ts), which keeps ~34 kB
 * gzip out of its bundle.
 */

/** The compiled list: one label trie per section (format in scripts/build-psl.mjs). */
export interface PslRules {
  readonly icann: string;
  readonly private: string;
}

let installed: PslRules | null = null;

/** Make `rules` the list every later lookup uses. */
export function usePslRules(rules: PslRules): void {
  installed = rules;
}

/** The installed rules; null until someone installed them. */
export function installedPslRules(): PslRules | null {
  return installed;
}

/** The packaged file's shape, checked (it is read from the extension package, but checked all the same). */
export function pslRulesFromJson(value: unknown): PslRules | null {
  if (typeof value !== 'object' || value === null) return null;
  const icann: unknown = Reflect.get(value, 'icann');
  const priv: unknown = Reflect.get(value, 'private');
  if (typeof icann !== 'string' || typeof priv !== 'string' || icann.length === 0) return null;
  return { icann, private: priv };
}
