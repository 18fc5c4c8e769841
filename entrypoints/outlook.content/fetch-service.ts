import { outlookLocation, outlookServiceUrl } from '../../lib/webmail/outlook-location';
import { buildGetItemBody, decodeGetItemResponse, getItemHeaders, readCanary } from '../../lib/webmail/outlook-get-item';
import { base64ToBytes, sourceBytesToText } from '../../lib/webmail/source-text';
import { rfc822Gate } from '../../lib/webmail/rfc822-gate';
import { CaptureFailure } from '../gmail.content/capture-failure';
import { readBodyBytes } from '../gmail.content/read-body';
import type { Progress } from '../gmail.content/upload-source';

/**
 * Opt-in only (setting "Fetch the source from Outlook's own service", off by default): the app's JSON
 * service, same-origin, with the canary the app itself sends. The canary lives in this function's
 * scope for one request; it is never stored, logged or sent to the extension.
 */
export async function fetchViaService(progress: Progress): Promise<{ text: string; itemId: string }> {
  const loc = outlookLocation(location.pathname);
  if (loc.itemId === null) throw new CaptureFailure('outlook.open-source-dialog', 'no message id in the address');
  if (loc.idKind === 'conversation') throw new CaptureFailure('outlook.conversation-id');
  const canary = readCanary(document.cookie);
  if (canary === null) throw new CaptureFailure('outlook.no-canary');
  let resp: Response;
  try {
    resp = await fetch(outlookServiceUrl(location.origin, loc.mailboxIndex), {
      method: 'POST',
      cache: 'no-store',
      headers: getItemHeaders(canary),
      body: buildGetItemBody(loc.itemId),
    });
  } catch {
    throw new CaptureFailure('webmail.network');
  }
  if (resp.status === 401 || resp.status === 403 || resp.status === 440) throw new CaptureFailure('outlook.service-refused', `HTTP ${String(resp.status)}`);
  if (!resp.ok) throw new CaptureFailure('outlook.service-error', `HTTP ${String(resp.status)}`);
  const body = sourceBytesToText(await readBodyBytes(resp, progress));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new CaptureFailure('outlook.service-shape', body.trimStart().startsWith('<') ? 'answered with HTML' : 'not JSON');
  }
  const decoded = decodeGetItemResponse(json);
  if (!decoded.ok) throw new CaptureFailure(decoded.code, decoded.detail);
  const bytes = base64ToBytes(decoded.base64);
  if (bytes === null) throw new CaptureFailure('outlook.service-shape', 'MimeContent is not base64');
  const text = sourceBytesToText(bytes);
  const gate = rfc822Gate(text);
  if (!gate.ok) throw new CaptureFailure(gate.reason === 'too-large' ? 'webmail.too-large' : 'webmail.not-mail', gate.reason);
  return { text, itemId: loc.itemId };
}
