import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReplyBatcher } from '../../cli/reply-batcher';

/** A batcher whose "later" callbacks run only when the test says the worker has nothing left to handle. */
function harness(share: number) {
  const posted: number[][] = [];
  const pending: (() => void)[] = [];
  const batcher = new ReplyBatcher<number>(
    share,
    (batch) => posted.push(batch),
    (run) => pending.push(run),
  );
  const idle = () => {
    for (const run of pending.splice(0)) run();
  };
  return { posted, batcher, idle };
}

describe('ReplyBatcher', () => {
  it('posts once half of the share is done, without waiting for the rest', () => {
    const { posted, batcher, idle } = harness(4);
    batcher.send(1);
    expect(posted).toEqual([]);
    batcher.send(2);
    expect(posted).toEqual([[1, 2]]);
    batcher.send(3);
    batcher.send(4);
    expect(posted).toEqual([
      [1, 2],
      [3, 4],
    ]);
    idle();
    expect(posted).toHaveLength(2);
  });

  it('posts a short batch when the worker has nothing left', () => {
    const { posted, batcher, idle } = harness(4);
    batcher.send(7);
    idle();
    expect(posted).toEqual([[7]]);
    batcher.send(8);
    batcher.send(9);
    batcher.send(10);
    idle();
    expect(posted).toEqual([[7], [8, 9], [10]]);
  });

  it('posts every reply at once when the share is one or two', () => {
    for (const share of [1, 2]) {
      const { posted, batcher } = harness(share);
      batcher.send(1);
      batcher.send(2);
      expect(posted).toEqual([[1], [2]]);
    }
  });

  it('loses no reply whatever the order of sends and idle moments: each posted once, in order, batches at most half the share (500 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.array(fc.boolean(), { maxLength: 60 }), (share, steps) => {
        const { posted, batcher, idle } = harness(share);
        let sent = 0;
        for (const isSend of steps) {
          if (isSend) batcher.send(sent++);
          else idle();
        }
        idle();
        expect(posted.flat()).toEqual(Array.from({ length: sent }, (_, n) => n));
        for (const batch of posted) expect(batch.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(share / 2)));
      }),
      { numRuns: 500 },
    );
  });

  it('a share that is not a number posts every reply at once (never strands one)', () => {
    const { posted, batcher } = harness(Number.NaN);
    batcher.send(1);
    expect(posted).toEqual([[1]]);
  });
});
