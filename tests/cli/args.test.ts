import { describe, expect, it } from 'vitest';
import { defaultJobs, parseArgs } from '../../cli/args';

describe('--jobs default', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [16, 16],
    [1024, 256],
  ])('on %i cores: %i worker threads', (cores, jobs) => {
    expect(defaultJobs(cores)).toBe(jobs);
  });

  it('is what parseArgs gives without --jobs, and --jobs still wins', () => {
    const plain = parseArgs(['box.mbox'], 8);
    const chosen = parseArgs(['--jobs', '3', 'box.mbox'], 8);
    expect(typeof plain === 'object' ? plain.jobs : plain).toBe(8);
    expect(typeof chosen === 'object' ? chosen.jobs : chosen).toBe(3);
  });
});
