import { LIMITS } from '../limits';
import { isGmailAccountPath } from './gmail-urls';
import { parseSyncMessageId } from './gmail-ids';
import type { WebmailSite } from './sites';
import { isCaptureErrorCode, type CaptureErrorCode } from './capture-errors';

/**
 * Content script -> worker upload over a `runtime.connect` port (extension messages are JSON-serialised
 * with a 64 MiB ceiling: Chromium's "Message exceeded maximum allowed size of 64MiB"): `begin`, then `chunk`s of at most CHUNK_CHARS characters
 * in order, each acknowledged (`ack`) before the next is sent, so progress is real and the worker is
 * never flooded. The worker validates everything: the page is hostile ground.
 */

export const UPLOAD_PORT_NAME = 'headerscope.upload';
/** 1 Mi characters: at most ~6 MiB of JSON even if every character needed a \u escape. */
export const CHUNK_CHARS = 1024 * 1024;

/**
 * Where a source came from: Gmail's byte-exact download, Gmail's Show-original page (fetched, or the page the
 * user has open), Outlook's "View message source" dialog (the whole message) or "View message details" dialog
 * (the headers only), or the popup's paste box / .eml file.
 */
export const CAPTURE_VIA = ['gmail-download', 'gmail-show-original', 'gmail-page', 'outlook-dialog', 'outlook-details', 'paste'] as const;
export type CaptureVia = (typeof CAPTURE_VIA)[number];

export interface UploadBegin {
  type: 'begin';
  site: WebmailSite;
  /** Gmail: the account path (`/mail/u/1/`); Outlook: the mailbox index or ''. */
  account: string;
  /**
   * Gmail: `msg-f:<n>`, or null when the page named none. Outlook: always null (the URL mostly names a
   * conversation, not the message the dialog shows), so the worker keys the report by the text itself.
   */
  messageId: string | null;
  via: CaptureVia;
  totalChars: number;
  chunkCount: number;
  /** Open the report in a tab when done (the in-page button); the popup shows it itself. */
  open: boolean;
}

export interface UploadChunk {
  type: 'chunk';
  seq: number;
  text: string;
}

export type WorkerUploadReply =
  | { type: 'ack'; seq: number }
  | { type: 'analysing' }
  | { type: 'done'; key: string; report: unknown }
  | { type: 'error'; code: CaptureErrorCode; message: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function chunkCountFor(totalChars: number): number {
  return Math.ceil(totalChars / CHUNK_CHARS);
}

/** The `i`-th chunk of a text (slices on demand, so a 50 MB text is never copied twice). */
export function chunkAt(text: string, i: number): string {
  return text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
}

function validMessageId(site: WebmailSite, id: unknown): id is string | null {
  if (id === null) return true;
  if (typeof id !== 'string') return false;
  return site === 'gmail' && parseSyncMessageId(id)?.kind === 'f' && !id.startsWith('#');
}

function validAccount(site: WebmailSite, account: unknown): account is string {
  if (typeof account !== 'string') return false;
  if (site === 'gmail') return isGmailAccountPath(account);
  return account === '' || /^\d{1,3}$/.test(account);
}

export type ParsedBegin = { ok: true; begin: UploadBegin } | { ok: false; message: string };

/** Validate a `begin` from a content script running on a page of `senderSite`. */
export function parseUploadBegin(x: unknown, senderSite: WebmailSite): ParsedBegin {
  if (!isRecord(x) || x.type !== 'begin') return { ok: false, message: 'expected begin' };
  const { site, account, messageId, via, totalChars, chunkCount, open } = x;
  if (site !== senderSite) return { ok: false, message: 'site does not match the sending page' };
  if (!validAccount(senderSite, account)) return { ok: false, message: 'bad account' };
  if (!validMessageId(senderSite, messageId)) return { ok: false, message: 'bad message id' };
  if (typeof via !== 'string' || !(CAPTURE_VIA as readonly string[]).includes(via) || !via.startsWith(senderSite)) {
    return { ok: false, message: 'bad via' };
  }
  if (typeof totalChars !== 'number' || !Number.isInteger(totalChars) || totalChars < 1) return { ok: false, message: 'bad size' };
  if (totalChars > LIMITS.maxInputChars) return { ok: false, message: 'too large' };
  if (chunkCount !== chunkCountFor(totalChars)) return { ok: false, message: 'bad chunk count' };
  if (typeof open !== 'boolean') return { ok: false, message: 'bad open flag' };
  return {
    ok: true,
    begin: { type: 'begin', site: senderSite, account, messageId, via: via as CaptureVia, totalChars, chunkCount, open },
  };
}

/** What a reassembly needs to know of its `begin` (the popup's own analysis port uses the same chunks). */
export interface ChunkPlan {
  totalChars: number;
  chunkCount: number;
}

/** Reassembly state kept by the worker for one port (lost with the port, which is fine). */
export interface Reassembly<B extends ChunkPlan = UploadBegin> {
  readonly begin: B;
  readonly parts: string[];
  chars: number;
}

export function startReassembly<B extends ChunkPlan>(begin: B): Reassembly<B> {
  return { begin, parts: [], chars: 0 };
}

export type ChunkOutcome = { ok: true; seq: number; complete: boolean } | { ok: false; message: string };

/** Accept the next chunk: in order, full-size except the last, never past the announced size. */
export function acceptChunk(r: Reassembly<ChunkPlan>, x: unknown): ChunkOutcome {
  if (!isRecord(x) || x.type !== 'chunk') return { ok: false, message: 'expected chunk' };
  const { seq, text } = x;
  if (seq !== r.parts.length) return { ok: false, message: 'chunk out of order' };
  if (typeof text !== 'string') return { ok: false, message: 'chunk text missing' };
  const last = seq === r.begin.chunkCount - 1;
  const expected = last ? r.begin.totalChars - r.chars : CHUNK_CHARS;
  if (seq >= r.begin.chunkCount || text.length !== expected) return { ok: false, message: 'chunk size mismatch' };
  r.parts.push(text);
  r.chars += text.length;
  return { ok: true, seq, complete: last };
}

export function finishReassembly(r: Reassembly<ChunkPlan>): string {
  return r.parts.join('');
}

/** Validate what the worker sends back (the content script checks it too). */
export function parseWorkerReply(x: unknown): WorkerUploadReply | null {
  if (!isRecord(x)) return null;
  if (x.type === 'ack' && typeof x.seq === 'number') return { type: 'ack', seq: x.seq };
  if (x.type === 'analysing') return { type: 'analysing' };
  if (x.type === 'done' && typeof x.key === 'string') return { type: 'done', key: x.key, report: x.report };
  if (x.type === 'error' && isCaptureErrorCode(x.code) && typeof x.message === 'string') return { type: 'error', code: x.code, message: x.message };
  return null;
}
