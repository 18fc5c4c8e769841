import { browser } from 'wxt/browser';
import type { CaptureVia } from '../../lib/webmail/upload-protocol';

/**
 * Reports of captured messages in storage.session (memory only; cleared when the browser closes), so
 * re-opening the popup on the same message is instant. Only reports are kept, never a message source.
 * At most MAX_REPORTS, oldest dropped first.
 */

const INDEX_KEY = 'hs.report.index';
const MAX_REPORTS = 20;

export interface CachedReport {
  report: unknown;
  via: CaptureVia;
}

export async function storeReport(key: string, report: unknown, via: CaptureVia): Promise<boolean> {
  try {
    const got = await browser.storage.session.get(INDEX_KEY);
    const old = got[INDEX_KEY];
    const index = Array.isArray(old) ? (old as unknown[]).filter((k): k is string => typeof k === 'string' && k !== key) : [];
    index.push(key);
    const drop = index.splice(0, Math.max(0, index.length - MAX_REPORTS));
    if (drop.length > 0) await browser.storage.session.remove(drop);
    const entry: CachedReport = { report, via };
    await browser.storage.session.set({ [key]: entry, [INDEX_KEY]: index });
    return true;
  } catch {
    // Quota or no session storage: the report is still returned to the caller.
    return false;
  }
}
