import { browser } from 'wxt/browser';
import { unicodeTablesFromJson, useUnicodeTables } from '../../lib/impersonation/unicode-tables';

let loading: Promise<void> | null = null;

/**
 * Install the Unicode security tables (confusables, scripts) from the package (public/unicode-tables.json,
 * written by scripts/build-unicode-security.mjs) once per worker life. Kept out of the worker's bundle
 * (lib/impersonation/unicode-tables.ts); a failure is retried on the next message rather than cached.
 */
export function ensureUnicodeTables(): Promise<void> {
  loading ??= load().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

const unreadable = (e: unknown): never => {
  throw new Error(`unicode-tables.json: ${e instanceof Error ? e.message : 'unreadable'}`);
};

async function load(): Promise<void> {
  const res = await fetch(browser.runtime.getURL('/unicode-tables.json')).catch(unreadable);
  if (!res.ok) throw new Error(`unicode-tables.json: HTTP ${String(res.status)}`);
  const tables = unicodeTablesFromJson(await res.json().catch(unreadable));
  if (tables === null) throw new Error('unicode-tables.json: not the expected tables');
  useUnicodeTables(tables);
}
