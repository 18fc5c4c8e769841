import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohResolver, type DohResolverOptions } from '../../../lib/dns/doh-resolver';
import { createDnsCache } from '../../../lib/dns/cache';
import type { FetchLike } from '../../../lib/dns/fetch-types';
import { startDohServer, type DohServer } from '../../helpers/doh-server';
import { txt } from '../../helpers/fake-resolver';

const fetchImpl: FetchLike = (url, init) => fetch(url, init);
const timers = { setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimer: (h: unknown) => { clearTimeout(h as ReturnType<typeof setTimeout>); } };

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({
    zone: {
      'example.com': [txt('v=spf1 ', 'ip4:192.0.2.0/24 -all'), txt('other'), { type: 'A', address: '192.0.2.1' }, { type: 'AAAA', address: '2001:db8::25' }, { type: 'MX', preference: 10, exchange: 'mx.example.com' }],
      'alias.example.com': [{ type: 'CNAME', name: 'example.com' }],
      '1.2.0.192.in-addr.arpa': [{ type: 'PTR', name: 'mail.example.com' }],
      'nullmx.example': [{ type: 'MX', preference: 0, exchange: '' }],
      'servfail.example': [{ fail: 'SERVFAIL' }],
      'refused.example': [{ fail: 'REFUSED' }],
      'hang.example': [{ fail: 'TIMEOUT' }],
      'slow.example': [txt('slow')],
      'tc.example': [txt('x')],
      'cut.example': [txt('v=spf1 -all')],
      'junk.example': [txt('x')],
      'http500.example': [txt('x')],
      'wrong.example': [txt('x')],
    },
    faults: {
      'slow.example': { delayMs: 80 },
      'tc.example': { tc: true },
      'cut.example': { truncated: true },
      'junk.example': { malformed: true },
      'http500.example': { http: 500 },
      'wrong.example': { wrongName: true },
    },
    secure: ['example.com'],
  });
});
afterAll(async () => {
  await server.stop();
});

/** The local server answers at once; the generous timeout only keeps a busy machine from turning answers into TIMEOUT. */
const ANSWER_TIMEOUT_MS = 3000;
/** For the name the server never answers: how long the resolver waits before TIMEOUT. */
const HANG_TIMEOUT_MS = 150;
const make = (extra: Partial<DohResolverOptions> = {}) => createDohResolver({ fetch: fetchImpl, endpoint: server.url, timeoutMs: ANSWER_TIMEOUT_MS, ...timers, ...extra });

describe.each([
  ['wire GET', { format: 'wire', method: 'GET' }],
  ['wire POST', { format: 'wire', method: 'POST' }],
  ['JSON API', { format: 'json' }],
] as const)('createDohResolver over a local DoH server (%s)', (_n, mode) => {
  const r = (extra: Partial<DohResolverOptions> = {}) => make({ ...mode, ...(mode.format === 'json' ? { endpoint: server.jsonUrl } : {}), ...extra });

  it('answers TXT with multi-string records joined, and the AD bit', async () => {
    const a = await r().query('example.com', 'TXT');
    expect(a).toEqual({ status: 'NOERROR', ad: true, detail: null, records: [{ type: 'TXT', strings: ['v=spf1 ', 'ip4:192.0.2.0/24 -all'], text: 'v=spf1 ip4:192.0.2.0/24 -all' }, { type: 'TXT', strings: ['other'], text: 'other' }] });
  });
  it.each([
    ['A', 'example.com', [{ type: 'A', address: '192.0.2.1' }]],
    ['AAAA', 'example.com', [{ type: 'AAAA', address: '2001:db8::25' }]],
    ['MX', 'example.com', [{ type: 'MX', preference: 10, exchange: 'mx.example.com' }]],
    ['PTR', '1.2.0.192.in-addr.arpa', [{ type: 'PTR', name: 'mail.example.com' }]],
    ['A', 'alias.example.com', [{ type: 'A', address: '192.0.2.1' }]],
    ['CNAME', 'alias.example.com', [{ type: 'CNAME', name: 'example.com' }]],
    ['MX', 'nullmx.example', [{ type: 'MX', preference: 0, exchange: '' }]],
  ] as const)('%s %s', async (type, name, records) => {
    const a = await r().query(name, type);
    expect(a.status).toBe('NOERROR');
    expect(a.records).toEqual(records);
  });
  it.each([
    ['nothing.example', 'TXT', 'NXDOMAIN'],
    ['mx.example.com', 'TXT', 'NXDOMAIN'],
    ['nullmx.example', 'TXT', 'NOERROR'],
    ['servfail.example', 'TXT', 'SERVFAIL'],
    ['refused.example', 'TXT', 'REFUSED'],
    ['hang.example', 'TXT', 'TIMEOUT'],
    ['tc.example', 'TXT', 'TRUNCATED'],
    ['cut.example', 'TXT', 'MALFORMED'],
    ['junk.example', 'TXT', 'MALFORMED'],
    ['http500.example', 'TXT', 'HTTP'],
    ['wrong.example', 'TXT', 'MALFORMED'],
  ] as const)('%s %s -> %s', async (name, type, status) => {
    const a = await r(name === 'hang.example' ? { timeoutMs: HANG_TIMEOUT_MS } : {}).query(name, type);
    expect(a.status).toBe(status);
    expect(a.records).toEqual([]);
    if (status !== 'NOERROR' && status !== 'NXDOMAIN') expect(a.detail).toBeTruthy();
  });
});

