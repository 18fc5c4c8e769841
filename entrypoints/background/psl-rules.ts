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

const unreadable = (e: unknown): never => {
  throw new Error(`psl-rules.json: ${e instanceof Error ? e.message : 'unreadable'}`);
};

async function load(): Promise<void> {
  // A file missing from the package: Chromium's fetch rejects ("Failed to fetch"); Firefox's answers 200 and the
  // body read then fails (AbortError). Either way the error names the file.
  const res = await fetch(browser.runtime.getURL('/psl-rules.json')).catch(unreadable);
  if (!res.ok) throw new Error(`psl-rules.json: HTTP ${String(res.status)}`);
  const rules = pslRulesFromJson(await res.json().catch(unreadable));
  if (rules === null) throw new Error('psl-rules.json: not the expected { icann, private } rules');
  usePslRules(rules);
}
