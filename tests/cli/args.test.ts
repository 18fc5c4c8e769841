import { describe, expect, it } from 'vitest';
import { defaultJobs, parseArgs } from '../../cli/args';

describe('--jobs default', () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 3],
    [16, 15],
    [1024, 256],
  ])('on %i cores: %i worker threads', (cores, jobs) => {
    expect(defaultJobs(cores)).toBe(jobs);
  });

  it('is what parseArgs gives without --jobs, and --jobs still wins', () => {
    const plain = parseArgs(['box.mbox'], 8);
    const chosen = parseArgs(['--jobs', '8', 'box.mbox'], 8);
    expect(typeof plain === 'object' ? plain.jobs : plain).toBe(7);
    expect(typeof chosen === 'object' ? chosen.jobs : chosen).toBe(8);
  });
});
