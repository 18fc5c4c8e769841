import { describe, expect, it } from 'vitest';
import {
  CHUNK_CHARS,
  acceptChunk,
  chunkAt,
  chunkCountFor,
  finishReassembly,
  parseUploadBegin,
  parseWorkerReply,
  startReassembly,
  type UploadBegin,
} from '../../../lib/webmail/upload-protocol';
import { LIMITS } from '../../../lib/limits';

function begin(over: Partial<Record<keyof UploadBegin, unknown>> = {}): Record<string, unknown> {
  return { type: 'begin', site: 'gmail', account: '/mail/u/1/', messageId: 'msg-f:42', via: 'gmail-download', totalChars: 10, chunkCount: 1, open: false, ...over };
}

describe('parseUploadBegin', () => {
  it('accepts a well-formed begin from the matching site', () => {
    expect(parseUploadBegin(begin(), 'gmail')).toEqual({ ok: true, begin: begin() });
    expect(parseUploadBegin(begin({ site: 'outlook', account: '', messageId: null, via: 'outlook-dialog' }), 'outlook').ok).toBe(true);
  });

  it.each([
    ['site differs from the sending page', begin({ site: 'outlook' }), 'site does not match the sending page'],
    ['via of the other site', begin({ via: 'outlook-dialog' }), 'bad via'],
    ['account path injection', begin({ account: '/mail/u/1/../../evil' }), 'bad account'],
    ['msg-a id', begin({ messageId: 'msg-a:r1' }), 'bad message id'],
    ['non-integer size', begin({ totalChars: 1.5 }), 'bad size'],
    ['over 50 MiB', begin({ totalChars: LIMITS.maxInputChars + 1, chunkCount: chunkCountFor(LIMITS.maxInputChars + 1) }), 'too large'],
    ['chunk count lies', begin({ totalChars: CHUNK_CHARS + 1, chunkCount: 1 }), 'bad chunk count'],
    ['open not boolean', begin({ open: 'yes' }), 'bad open flag'],
    ['not begin', { type: 'chunk' }, 'expected begin'],
  ])('refuses: %s', (_name, msg, message) => {
    expect(parseUploadBegin(msg, 'gmail')).toEqual({ ok: false, message });
  });
});

describe('reassembly', () => {
  const text = 'x'.repeat(CHUNK_CHARS * 2 + 5);
  const parsed = parseUploadBegin(begin({ totalChars: text.length, chunkCount: chunkCountFor(text.length) }), 'gmail');
  if (!parsed.ok) throw new Error('setup');

  it('rebuilds the text from in-order chunks', () => {
    const r = startReassembly(parsed.begin);
    expect(acceptChunk(r, { type: 'chunk', seq: 0, text: chunkAt(text, 0) })).toEqual({ ok: true, seq: 0, complete: false });
    expect(acceptChunk(r, { type: 'chunk', seq: 1, text: chunkAt(text, 1) })).toEqual({ ok: true, seq: 1, complete: false });
    expect(acceptChunk(r, { type: 'chunk', seq: 2, text: chunkAt(text, 2) })).toEqual({ ok: true, seq: 2, complete: true });
    expect(finishReassembly(r)).toBe(text);
  });

  it.each([
    ['out of order', [{ type: 'chunk', seq: 1, text: chunkAt(text, 1) }], 'chunk out of order'],
    ['short middle chunk', [{ type: 'chunk', seq: 0, text: 'xx' }], 'chunk size mismatch'],
    ['last chunk too long', [{ type: 'chunk', seq: 0, text: chunkAt(text, 0) }, { type: 'chunk', seq: 1, text: chunkAt(text, 1) }, { type: 'chunk', seq: 2, text: 'xxxxxxx' }], 'chunk size mismatch'],
    ['no text', [{ type: 'chunk', seq: 0 }], 'chunk text missing'],
  ])('refuses: %s', (_name, chunks, message) => {
    const r = startReassembly(parsed.begin);
    const results = chunks.map((c) => acceptChunk(r, c));
    expect(results[results.length - 1]).toEqual({ ok: false, message });
  });
});

describe('parseWorkerReply', () => {
  it.each([
    [{ type: 'ack', seq: 3 }, { type: 'ack', seq: 3 }],
    [{ type: 'analysing' }, { type: 'analysing' }],
    [{ type: 'done', key: 'k', report: { a: 1 } }, { type: 'done', key: 'k', report: { a: 1 } }],
    [{ type: 'error', code: 'webmail.too-large', message: 'm' }, { type: 'error', code: 'webmail.too-large', message: 'm' }],
    [{ type: 'error', code: 'made-up', message: 'm' }, null],
    ['x', null],
  ])('%j', (x, want) => {
    expect(parseWorkerReply(x)).toEqual(want);
  });
});
