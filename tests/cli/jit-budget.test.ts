import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { budgetInliningForBusyCores, INLINING_BUDGET_FLAGS } from '../../cli/jit-budget';

function record(jobs: number, cores: number): { applied: boolean; flags: string[] } {
  const flags: string[] = [];
  const applied = budgetInliningForBusyCores(jobs, cores, (f) => flags.push(f));
  return { applied, flags };
}

describe('budgetInliningForBusyCores', () => {
  it('keeps V8 defaults while a core is spare', () => {
    expect(record(1, 2)).toEqual({ applied: false, flags: [] });
    expect(record(3, 8)).toEqual({ applied: false, flags: [] });
  });

  it('lowers the inlining budget when every core runs a worker', () => {
    expect(record(2, 2)).toEqual({ applied: true, flags: [...INLINING_BUDGET_FLAGS] });
    expect(record(16, 8)).toEqual({ applied: true, flags: [...INLINING_BUDGET_FLAGS] });
    expect(record(1, 1)).toEqual({ applied: true, flags: [...INLINING_BUDGET_FLAGS] });
  });

  it('takes an unknown core count (0) as one core', () => {
    expect(record(1, 0).applied).toBe(true);
  });

  it("names flags this Node's V8 knows, each below V8's default", () => {
    // v8.setFlagsFromString ignores a name it does not know: a renamed flag would silently do nothing.
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of INLINING_BUDGET_FLAGS) {
      const [name, value] = flag.split('=');
      const def = new RegExp(`default: ${String(name)}=(\\d+)`).exec(options);
      expect(def, `${String(name)} in node --v8-options`).not.toBeNull();
      expect(Number(value)).toBeLessThan(Number(def?.[1]));
    }
  });
});
