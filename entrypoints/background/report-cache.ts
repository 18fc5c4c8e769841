import { browser } from 'wxt/browser';
import type { CaptureVia } from '../../lib/webmail/upload-protocol';
import type { LivePart } from '../../lib/analyze';

/**
 * Reports in storage.session (memory only; cleared when the browser closes), so re-opening the popup is
 * instant: captured messages by their key, and the last report analysed from the paste box or a file, which the
 * popup shows again when it is opened anywhere else ("New" forgets it). Only reports are kept, never a message
 * source. At most MAX_REPORTS, oldest dropped first. A report whose live checks are still running is stored
 * with what is `pending`, and stored again when they finish.
 */

const INDEX_KEY = 'hs.report.index';
const LAST_KEY = 'hs.report.last';
const MAX_REPORTS = 20;

export interface CachedReport {
  report: unknown;
  via: CaptureVia;
  /** Live parts still running when this copy was written; absent when the report is final. */
  pending?: LivePart[];
}

export async function storeReport(
  key: string,
  report: unknown,
  via: CaptureVia,
  pending: LivePart[] = [],
): Promise<boolean> {
  try {
    const got = await browser.storage.session.get(INDEX_KEY);
    const old = got[INDEX_KEY];
    const index = Array.isArray(old)
      ? (old as unknown[]).filter((k): k is string => typeof k === 'string' && k !== key)
      : [];
    index.push(key);
    const drop = index.splice(0, Math.max(0, index.length - MAX_REPORTS));
    if (drop.length > 0) await browser.storage.session.remove(drop);
    const entry: CachedReport = pending.length > 0 ? { report, via, pending } : { report, via };
    await browser.storage.session.set({ [key]: entry, [INDEX_KEY]: index });
    return true;
  } catch {
    // Quota or no session storage: the report is still returned to the caller.
    return false;
  }
}

/** The key of the last pasted or opened report, or null. */
export async function lastReportKey(): Promise<string | null> {
  try {
    const got = await browser.storage.session.get(LAST_KEY);
    const key = got[LAST_KEY];
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

export async function setLastReport(key: string | null): Promise<void> {
  try {
    if (key === null) await browser.storage.session.remove(LAST_KEY);
    else await browser.storage.session.set({ [LAST_KEY]: key });
  } catch {
    // No session storage: the popup simply starts empty next time.
  }
}
