import type { Report } from './report';
import type { ReplyExplanation } from './bounce/explain-reply';
import type { DomainHealth } from './domain-health/check-domain';
import { LIMITS } from './limits';
import { overCapText } from './mime/intake';

/**
 * The typed protocol between extension contexts: one request -> response map, runtime guards for every
 * payload (a message may come from a content script on a page the mail's sender partly controls).
 */
export interface ProtocolMap {
  /** Analyse raw message text. */
  analyze: { request: { raw: string }; response: Report };
  /** Explain one SMTP reply or bounce line (the catalogue stays in the worker, out of the popup bundle). */
  explainReply: { request: { line: string }; response: ReplyExplanation | null };
  /** SPF/DMARC/MX/MTA-STS/TLS-RPT/BIMI records of a domain with their health (live checks must be on). */
  checkDomain: { request: { domain: string }; response: DomainHealth };
}

/** A pasted reply line longer than this is not a reply line. */
export const MAX_REPLY_LINE = 4096;

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

export type ErrorCode = 'bad-request' | 'forbidden-sender' | 'too-large' | 'internal' | 'live-off';
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
      return { ok: false, code: 'too-large', message: `The input is ${overCapText(raw.length, 'characters')}.` };
    }
    return { ok: true, envelope: { type: 'analyze', payload: { raw } } };
  }
  if (x.type === 'checkDomain') {
    const { domain } = x.payload;
    if (typeof domain !== 'string' || !/^[a-z0-9.-]{1,253}$/i.test(domain.trim()) || !domain.includes('.')) {
      return { ok: false, code: 'bad-request', message: 'Type a domain name such as example.com.' };
    }
    return { ok: true, envelope: { type: 'checkDomain', payload: { domain: domain.trim().toLowerCase().replace(/\.$/, '') } } };
  }
  if (x.type === 'explainReply') {
    const { line } = x.payload;
    if (typeof line !== 'string' || line.length > MAX_REPLY_LINE) return { ok: false, code: 'bad-request', message: `explainReply needs { line: string } of at most ${String(MAX_REPLY_LINE)} characters.` };
    return { ok: true, envelope: { type: 'explainReply', payload: { line } } };
  }
  return { ok: false, code: 'bad-request', message: 'Unknown message type.' };
}

export function isReply(x: unknown): x is Reply<unknown> {
  return isRecord(x) && typeof x.ok === 'boolean';
}
