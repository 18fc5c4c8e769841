import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INLINING_BUDGET_FLAGS, setWorkerJitFlags, TIER_UP_FLAGS, workerJitFlags } from '../../cli/jit-budget';

function record(jobs: number, cores: number): string[] {
  const flags: string[] = [];
  const returned = setWorkerJitFlags(jobs, cores, (f) => flags.push(f));
  expect(returned).toEqual(flags);
  return flags;
}

describe('setWorkerJitFlags', () => {
  it('asks for sooner tier-up and keeps the inlining defaults while a core is spare', () => {
    expect(record(1, 2)).toEqual([...TIER_UP_FLAGS]);
    expect(record(3, 8)).toEqual([...TIER_UP_FLAGS]);
  });

  it('also lowers the inlining budget when every core runs a worker', () => {
    const both = [...TIER_UP_FLAGS, ...INLINING_BUDGET_FLAGS];
    expect(record(2, 2)).toEqual(both);
    expect(record(16, 8)).toEqual(both);
    expect(record(1, 1)).toEqual(both);
  });

  it('takes an unknown core count (0) as one core', () => {
    expect(workerJitFlags(1, 0)).toEqual([...TIER_UP_FLAGS, ...INLINING_BUDGET_FLAGS]);
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
