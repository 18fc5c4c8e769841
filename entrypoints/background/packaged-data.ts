import { browser, type PublicPath } from 'wxt/browser';

/**
 * A data table shipped in the extension's package (public/NAME.json, kept out of the worker's bundle) and
 * installed into lib/ once per worker life: the returned function loads it on first call and shares that load;
 * a failure is retried on the next call rather than cached. Every error names the file.
 */
export function packagedData<T>(
  path: `/${string}.json` & PublicPath,
  parse: (json: unknown) => T | null,
  install: (value: T) => void,
  expected: string,
): () => Promise<void> {
  let loading: Promise<void> | null = null;
  const file = path.slice(1);
  const unreadable = (e: unknown): never => {
    throw new Error(`${file}: ${e instanceof Error ? e.message : 'unreadable'}`);
  };
  const load = async (): Promise<void> => {
    // A file missing from the package: Chromium's fetch rejects ("Failed to fetch"); Firefox's answers 200 and the
    // body read then fails (AbortError). Either way the error names the file.
    const res = await fetch(browser.runtime.getURL(path)).catch(unreadable);
    if (!res.ok) throw new Error(`${file}: HTTP ${String(res.status)}`);
    const value = parse(await res.json().catch(unreadable));
    if (value === null) throw new Error(`${file}: not ${expected}`);
    install(value);
  };
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
}
