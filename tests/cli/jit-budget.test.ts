import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  INLINING_BUDGET_FLAGS,
  setWorkerJitFlags,
  TIER_UP_FLAGS,
  TIER_UP_MIN_MESSAGES,
  workerJitFlags,
  type JitRun,
} from '../../cli/jit-budget';

function record(run: JitRun): string[] {
  const flags: string[] = [];
  const returned = setWorkerJitFlags(run, (f) => flags.push(f));
  expect(returned).toEqual(flags);
  return flags;
}

const LONG = TIER_UP_MIN_MESSAGES;

describe('setWorkerJitFlags', () => {
  it('keeps V8 defaults for a short mbox with a core spare', () => {
    expect(record({ jobs: 1, cores: 2, messages: 300 })).toEqual([]);
    expect(record({ jobs: 3, cores: 8, messages: 3 * LONG - 1 })).toEqual([]);
  });

  it('asks for sooner tier-up once each worker can expect TIER_UP_MIN_MESSAGES messages', () => {
    expect(record({ jobs: 1, cores: 2, messages: LONG })).toEqual([...TIER_UP_FLAGS]);
    expect(record({ jobs: 3, cores: 8, messages: 3 * LONG })).toEqual([...TIER_UP_FLAGS]);
  });

  it('never asks for it when the size is unknown (standard input)', () => {
    expect(record({ jobs: 1, cores: 2, messages: null })).toEqual([]);
    expect(record({ jobs: 2, cores: 2, messages: null })).toEqual([...INLINING_BUDGET_FLAGS]);
  });

  it('lowers the inlining budget whenever every core runs a worker', () => {
    expect(record({ jobs: 2, cores: 2, messages: 10 })).toEqual([...INLINING_BUDGET_FLAGS]);
    expect(record({ jobs: 16, cores: 8, messages: 16 * LONG })).toEqual([...TIER_UP_FLAGS, ...INLINING_BUDGET_FLAGS]);
    expect(record({ jobs: 2, cores: 2, messages: 2 * LONG - 1 })).toEqual([...INLINING_BUDGET_FLAGS]);
  });

  it('takes an unknown core count (0) as one core', () => {
    expect(workerJitFlags({ jobs: 1, cores: 0, messages: 0 })).toEqual([...INLINING_BUDGET_FLAGS]);
  });

  it("names flags this Node's V8 knows, each below V8's default", () => {
    // v8.setFlagsFromString ignores a name it does not know: a renamed flag would silently do nothing.
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of [...TIER_UP_FLAGS, ...INLINING_BUDGET_FLAGS]) {
      const [name, value] = flag.split('=');
      const def = new RegExp(`default: ${String(name)}=(\\d+)`).exec(options);
      expect(def, `${String(name)} in node --v8-options`).not.toBeNull();
      expect(Number(value)).toBeLessThan(Number(def?.[1]));
    }
  });
});
