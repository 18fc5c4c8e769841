// Shared by the Gmail and Outlook content scripts.
import { LIMITS } from '../../lib/limits';
import { CaptureFailure } from './capture-failure';
import type { Progress } from './upload-source';

/**
 * Read a response body as bytes with progress, refusing more than the 50 MiB cap as soon as it is passed
 * (a Content-Length over the cap is refused before reading).
 */
export async function readBodyBytes(resp: Response, progress: Progress): Promise<Uint8Array> {
  const declared = Number(resp.headers.get('content-length') ?? '0');
  const total = Number.isFinite(declared) && declared > 0 ? declared : 0;
  if (total > LIMITS.maxInputChars) throw new CaptureFailure('webmail.too-large', `${(total / 1048576).toFixed(1)} MB`);
  if (resp.body === null) return new Uint8Array(await resp.arrayBuffer());
  const reader = resp.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > LIMITS.maxInputChars) {
      await reader.cancel();
      throw new CaptureFailure('webmail.too-large', `over ${String(LIMITS.maxInputChars / 1048576)} MiB`);
    }
    parts.push(value);
    if (received - lastReport > 256 * 1024) {
      lastReport = received;
      progress('fetch', received, total);
    }
  }
  progress('fetch', received, total);
  const out = new Uint8Array(received);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