describe('createDohResolver behaviour', () => {
  it('reports NETWORK when nothing listens', async () => {
    const a = await make({ endpoint: 'http://127.0.0.1:9/dns-query' }).query('example.com', 'A');
    expect(a.status).toBe('NETWORK');
  });
  it('de-duplicates identical in-flight questions', async () => {
    const before = server.log.length;
    const r = make();
    const answers = await Promise.all([r.query('slow.example', 'TXT'), r.query('SLOW.example.', 'TXT'), r.query('slow.example', 'TXT')]);
    expect(answers.map((a) => a.records[0]?.type === 'TXT' ? a.records[0].text : null)).toEqual(['slow', 'slow', 'slow']);
    expect(server.log.length - before).toBe(1);
    expect(r.sent).toBe(1);
  });
  it('caches answers for their TTL on the injected clock', async () => {
    let now = 1_000_000;
    const r = make({ cache: createDnsCache({ now: () => now }) });
    const before = server.log.length;
    await r.query('example.com', 'A');
    await r.query('example.com', 'A');
    expect(server.log.length - before).toBe(1);
    now += 301_000;
    await r.query('example.com', 'A');
    expect(server.log.length - before).toBe(2);
  });
  it('does not cache failures', async () => {
    const r = make({ now: () => 0 });
    const before = server.log.length;
    await r.query('servfail.example', 'TXT');
    await r.query('servfail.example', 'TXT');
    expect(server.log.length - before).toBe(2);
  });
  it('answers BUDGET past maxQueries, without sending', async () => {
    const r = make({ maxQueries: 2 });
    const before = server.log.length;
    const s = await Promise.all(['a.example', 'b.example', 'c.example'].map((n) => r.query(n, 'A')));
    expect(s.map((a) => a.status)).toEqual(['NXDOMAIN', 'NXDOMAIN', 'BUDGET']);
    expect(server.log.length - before).toBe(2);
  });
  it('cancels through the caller signal', async () => {
    const controller = new AbortController();
    const pending = make({ timeoutMs: 5000 }).query('hang.example', 'TXT', { signal: controller.signal });
    controller.abort();
    expect((await pending).status).toBe('ABORTED');
    const pre = new AbortController();
    pre.abort();
    expect((await make().query('example.com', 'A', { signal: pre.signal })).status).toBe('ABORTED');
  });
  it('a cancelled waiter does not cancel another caller of the same question', async () => {
    const r = make();
    const controller = new AbortController();
    const first = r.query('slow.example', 'TXT', { signal: controller.signal });
    const second = r.query('slow.example', 'TXT');
    controller.abort();
    expect((await first).status).toBe('ABORTED');
    expect((await second).status).toBe('NOERROR');
  });
  it('refuses names that cannot be sent', async () => {
    const a = await make().query(`${'a'.repeat(64)}.example`, 'TXT');
    expect(a.status).toBe('FORMERR');
  });
  it('maps a fetch that ignores the abort to TIMEOUT through the timer race', async () => {
    const never: FetchLike = () => new Promise(() => undefined);
    const a = await createDohResolver({ fetch: never, endpoint: 'https://x.invalid/dns-query', timeoutMs: 20, ...timers }).query('example.com', 'A');
    expect(a.status).toBe('TIMEOUT');
  });
  it('rejects a wire answer with the wrong content-type', async () => {
    const html: FetchLike = () => Promise.resolve(new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    const a = await createDohResolver({ fetch: html, endpoint: 'https://x.invalid/dns-query' }).query('example.com', 'A');
    expect(a).toMatchObject({ status: 'MALFORMED' });
  });
});
