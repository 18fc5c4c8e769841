import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../cli/ordered-run';

interface Pending {
  index: number;
  finish: () => void;
}

/**
 * A run whose items finish only when the test says so. Tracks how many are in flight (started, not yet emitted)
 * at every start, and the order of emits.
 */
function harness(window: number, items: number) {
  const pending: Pending[] = [];
  const emitted: number[] = [];
  let started = 0;
  let maxInFlight = 0;
  let waiters: (() => void)[] = [];
  const changed = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const run = runOrdered(
    Array.from({ length: items }, (_, i) => i),
    window,
    {
      start: (item, index) => {
        started++;
        maxInFlight = Math.max(maxInFlight, started - emitted.length);
        return new Promise<string>((resolve) => {
          pending.push({
            index,
            finish: () => {
              resolve(`r${String(item)}`);
            },
          });
          changed();
        });
      },
      emit: (r, index) => {
        expect(r).toBe(`r${String(index)}`);
        emitted.push(index);
      },
    },
  );
  /** Let the runner take its next steps (promise callbacks), until nothing more starts. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return { run, pending, emitted, settle, inFlight: () => started - emitted.length, maxInFlight: () => maxInFlight };
}

describe('runOrdered: results in input order, a bounded window', () => {
  it('starts no more than the window while the first item is slow', async () => {
    const h = harness(8, 100);
    await h.settle();
    expect(h.pending.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Items 1..7 finish; nothing is emitted (item 0 is still running), so nothing new starts.
    for (const p of h.pending.slice(1)) p.finish();
    await h.settle();
    expect(h.emitted).toEqual([]);
    expect(h.pending).toHaveLength(8);
    // Item 0 finishes: 0..7 are emitted in order, and 8 more start.
    h.pending[0]?.finish();
    await h.settle();
    expect(h.emitted).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(h.pending).toHaveLength(16);
    expect(h.maxInFlight()).toBe(8);
  });

  it('emits in input order and never exceeds the window, whatever order items finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 60 }),
        fc.infiniteStream(fc.nat()),
        async (window, items, picks) => {
          const h = harness(window, items);
          const finished = new Set<number>();
          const choose = picks[Symbol.iterator]();
          for (;;) {
            await h.settle();
            const open = h.pending.filter((p) => !finished.has(p.index));
            if (open.length === 0) break;
            const p = open[(choose.next().value as number) % open.length];
            if (p === undefined) break;
            finished.add(p.index);
            p.finish();
          }
          expect(await h.run).toBe(items);
          expect(h.emitted).toEqual(Array.from({ length: items }, (_, i) => i));
          expect(h.maxInFlight()).toBeLessThanOrEqual(window);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('starts nothing while an emit waits (a full stdout)', async () => {
    let release: () => void = () => undefined;
    let starts = 0;
    const run = runOrdered([1, 2, 3, 4, 5, 6], 2, {
      start: (x) => {
        starts++;
        return Promise.resolve(x);
      },
      emit: (x) => (x === 1 ? new Promise<void>((r) => (release = r)) : undefined),
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(starts).toBe(2);
    release();
    expect(await run).toBe(6);
    expect(starts).toBe(6);
  });

  it('hands on the items read before an input error, then throws it', async () => {
    async function* failing() {
      yield 1;
      yield 2;
      await Promise.resolve();
      throw Object.assign(new Error('read failed'), { code: 'EIO' });
    }
    const emitted: number[] = [];
    await expect(
      runOrdered(failing(), 4, { start: (x) => Promise.resolve(x * 10), emit: (r) => void emitted.push(r) }),
    ).rejects.toMatchObject({ code: 'EIO' });
    expect(emitted).toEqual([10, 20]);
  });

  it('stops at a failing emit and throws its error', async () => {
    let starts = 0;
    const run = runOrdered(
      Array.from({ length: 50 }, (_, i) => i),
      3,
      {
        start: (x) => {
          starts++;
          return Promise.resolve(x);
        },
        emit: (x) => {
          if (x === 4) throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'EPIPE' });
    expect(starts).toBeLessThan(50);
  });

  it('refuses a window below 1', async () => {
    await expect(runOrdered([1], 0, { start: (x) => Promise.resolve(x), emit: () => undefined })).rejects.toThrow(
      RangeError,
    );
  });
});
