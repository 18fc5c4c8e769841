import { afterEach, describe, expect, it } from 'vitest';
import type { ReplyOutcome } from '../../cli/worker-protocol';
import { WorkerPool } from '../../cli/worker-pool';

const SCRIPT = new URL('../fixtures/cli/echo-worker.mjs', import.meta.url);
const SETUP = {
  print: { json: true, markdown: false, redact: false, headers: false },
  resolver: { offline: true, resolver: null, dns: null, dnsJson: null },
  share: 4,
};
let pool: WorkerPool | null = null;

function job(text: string, where = 'box #1') {
  return { bytes: new Uint8Array(Buffer.from(text, 'latin1')), where, several: true };
}

const shown = (o: ReplyOutcome) =>
  o.kind === 'printed' ? o.text : o.kind === 'failed' || o.kind === 'unreadable' ? `${o.kind}: ${o.reason}` : o.kind;

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('WorkerPool', () => {
  it('answers each message, spreading them over at most `size` threads', async () => {
    const p = new WorkerPool(2, SCRIPT, SETUP);
    pool = p;
    const outs = (
      await Promise.all(['slow', 'a', 'b', 'c', 'slow', 'd'].map((t, i) => p.run(job(t, `#${String(i + 1)}`), i)))
    ).map(shown);
    expect(outs.map((s) => s.split(' ').slice(1).join(' '))).toEqual([
      '#1 slow',
      '#2 a',
      '#3 b',
      '#4 c',
      '#5 slow',
      '#6 d',
    ]);
    expect(new Set(outs.map((s) => s.split(' ')[0])).size).toBe(2);
  });

  it('moves the message bytes to the worker (transferred, not copied)', async () => {
    pool = new WorkerPool(1, SCRIPT, SETUP);
    const j = job('hello');
    const answer = pool.run(j, 0);
    expect(j.bytes.byteLength).toBe(0);
    expect(shown(await answer)).toMatch(/ box #1 hello$/);
  });

  it.each([
    ['an uncaught error', 'crash', /^failed: worker thread stopped \(boom\)$/],
    ['process.exit', 'exit', /^failed: worker thread stopped \(exit code 3\)$/],
  ])('fails only the messages of a worker that dies (%s) and goes on with a new one', async (_n, text, reason) => {
    pool = new WorkerPool(1, SCRIPT, SETUP);
    const before = shown(await pool.run(job('a'), 0));
    const died = shown(await pool.run(job(text), 1));
    const after = shown(await pool.run(job('b'), 2));
    expect(died).toMatch(reason);
    expect(before).toMatch(/ a$/);
    expect(after).toMatch(/ b$/);
    expect(after.split(' ')[0]).not.toBe(before.split(' ')[0]);
  });

  it('stops replacing workers after size + 4 deaths, and says why for the rest', async () => {
    pool = new WorkerPool(1, SCRIPT, SETUP);
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) outcomes.push(shown(await pool.run(job('crash'), i)));
    outcomes.push(shown(await pool.run(job('fine'), 6)));
    expect(outcomes.every((o) => o === 'failed: worker thread stopped (boom)')).toBe(true);
  });
});
