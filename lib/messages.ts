import type { Report } from './report';
import { LIMITS } from './limits';

/**
 * The typed protocol between extension contexts: one request -> response map, runtime guards for every
 * payload (a message may come from a content script on a page the mail's sender partly controls).
 */
export interface ProtocolMap {
  /** Analyse raw message text. */
  analyze: { request: { raw: string }; response: Report };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

export type ErrorCode = 'bad-request' | 'forbidden-sender' | 'too-large' | 'internal';
export type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export type ParsedEnvelope = { ok: true; envelope: Envelope } | { ok: false; code: ErrorCode; message: string };

/** Validate an incoming message. Unknown types, wrong shapes and oversized payloads are refused. */
export function parseEnvelope(x: unknown): ParsedEnvelope {
  if (!isRecord(x) || typeof x.type !== 'string' || !isRecord(x.payload)) {
    return { ok: false, code: 'bad-request', message: 'Malformed message.' };
  }
  if (x.type === 'analyze') {
    const { raw } = x.payload;
    if (typeof raw !== 'string') return { ok: false, code: 'bad-request', message: 'analyze needs { raw: string }.' };
    if (raw.length > LIMITS.maxInputChars) {
      return { ok: false, code: 'too-large', message: `Input larger than ${String(LIMITS.maxInputChars / 1024 / 1024)} MiB.` };
    }
    return { ok: true, envelope: { type: 'analyze', payload: { raw } } };
  }
  return { ok: false, code: 'bad-request', message: 'Unknown message type.' };
}

export function isReply(x: unknown): x is Reply<unknown> {
  return isRecord(x) && typeof x.ok === 'boolean';
}
