/**
 * Outlook's own JSON service, opt-in only (NOTES-WEBMAIL-DNS §2.3): `POST service.svc?action=GetItem`
 * with `IncludeMimeContent`, answered with the MIME source as base64 (RFC 4648 §4) in `MimeContent.Value`.
 * The request carries the `X-OWA-CANARY` value the app itself sends (read from its cookie, used for this
 * one same-origin request and nowhere else). No bearer or MSAL token is ever read.
 */

export function buildGetItemBody(itemId: string): string {
  return JSON.stringify({
    __type: 'GetItemJsonRequest:#Exchange',
    Header: { __type: 'JsonRequestHeaders:#Exchange', RequestServerVersion: 'Exchange2013' },
    Body: {
      __type: 'GetItemRequest:#Exchange',
      ItemShape: { __type: 'ItemResponseShape:#Exchange', BaseShape: 'IdOnly', IncludeMimeContent: true },
      ItemIds: [{ __type: 'ItemId:#Exchange', Id: itemId }],
    },
  });
}

/** Headers of the GetItem request; the canary is the app's own anti-CSRF value. */
export function getItemHeaders(canary: string): Record<string, string> {
  return {
    Action: 'GetItem',
    'Content-Type': 'application/json; charset=utf-8',
    'X-OWA-CANARY': canary,
    'x-req-source': 'Mail',
  };
}

/** The `X-OWA-CANARY` cookie value from `document.cookie`, or null. */
export function readCanary(cookieString: string): string | null {
  for (const part of cookieString.split(';', 200)) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim().toLowerCase() === 'x-owa-canary') {
      const v = part.slice(eq + 1).trim();
      return v.length > 0 && v.length <= 512 && /^[\w.=+/-]+$/.test(v) ? v : null;
    }
  }
  return null;
}

export type GetItemDecoded =
  | { ok: true; base64: string }
  | { ok: false; code: 'outlook.service-error' | 'outlook.service-shape'; detail: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function first(x: unknown): unknown {
  return Array.isArray(x) ? (x as unknown[])[0] : undefined;
}

/** `{Body:{ResponseMessages:{Items:[{ResponseClass, Items:[{MimeContent:{Value}}]}]}}}` (or without `Body`). */
export function decodeGetItemResponse(json: unknown): GetItemDecoded {
  if (!isRecord(json)) return { ok: false, code: 'outlook.service-shape', detail: 'not a JSON object' };
  const body = isRecord(json.Body) ? json.Body : json;
  const rm = body.ResponseMessages;
  const message = isRecord(rm) ? first(rm.Items) : first(body.Items);
  if (!isRecord(message)) return { ok: false, code: 'outlook.service-shape', detail: 'no ResponseMessages' };
  if (message.ResponseClass === 'Error' || (typeof message.ResponseCode === 'string' && message.ResponseCode !== 'NoError')) {
    const text = typeof message.MessageText === 'string' ? message.MessageText.slice(0, 200) : typeof message.ResponseCode === 'string' ? message.ResponseCode : 'Error';
    return { ok: false, code: 'outlook.service-error', detail: text };
  }
  const item = first(message.Items);
  const mime = isRecord(item) ? item.MimeContent : isRecord(message.MimeContent) ? message.MimeContent : undefined;
  const value = isRecord(mime) ? mime.Value : undefined;
  if (typeof value !== 'string' || value.length === 0) return { ok: false, code: 'outlook.service-shape', detail: 'no MimeContent' };
  return { ok: true, base64: value };
}
