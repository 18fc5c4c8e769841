import { describe, expect, it } from 'vitest';
import { mboxSummary, Progress } from '../../cli/progress';

describe('mbox progress on a terminal', () => {
  it('redraws at most every 200 ms, always shows the last message, and erases itself', () => {
    const out: string[] = [];
    let t = 0;
    const p = new Progress(5, (s) => out.push(s), () => t);
    p.update(1); // t=0: first draw
    t = 100;
    p.update(2); // too soon
    t = 250;
    p.update(3);
    t = 260;
    p.update(5); // the last one is always drawn
    p.end();
    expect(out).toEqual(['\rheaderscope: 1/5 messages', '\rheaderscope: 3/5 messages', '\rheaderscope: 5/5 messages', '\r\u001b[K']);
  });

  it('erases nothing when nothing was drawn', () => {
    const out: string[] = [];
    new Progress(3, (s) => out.push(s), () => 0).end();
    expect(out).toEqual([]);
  });

  it.each([
    [296, 296, 'headerscope: box.mbox: 296 messages, 296 analysed'],
    [3, 2, 'headerscope: box.mbox: 3 messages, 2 analysed, 1 unreadable (listed above)'],
  ])('summary for %i messages, %i analysed', (total, analysed, want) => {
    expect(mboxSummary('box.mbox', total, analysed)).toBe(want);
  });
});
