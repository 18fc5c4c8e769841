/**
 * One DoH exchange (RFC 8484 §4.1: GET with ?dns=base64url or POST with an application/dns-message body;
 * or the JSON API GET ?name=&type=) turned into a DecodedAnswer. Every failure is a status, never a throw.
 */
import type { DnsStatus, RRType } from './types';
import type { FetchLike, FetchResponseLike } from './fetch-types';
import type { DohFormat } from './types';
import { decodeResponse, type DecodedAnswer } from './wire-response';
import { decodeJsonAnswer } from './json-answer';
import { encodeQuery } from './wire-query';
import { base64UrlEncode } from './base64url';

/** RFC 1035 messages are at most 65535 octets; JSON text gets some slack. */
const MAX_WIRE_BYTES = 65535;
const MAX_JSON_CHARS = 256 * 1024;

export interface DohRequest {
  fetch: FetchLike;
  endpoint: string;
  format: DohFormat;
  method: 'GET' | 'POST';
  name: string;
  type: RRType;
  signal: AbortSignal;
}

export function failedAnswer(status: DnsStatus, detail: string): DecodedAnswer {
  return { answer: { status, records: [], ad: false, detail }, ttl: 0 };
}

function withParams(endpoint: string, params: string): string {
  return endpoint + (endpoint.includes('?') ? '&' : '?') + params;
}

export async function dohExchange(req: DohRequest): Promise<DecodedAnswer> {
  let response: FetchResponseLike;
  try {
    if (req.format === 'json') {
      const url = withParams(req.endpoint, `name=${encodeURIComponent(req.name)}&type=${req.type}`);
      response = await req.fetch(url, { method: 'GET', headers: { accept: 'application/dns-json' }, signal: req.signal });
    } else {
      const query = encodeQuery(req.name, req.type);
      if (query === null) return failedAnswer('FORMERR', `${req.name} is not a valid DNS name`);
      response =
        req.method === 'POST'
          ? await req.fetch(req.endpoint, { method: 'POST', headers: { accept: 'application/dns-message', 'content-type': 'application/dns-message' }, body: query, signal: req.signal })
          : await req.fetch(withParams(req.endpoint, `dns=${base64UrlEncode(query)}`), { method: 'GET', headers: { accept: 'application/dns-message' }, signal: req.signal });
    }
  } catch (e) {
    return failedAnswer('NETWORK', `DoH request failed: ${describe(e)}`);
  }
  if (!response.ok) return failedAnswer('HTTP', `DoH server answered HTTP ${response.status}`);
  try {
    if (req.format === 'json') {
      // The JSON API answers application/dns-json (Google and Cloudflare) or application/json; an HTML error or
      // captive-portal page is not an answer, even when its body happens to parse.
      const jsonType = (response.headers.get('content-type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
      if (jsonType !== 'application/dns-json' && jsonType !== 'application/json') return failedAnswer('MALFORMED', `DoH response has content-type "${jsonType}", not application/dns-json`);
      const text = await response.text();
      if (text.length > MAX_JSON_CHARS) return failedAnswer('MALFORMED', 'DoH JSON response is too large');
      return decodeJsonAnswer(text, req.name, req.type);
    }
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (!type.startsWith('application/dns-message')) return failedAnswer('MALFORMED', `DoH response has content-type "${type}", not application/dns-message`);
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.length > MAX_WIRE_BYTES) return failedAnswer('MALFORMED', 'DoH response is larger than a DNS message can be');
    return decodeResponse(body, req.name, req.type);
  } catch (e) {
    return failedAnswer('NETWORK', `DoH response body could not be read: ${describe(e)}`);
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : 'unknown error';
}
