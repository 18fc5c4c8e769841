/**
 * The CLI at scale, as a user runs it: `headerscope --json --offline FILE.mbox > out` against the ten-line
 * mailparser script (bench/mailparser-mbox.ts) over the same mbox, each a whole process, interleaved (A B, B A ...),
 * output to /dev/null. Wall time from the bench's clock; peak RSS from /usr/bin/time when it is installed.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultJobs } from '../cli/args';
import type { Goals } from './goals';
import { writeMbox } from './mbox-input';
import { fmtBytes, median, minimum, table } from './stats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'cli', 'bin.mjs');
const SCRIPT = path.join(ROOT, '.bench', 'mailparser-mbox.mjs');
const TIME = '/usr/bin/time';

interface Run {
  ms: number;
  /** Peak resident set, KiB (null without /usr/bin/time). */
  rssKiB: number | null;
  /** User + system CPU seconds of the process and its threads (null without /usr/bin/time). */
  cpuS: number | null;
  stderr: string;
  code: number | null;
}

/** Run a command with stdout to /dev/null; wall time around the whole process. */
function runOnce(args: readonly string[], tag: string): Promise<Run> {
  const timeFile = path.join(os.tmpdir(), `headerscope-bench-${String(process.pid)}-${tag}.time`);
  const useTime = existsSync(TIME);
  const [cmd, ...rest] = useTime ? [TIME, '-f', '%M %U %S', '-o', timeFile, ...args] : args;
  const devnull = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd ?? '', rest, { stdio: ['ignore', devnull, 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      closeSync(devnull);
      let rssKiB: number | null = null;
      let cpuS: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const [rss, user, sys] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
        rssKiB = rss ?? null;
        cpuS = user !== undefined && sys !== undefined ? user + sys : null;
        rmSync(timeFile, { force: true });
      }
      resolve({ ms, rssKiB, cpuS, stderr, code });
    });
  });
}

export interface CliBenchOptions {
  messages: number;
  rounds: number;
}

export async function benchCli(goals: Goals, opts: CliBenchOptions): Promise<void> {
  if (!existsSync(path.join(ROOT, 'cli', 'dist', 'headerscope.mjs')) || !existsSync(SCRIPT)) {
    console.log('\n== CLI over an mbox: skipped (the CLI or the script is not built; `npm run bench` builds both)');
    return;
  }
  const mbox = path.join(os.tmpdir(), `headerscope-bench-${String(process.pid)}.mbox`);
  try {
    const size = writeMbox(mbox, opts.messages);
    const cores = os.availableParallelism();
    const jobs = defaultJobs(cores);
    const ours = [process.execPath, CLI, '--json', '--offline', mbox];
    const script = [process.execPath, SCRIPT, mbox];
    // Not a goal row: one worker pays the JIT warm-up once (less CPU; the default pays it once per worker).
    const oneWorker = [process.execPath, CLI, '--json', '--offline', '--jobs', '1', mbox];
    console.log(
      `\n== CLI over an mbox: ${String(opts.messages)} messages, ${fmtBytes(size)} (6.5 KB messages, 1 in 50 a 100 KB newsletter, 1 in 25 a DSN)\n` +
        `ours: headerscope --json --offline FILE (worker threads: the --jobs default, ${String(jobs)} on ${String(cores)} cores); script: bench/mailparser-mbox.ts; ` +
        `whole processes, stdout to /dev/null, 1 warm-up + ${String(opts.rounds)} timed rounds each, interleaved`,
    );
    const runs: Run[][] = [[], [], []];
    for (let round = 0; round <= opts.rounds; round++) {
      const all: [number, readonly string[]][] = [
        [0, ours],
        [1, script],
        [2, oneWorker],
      ];
      const order = round % 2 === 0 ? all : all.slice().reverse();
      for (const [k, args] of order) {
        const r = await runOnce(args, String(k));
        if (r.code !== 0)
          throw new Error(`CLI bench: ${args.join(' ')} exited ${String(r.code)}: ${r.stderr.slice(0, 500)}`);
        if (round > 0) runs[k]?.push(r);
      }
    }
    const rate = (rs: readonly Run[]) => rs.map((r) => (opts.messages * 1000) / r.ms);
    const rows: string[][] = [
      ['command', 'median s', 'min s', 'messages/s (median)', 'CPU s (median)', 'peak RSS (max)'],
    ];
    const names = ['ours: headerscope --json --offline', 'mailparser script', 'ours with --jobs 1 (not the goal row)'];
    runs.forEach((rs, k) => {
      const rss = rs.map((r) => r.rssKiB ?? Number.NaN);
      rows.push([
        names[k] ?? '?',
        (median(rs.map((r) => r.ms)) / 1000).toFixed(2),
        (minimum(rs.map((r) => r.ms)) / 1000).toFixed(2),
        median(rate(rs)).toFixed(0),
        rs.some((r) => r.cpuS === null) ? 'n/a' : median(rs.map((r) => r.cpuS ?? 0)).toFixed(2),
        rss.some(Number.isNaN) ? 'n/a' : `${(Math.max(...rss) / 1024).toFixed(0)} MiB`,
      ]);
    });
    console.log(table(rows));
    const last = runs[0]?.at(-1)?.stderr.trim().split('\n').pop() ?? '';
    console.log(`ours said: ${last}; the script said: ${runs[1]?.at(-1)?.stderr.trim() ?? ''}`);
    const [a, b] = [rate(runs[0] ?? []), rate(runs[1] ?? [])];
    const speed = median(a) / median(b);
    const best = Math.max(...a) / Math.max(...b);
    const single = median(rate(runs[2] ?? [])) / median(b);
    console.log(
      `CLI / script = ${speed.toFixed(2)}x messages/s (medians; best runs ${best.toFixed(2)}x); with --jobs 1: ${single.toFixed(2)}x`,
    );
    goals.record('cli-mbox', speed, best);
  } finally {
    rmSync(mbox, { force: true });
  }
}
