import { browser } from 'wxt/browser';
import type { LivePart } from '../../lib/analyze';
import { REPORT_SCHEMA, type Report } from '../../lib/report';
import type { CaptureVia } from '../../lib/webmail/upload-protocol';

export interface SessionReport {
  report: Report;
  via: CaptureVia | null;
  /** Live parts still running in the worker when this copy was stored. */
  pending: LivePart[];
}

function isReport(x: unknown): x is Report {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return r.schema === REPORT_SCHEMA && Array.isArray(r.headers) && Array.isArray(r.findings);
}

const LIVE_PARTS: readonly string[] = ['authentication', 'reputation'] satisfies LivePart[];

/** A stored entry (entrypoints/background/report-cache.ts), checked: storage is not trusted to hold what we wrote. */
export function sessionReportOf(entry: unknown): SessionReport | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const e = entry as { report?: unknown; via?: CaptureVia; pending?: unknown };
  if (!isReport(e.report)) return null;
  const pending = Array.isArray(e.pending)
    ? e.pending.filter((p): p is LivePart => typeof p === 'string' && LIVE_PARTS.includes(p))
    : [];
  return { report: e.report, via: e.via ?? null, pending };
}

export async function readSessionReport(key: string): Promise<SessionReport | null> {
  try {
    const got = await browser.storage.session.get(key);
    return sessionReportOf(got[key]);
  } catch {
    return null;
  }
}

/** Calls `on` whenever the worker stores a newer copy of `key` (its live checks answered); returns the unsubscribe. */
export function watchSessionReport(key: string, on: (r: SessionReport) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    const change = changes[key];
    const got = change === undefined ? null : sessionReportOf(change.newValue);
    if (got !== null) on(got);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

/**
 * Keep showing `key` as the worker stores newer copies until nothing is pending (a popup reopened while live
 * checks run). Subscribes first, then reads once, so a copy stored in between is not missed.
 */
export function followSessionReport(key: string, on: (r: SessionReport) => void): () => void {
  let stop: () => void = () => undefined;
  const take = (r: SessionReport) => {
    on(r);
    if (r.pending.length === 0) stop();
  };
  stop = watchSessionReport(key, take);
  void readSessionReport(key).then((r) => {
    if (r !== null && r.pending.length === 0) take(r);
  });
  return () => {
    stop();
  };
}
