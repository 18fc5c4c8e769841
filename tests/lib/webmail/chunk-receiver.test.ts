import { describe, expect, it } from 'vitest';
import { chunkReceiver } from '../../../lib/webmail/chunk-receiver';
import { CHUNK_CHARS, chunkAt, chunkCountFor, type ChunkPlan } from '../../../lib/webmail/upload-protocol';

/** A begin parser that accepts any plan with a positive size (the real ones add their own checks). */
function parsePlan(x: unknown): { ok: true; begin: ChunkPlan } | { ok: false; message: string } {
  const r = x as Partial<ChunkPlan> & { type?: string };
  if (r.type !== 'begin' || typeof r.totalChars !== 'number' || r.totalChars < 1)
    return { ok: false, message: 'expected begin' };
  return { ok: true, begin: { totalChars: r.totalChars, chunkCount: chunkCountFor(r.totalChars) } };
}

const text = 'a'.repeat(CHUNK_CHARS) + 'b'.repeat(CHUNK_CHARS) + 'tail';
const beginMsg = { type: 'begin', totalChars: text.length };
const chunk = (seq: number) => ({ type: 'chunk', seq, text: chunkAt(text, seq) });

describe('chunkReceiver', () => {
  it('begins, acknowledges each chunk and hands over the whole text once', () => {
    const receive = chunkReceiver(parsePlan);
    expect(receive(beginMsg)).toEqual({ kind: 'begun' });
    expect(receive(chunk(0))).toEqual({ kind: 'ack', seq: 0 });
    expect(receive(chunk(1))).toEqual({ kind: 'ack', seq: 1 });
    const last = receive(chunk(2));
    expect(last).toMatchObject({ kind: 'complete', seq: 2, begin: { totalChars: text.length, chunkCount: 3 } });
    expect(last.kind === 'complete' ? last.text : '').toBe(text);
    expect(receive(chunk(2))).toEqual({ kind: 'ignored' });
  });

  it('ends the upload at a bad begin and reads nothing after it', () => {
    const receive = chunkReceiver(parsePlan);
    expect(receive({ type: 'chunk', seq: 0, text: 'x' })).toEqual({ kind: 'bad-begin', message: 'expected begin' });
    expect(receive(beginMsg)).toEqual({ kind: 'ignored' });
  });

  it('ends the upload at a chunk out of order', () => {
    const receive = chunkReceiver(parsePlan);
    receive(beginMsg);
    expect(receive(chunk(1))).toEqual({ kind: 'bad-chunk', message: 'chunk out of order' });
    expect(receive(chunk(0))).toEqual({ kind: 'ignored' });
  });
});
