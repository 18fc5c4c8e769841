import { describe, expect, it } from 'vitest';
import { readBodyBytes } from '../../entrypoints/gmail.content/read-body';
import { CaptureFailure } from '../../entrypoints/gmail.content/capture-failure';

const MiB = 1024 * 1024;

function bytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31) & 0xff;
  return b;
}

/** A body delivered in 64 KiB chunks, as a network stream is. */
function response(body: Uint8Array, declare = true): Response {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= body.byteLength) c.close();
      else c.enqueue(body.slice(at, (at += 65536)));
    },
  });
  return new Response(stream, { headers: declare ? { 'content-length': String(body.byteLength) } : {} });
}

const same = (a: Uint8Array, b: Uint8Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/** A response whose own stream fails the way Firefox content scripts report it (the copy still reads). */
function crossRealmFailing(body: Uint8Array): Response {
  const resp = response(body);
  const failing = {
    getReader: () => ({
      read: () => Promise.reject(new Error('Permission denied to access property "constructor"')),
      cancel: () => Promise.resolve(),
    }),
  };
  const clone = resp.clone.bind(resp);
  let cloned = false;
  Object.defineProperty(resp, 'clone', { value: () => ((cloned = true), clone()) });
  Object.defineProperty(resp, 'body', { get: () => (cloned ? failing : null) });
  return resp;
}

describe('readBodyBytes', () => {
  it('reads a small body whole, without progress', async () => {
    const calls: number[] = [];
    const got = await readBodyBytes(response(bytes(1000)), (_p, done) => calls.push(done));
    expect(same(got, bytes(1000))).toBe(true);
    expect(calls).toEqual([]);
  });

  it('streams a big body with progress against the declared size', async () => {
    const calls: [number, number][] = [];
    const got = await readBodyBytes(response(bytes(3 * MiB)), (_p, done, total) => calls.push([done, total]));
    expect(same(got, bytes(3 * MiB))).toBe(true);
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.at(-1)).toEqual([3 * MiB, 3 * MiB]);
  });

  it('streams a body of unknown size', async () => {
    expect(same(await readBodyBytes(response(bytes(2 * MiB), false), () => undefined), bytes(2 * MiB))).toBe(true);
  });

  it('when streaming fails (Firefox cross-realm error), reads the copy whole with arrayBuffer()', async () => {
    expect(same(await readBodyBytes(crossRealmFailing(bytes(2 * MiB)), () => undefined), bytes(2 * MiB))).toBe(true);
  });

  it('refuses a declared size over 50 MiB before reading', async () => {
    const resp = new Response('x', { headers: { 'content-length': String(60 * MiB) } });
    await expect(readBodyBytes(resp, () => undefined)).rejects.toMatchObject({
      code: 'webmail.too-large',
      detail: '60.0 MB',
    });
  });

  it('stops a stream that passes 50 MiB, and does not fall back to reading it whole', async () => {
    const chunk = bytes(MiB);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 60) c.enqueue(chunk);
        else c.close();
      },
    });
    const err: unknown = await readBodyBytes(new Response(stream), () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaptureFailure);
    expect((err as CaptureFailure).code).toBe('webmail.too-large');
    expect(sent).toBeLessThan(60);
  });
});
