/** JSON-mode DoH behaves like wire mode (security goal G4, docs/security-goals.md): a CNAME loop and a non-JSON answer are failures, never "no record". */
import { describe, expect, it } from 'vitest';
import { createDohResolver } from '../../../lib/dns/doh-resolver';
import { decodeJsonAnswer } from '../../../lib/dns/json-answer';
import type { FetchLike } from '../../../lib/dns/fetch-types';
import { decodeAnswer } from '../../../lib/reputation/decode-answer';
import { BLOCKLISTS } from '../../../lib/reputation/catalogue';

const cname = (from: string, to: string) => ({ name: from, type: 5, TTL: 60, data: `${to}.` });
const json = (answer: unknown[]) =>
  JSON.stringify({ Status: 0, TC: false, AD: false, Question: [{ name: 'a.example.', type: 16 }], Answer: answer });

describe('JSON API answers', () => {
  it('a CNAME loop is MALFORMED, as in wire mode', () => {
    const r = decodeJsonAnswer(
      json([cname('a.example.', 'b.example'), cname('b.example.', 'a.example')]),
      'a.example',
      'TXT',
    );
    expect(r.answer).toMatchObject({ status: 'MALFORMED', detail: 'CNAME loop in the answer' });
  });

  it('a blocklist query whose answer loops is "unknown", never "clear"', () => {
    const list = BLOCKLISTS[0];
    if (!list) throw new Error('no blocklist');
    const looped = JSON.stringify({
      Status: 0,
      Question: [{ name: '2.0.0.127.zen.example.', type: 1 }],
      Answer: [cname('2.0.0.127.zen.example.', 'x.zen.example'), cname('x.zen.example.', '2.0.0.127.zen.example')],
    });
    const d = decodeAnswer(list, decodeJsonAnswer(looped, '2.0.0.127.zen.example', 'A').answer);
    expect(d.status).toBe('unknown');
  });

  it('a chain that ends is followed', () => {
    const r = decodeJsonAnswer(
      json([cname('a.example.', 'b.example'), { name: 'b.example.', type: 16, TTL: 60, data: '"v=spf1 -all"' }]),
      'a.example',
      'TXT',
    );
    expect(r.answer.status).toBe('NOERROR');
    expect(r.answer.records).toEqual([{ type: 'TXT', strings: ['v=spf1 -all'], text: 'v=spf1 -all' }]);
  });

  it.each([
    ['text/html', 'MALFORMED'],
    ['text/plain', 'MALFORMED'],
    ['', 'MALFORMED'],
    ['application/dns-json', 'NOERROR'],
    ['application/json; charset=utf-8', 'NOERROR'],
  ])('content-type "%s" gives %s', async (type, status) => {
    const body = JSON.stringify({
      Status: 0,
      Question: [{ name: 'example.com.', type: 1 }],
      Answer: [{ name: 'example.com.', type: 1, TTL: 60, data: '192.0.2.1' }],
    });
    const fetch: FetchLike = () =>
      Promise.resolve(new Response(body, { headers: type === '' ? {} : { 'content-type': type } }));
    const a = await createDohResolver({ fetch, endpoint: 'https://x.invalid/resolve', format: 'json' }).query(
      'example.com',
      'A',
    );
    expect(a.status).toBe(status);
  });
});
