import { isCaptureErrorCode, type CaptureCause, type CaptureErrorCode } from './capture-errors';
import { CAPTURE_VIA, type CaptureVia } from './upload-protocol';
import type { WebmailSite } from './sites';

/**
 * Popup <-> content script, over a `tabs.connect` port opened by the popup (the user's click). The
 * content script does nothing until this port asks: `inspect` (which messages are open) and `capture`
 * (fetch/read the source, upload it to the worker, report progress). Both sides validate what they get.
 */

export const CAPTURE_PORT_NAME = 'headerscope.capture';

/** What the tab shows: a Gmail conversation, Gmail's Show-original page, Outlook with or without its source/details dialog. */
export type PageMode = 'thread' | 'show-original' | 'outlook-dialog' | 'outlook-message' | 'none';
const PAGE_MODES: readonly PageMode[] = ['thread', 'show-original', 'outlook-dialog', 'outlook-message', 'none'];

export interface MessageChoice {
  /** `msg-f:<n>` (Gmail) or an item id / `dialog` (Outlook). */
  id: string;
  /** Scraped display text (hostile: rendered as text only), capped. */
  from: string;
  date: string;
  expanded: boolean;
}

export interface PageInfo {
  site: WebmailSite;
  account: string;
  mode: PageMode;
  choices: MessageChoice[];
  /** The message analysed when the user does not pick one: the last expanded message. */
  defaultId: string | null;
}

export type ToContent = { type: 'inspect' } | { type: 'capture'; messageId: string | null };

export type CapturePhase = 'fetch' | 'upload' | 'analyse';

export type FromContent =
  | { type: 'page'; page: PageInfo }
  | { type: 'progress'; phase: CapturePhase; done: number; total: number }
  | { type: 'done'; key: string; via: CaptureVia; report: unknown; causes: CaptureCause[] }
  | { type: 'error'; code: CaptureErrorCode; detail: string; causes: CaptureCause[] };

const MAX_CHOICES = 200;
const MAX_TEXT = 200;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function text(x: unknown): string {
  return typeof x === 'string' ? x.slice(0, MAX_TEXT) : '';
}

function parseChoice(x: unknown): MessageChoice | null {
  if (!isRecord(x) || typeof x.id !== 'string' || x.id.length === 0 || x.id.length > 600) return null;
  return { id: x.id, from: text(x.from), date: text(x.date), expanded: x.expanded === true };
}

function parsePage(x: unknown): PageInfo | null {
  if (!isRecord(x) || (x.site !== 'gmail' && x.site !== 'outlook') || typeof x.account !== 'string' || x.account.length > 200) return null;
  if (typeof x.mode !== 'string' || !(PAGE_MODES as readonly string[]).includes(x.mode)) return null;
  if (!Array.isArray(x.choices)) return null;
  const choices: MessageChoice[] = [];
  for (const c of (x.choices as unknown[]).slice(0, MAX_CHOICES)) {
    const parsed = parseChoice(c);
    if (parsed) choices.push(parsed);
  }
  const defaultId = typeof x.defaultId === 'string' && choices.some((c) => c.id === x.defaultId) ? x.defaultId : null;
  return { site: x.site, account: x.account, mode: x.mode as PageMode, choices, defaultId };
}

function parseCauses(x: unknown): CaptureCause[] {
  if (!Array.isArray(x)) return [];
  const out: CaptureCause[] = [];
  for (const c of (x as unknown[]).slice(0, 2)) {
    if (!isRecord(c) || (c.path !== 'download' && c.path !== 'show-original') || !isCaptureErrorCode(c.code)) continue;
    out.push({ path: c.path, code: c.code, detail: text(c.detail) });
  }
  return out;
}

function finiteCount(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : null;
}

/** Popup side: validate a message from the content script. */
export function parseFromContent(x: unknown): FromContent | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'page': {
      const page = parsePage(x.page);
      return page ? { type: 'page', page } : null;
    }
    case 'progress': {
      const done = finiteCount(x.done);
      const total = finiteCount(x.total);
      const phase = x.phase;
      if (done === null || total === null || (phase !== 'fetch' && phase !== 'upload' && phase !== 'analyse')) return null;
      return { type: 'progress', phase, done, total };
    }
    case 'done':
      if (typeof x.key !== 'string' || typeof x.via !== 'string' || !(CAPTURE_VIA as readonly string[]).includes(x.via)) return null;
      return { type: 'done', key: x.key, via: x.via as CaptureVia, report: x.report, causes: parseCauses(x.causes) };
    case 'error':
      return isCaptureErrorCode(x.code) ? { type: 'error', code: x.code, detail: text(x.detail), causes: parseCauses(x.causes) } : null;
    default:
      return null;
  }
}

/** Content side: validate a request from the popup. */
export function parseToContent(x: unknown): ToContent | null {
  if (!isRecord(x)) return null;
  if (x.type === 'inspect') return { type: 'inspect' };
  if (x.type === 'capture') {
    const id = x.messageId;
    if (id !== null && (typeof id !== 'string' || id.length > 600)) return null;
    return { type: 'capture', messageId: id };
  }
  return null;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** One status line for the popup, e.g. "Fetching the source… 3.2 of 12.0 MB". */
export function describeProgress(phase: CapturePhase, done: number, total: number): string {
  if (phase === 'fetch' && done === 0 && total === 0) return 'Fetching the source…';
  if (phase === 'fetch') return total > 0 ? `Fetching the source… ${mb(done)} of ${mb(total)} MB` : `Fetching the source… ${mb(done)} MB`;
  if (phase === 'upload') return total > 1 ? `Handing the source to the analyser… ${String(Math.round((done / total) * 100))}%` : 'Handing the source to the analyser…';
  return 'Analysing…';
}
