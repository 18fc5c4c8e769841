import { describe, expect, it } from 'vitest';
import { mboxSummary, Progress } from '../../cli/progress';

describe('mbox progress on a terminal', () => {
  it('stays quiet for the first 500 ms, redraws at most every 200 ms, and erases itself', () => {
    const out: string[] = [];
    let t = 1000;
    const p = new Progress(
      2000,
      (s) => out.push(s),
      () => t,
    );
    p.update(1, 100); // t=+0: a short file shows nothing
    t = 1400;
    p.update(2, 200);
    t = 1500;
    p.update(3, 300); // first draw
    t = 1600;
    p.update(4, 400); // too soon
    t = 1700;
    p.update(5, 2000);
    p.end();
    expect(out).toEqual(['\rheaderscope: 3 messages (15%)', '\rheaderscope: 5 messages (100%)', '\r\u001b[K']);
  });

  it('shows the count alone when the size is unknown (standard input)', () => {
    const out: string[] = [];
    let t = 0;
    const p = new Progress(
      null,
      (s) => out.push(s),
      () => t,
    );
    t = 600;
    p.update(7, 12345);
    expect(out).toEqual(['\rheaderscope: 7 messages']);
  });

  it('erases nothing when nothing was drawn', () => {
    const out: string[] = [];
    new Progress(
      3,
      (s) => out.push(s),
      () => 0,
    ).end();
    expect(out).toEqual([]);
  });

  it.each([
    [296, 296, 0, 'headerscope: box.mbox: 296 messages, 296 analysed'],
    [3, 2, 0, 'headerscope: box.mbox: 3 messages, 2 analysed, 1 unreadable (listed above)'],
    [
      5,
      2,
      1,
      'headerscope: box.mbox: 5 messages, 2 analysed, 2 unreadable (listed above), 1 failed (internal error, listed above)',
    ],
  ])('summary for %i messages, %i analysed, %i failed', (total, analysed, failed, want) => {
    expect(mboxSummary('box.mbox', total, analysed, failed)).toBe(want);
  });
});
