// Shared by the Gmail and Outlook content scripts.
import { LIMITS } from '../../lib/limits';
import { CaptureFailure } from './capture-failure';
import type { Progress } from './upload-source';

/** Below this a body is read in one go: progress would not show, and there is no stream to fail. */
const STREAM_FROM = 1024 * 1024;

function tooLarge(bytes: number): CaptureFailure {
  return new CaptureFailure('webmail.too-large', `${(bytes / 1048576).toFixed(1)} MB`);
}

/**
 * Test build only (HEADERSCOPE_TEST_BUILD, wxt.config.ts; constant false and dropped from shipped builds): the fake
 * webmail server's `x-headerscope-test-fail: stream` makes the stream fail after its first chunk, as Firefox's
 * cross-realm errors do, and `stream-and-whole` makes the whole read fail too. The browser tests drive the fallback
 * with it in Chromium and Firefox.
 */
function simulatedFailure(resp: Response): string | null {
  return __HS_TEST_BUILD__ ? resp.headers.get('x-headerscope-test-fail') : null;
}
const simulated = () =>
  new TypeError('Permission denied to access property "byteLength" (simulated by the test build)');

/** The whole body at once, size-checked after the fact (Content-Length was checked before). */
async function readWhole(resp: Response): Promise<Uint8Array> {
  if (simulatedFailure(resp) === 'stream-and-whole') throw simulated();
  const bytes = new Uint8Array(await resp.arrayBuffer());
  if (bytes.byteLength > LIMITS.maxInputChars) throw tooLarge(bytes.byteLength);
  return bytes;
}

async function readStream(
  body: ReadableStream<Uint8Array>,
  total: number,
  progress: Progress,
  failAfterFirst: boolean,
): Promise<Uint8Array> {
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > LIMITS.maxInputChars) {
      // Not awaited: a tee branch's cancel settles only once the other branch (the copy) is cancelled too.
      void reader.cancel().catch(() => undefined);
      throw tooLarge(received);
    }
    parts.push(value);
    if (failAfterFirst) throw simulated();
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

/**
 * Read a response body as bytes with progress, refusing more than the 50 MiB cap (a Content-Length over the
 * cap is refused before reading, a stream as soon as it passes the cap). Big bodies are streamed for
 * progress; when streaming fails for any other reason the body is read whole from a copy taken before
 * (`arrayBuffer()`): Firefox content scripts hit cross-realm "Permission denied to access property" errors on
 * stream chunks and typed arrays in 2026 (s0up4200/qui-extension PR #29, 2026-09).
 */
export async function readBodyBytes(resp: Response, progress: Progress): Promise<Uint8Array> {
  const declared = Number(resp.headers.get('content-length') ?? '0');
  const total = Number.isFinite(declared) && declared > 0 ? declared : 0;
  if (total > LIMITS.maxInputChars) throw tooLarge(total);
  if (total > 0 && total < STREAM_FROM) return readWhole(resp);
  // Copy first (clone() replaces this response's body with one branch of a tee). The copy costs memory only
  // while the stream is read: its branch buffers what this one reads.
  const spare = resp.clone();
  let body: ReadableStream<Uint8Array> | null;
  try {
    body = resp.body;
  } catch {
    body = null;
  }
  if (body === null) return readWhole(spare);
  try {
    const bytes = await readStream(body, total, progress, simulatedFailure(resp) !== null);
    void spare.body?.cancel().catch(() => undefined);
    return bytes;
  } catch (e) {
    if (e instanceof CaptureFailure) {
      void spare.body?.cancel().catch(() => undefined);
      throw e;
    }
    return readWhole(spare);
  }
}
