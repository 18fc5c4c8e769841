/**
 * The CLI sets V8's JIT flags for an mbox before its first worker starts (cli/jit-budget.ts: changed later, they
 * crashed V8), and the right ones for the run: the lower inlining budget when the workers leave no core spare, the
 * sooner tier-up only for a long mbox. A preload records the calls and the worker starts in order.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INLINING_BUDGET_FLAGS, TIER_UP_FLAGS, TIER_UP_MIN_MESSAGES } from '../../cli/jit-budget';

const BIN = 'cli/bin.mjs';
const PRELOAD = pathToFileURL(resolve('tests/helpers/record-jit-flags.mjs')).href;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

function mbox(count: number): string {
  const text = Array.from(
    { length: count },
    (_, i) => `From a@x Mon Jan  1 00:00:00 2024\nSubject: m${String(i)}\nFrom: a@example.com\n\nbody\n`,
  ).join('');
  const file = join(mkdtempSync(join(tmpdir(), 'hs-jit-')), 'm.mbox');
  writeFileSync(file, text);
  return file;
}

/** The flags set before the first worker started, and whether any was set after. */
function flagsBeforeWorkers(jobs: number, file: string): { before: string[]; after: string[]; status: number | null } {
  const r = spawnSync(
    process.execPath,
    ['--import', PRELOAD, BIN, '--json', '--offline', '--jobs', String(jobs), file],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lines = r.stderr.split('\n');
  const first = lines.indexOf('worker-start');
  const flags = (part: string[]) => part.filter((l) => l.startsWith('jit-flag ')).map((l) => l.slice(9));
  return { before: flags(lines.slice(0, first)), after: flags(lines.slice(first)), status: first < 0 ? -1 : r.status };
}

describe('headerscope CLI, V8 flags of an mbox run', () => {
  it('lowers the inlining budget before the workers when they leave no core spare, no tier-up for 3 messages', () => {
    // 256 workers (the --jobs maximum) leave no core spare on any machine.
    expect(flagsBeforeWorkers(256, mbox(3))).toEqual({ before: [...INLINING_BUDGET_FLAGS], after: [], status: 0 });
  });

  it(
    'asks for the sooner tier-up before the worker starts when one worker can expect a long run',
    { timeout: 60_000 },
    () => {
      const r = flagsBeforeWorkers(1, mbox(TIER_UP_MIN_MESSAGES));
      expect(r.status).toBe(0);
      expect(r.after).toEqual([]);
      expect(r.before.slice(0, TIER_UP_FLAGS.length)).toEqual([...TIER_UP_FLAGS]);
    },
  );
});
