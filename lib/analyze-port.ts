/**
 * Popup -> worker analysis over a `runtime.connect` port: the text goes in chunks (a pasted or opened 50 MiB
 * message is more than one extension message may carry), and the report comes back in steps: the offline
 * report at once, then again as the live DNS checks answer (`partial`, with what is still pending), then
 * `done`. Both ends validate what they receive.
 */
import { LIMITS } from './limits';
import type { LivePart } from './analyze';
import type { Report } from './report';
import type { InputInfo } from './mime/types';
import { chunkCountFor, type ChunkPlan } from './webmail/upload-protocol';

export const ANALYZE_PORT_NAME = 'headerscope.analyze';

/** Where the text came from: the paste box, a file, or the transport headers of an Outlook .msg file. */
export const ANALYZE_ORIGINS = ['paste', 'file', 'outlook-msg'] as const;
export type AnalyzeOrigin = (typeof ANALYZE_ORIGINS)[number];

export interface AnalyzeBegin extends ChunkPlan {
  type: 'begin';
  origin: AnalyzeOrigin;
}

export type AnalyzeReply =
  | { type: 'ack'; seq: number }
  | { type: 'partial'; key: string; report: Report; pending: LivePart[] }
  | { type: 'done'; key: string; report: Report }
  | { type: 'error'; message: string };

const LIVE_PARTS: readonly string[] = ['authentication', 'reputation'] satisfies LivePart[];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export type ParsedAnalyzeBegin = { ok: true; begin: AnalyzeBegin } | { ok: false; message: string };

export function parseAnalyzeBegin(x: unknown): ParsedAnalyzeBegin {
  if (!isRecord(x) || x.type !== 'begin') return { ok: false, message: 'expected begin' };
  const { totalChars, chunkCount, origin } = x;
  if (typeof origin !== 'string' || !(ANALYZE_ORIGINS as readonly string[]).includes(origin))
    return { ok: false, message: 'bad origin' };
  if (typeof totalChars !== 'number' || !Number.isInteger(totalChars) || totalChars < 1)
    return { ok: false, message: 'bad size' };
  if (totalChars > LIMITS.maxInputChars) return { ok: false, message: 'too large' };
  if (chunkCount !== chunkCountFor(totalChars)) return { ok: false, message: 'bad chunk count' };
  return { ok: true, begin: { type: 'begin', totalChars, chunkCount, origin: origin as AnalyzeOrigin } };
}

function isReportShape(x: unknown): x is Report {
  return (
    isRecord(x) &&
    typeof x.schema === 'string' &&
    Array.isArray(x.headers) &&
    Array.isArray(x.findings) &&
    isRecord(x.input)
  );
}

/** What the popup accepts from the worker. */
export function parseAnalyzeReply(x: unknown): AnalyzeReply | null {
  if (!isRecord(x)) return null;
  if (x.type === 'ack' && typeof x.seq === 'number') return { type: 'ack', seq: x.seq };
  if (x.type === 'error' && typeof x.message === 'string') return { type: 'error', message: x.message };
  if (typeof x.key !== 'string' || !isReportShape(x.report)) return null;
  if (x.type === 'done') return { type: 'done', key: x.key, report: x.report };
  if (
    x.type === 'partial' &&
    Array.isArray(x.pending) &&
    x.pending.length > 0 &&
    x.pending.every((p) => typeof p === 'string' && LIVE_PARTS.includes(p))
  ) {
    return { type: 'partial', key: x.key, report: x.report, pending: x.pending as LivePart[] };
  }
  return null;
}

/**
 * The report's `input` as its origin makes it: an Outlook .msg gives the transport headers only
 * (MS-OXPROPS PidTagTransportMessageHeaders), never the bytes that were sent. An unreadable input stays as it is.
 */
export function markOriginInput(input: InputInfo, origin: AnalyzeOrigin): InputInfo {
  if (origin !== 'outlook-msg' || input.status !== 'ok') return input;
  return { ...input, source: 'outlook-msg', hasBody: false };
}
