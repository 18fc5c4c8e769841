/**
 * The mbox path with a worker per core, run many times: V8's flags may change only while no optimising compile
 * runs (cli/jit-budget.ts), and a change made while the workers compiled crashed V8 in about one run in six on this
 * mbox (a signal exit, no report). Each run must exit 0 with every report.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultJobs } from '../../cli/args';

const BIN = 'cli/bin.mjs';
const entry = (subject: string, extra = '') =>
  `From a@x Mon Jan  1 00:00:00 2024\nSubject: ${subject}\nFrom: a@example.com\n${extra}\nbody\n`;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

describe('headerscope CLI, an mbox at the default --jobs, 15 runs', () => {
  it('exits 0 with every report each time', { timeout: 120_000 }, () => {
    const many = Array.from({ length: 4000 }, (_, i) => `X-Field-${String(i)}: ${'v'.repeat(30)}`).join('\n');
    const subjects = ['a \u2014 dash', 'huge', ...Array.from({ length: 12 }, (_, i) => `m${String(i)}`)];
    const mbox = join(mkdtempSync(join(tmpdir(), 'hs-jobs-')), 'mixed.mbox');
    writeFileSync(mbox, subjects.map((s) => entry(s, s === 'huge' ? many : '')).join(''));
    const jobs = String(defaultJobs(availableParallelism()));
    for (let run = 0; run < 15; run++) {
      const r = spawnSync(process.execPath, [BIN, '--json', '--offline', '--jobs', jobs, mbox], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect({ run, status: r.status, signal: r.signal, stderr: r.stderr.slice(0, 300) }).toEqual({
        run,
        status: 0,
        signal: null,
        stderr: `headerscope: ${mbox}: 14 messages, 14 analysed\n`,
      });
      expect(r.stdout.trim().split('\n')).toHaveLength(14);
    }
  });
});
