import { browser } from 'wxt/browser';
import { pslRulesFromJson, usePslRules } from '../../lib/psl/rules';

let loading: Promise<void> | null = null;

/**
 * Install the Public Suffix List from the package (public/psl-rules.json, written by scripts/build-psl.mjs)
 * once per worker life. Kept out of the worker's bundle (lib/psl/rules.ts); a failure is retried on the next
 * message rather than cached.
 */
export function ensurePslRules(): Promise<void> {
  loading ??= load().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function load(): Promise<void> {
  // A file missing from the package makes fetch reject ("Failed to fetch"), not answer 404: name the file.
  const res = await fetch(browser.runtime.getURL('/psl-rules.json')).catch((e: unknown) => {
    throw new Error(`psl-rules.json: ${e instanceof Error ? e.message : 'unreadable'}`);
  });
  if (!res.ok) throw new Error(`psl-rules.json: HTTP ${String(res.status)}`);
  const rules = pslRulesFromJson(await res.json());
  if (rules === null) throw new Error('psl-rules.json: not the expected { icann, private } rules');
  usePslRules(rules);
}
