import '../lib/psl/bundled-rules';
import '../lib/impersonation/bundled-unicode-tables';
import '../lib/bounce/phrases/bundled-phrases';
/**
 * `npm run bench` (or `npm run bench -- --only product,dkim`): the product path first. analyze() against
 * mailparser and postal-mime on the same bytes; DKIM from bytes to a report against a SHA-256 of the message; the
 * whole live report over slow DNS; the CLI over an mbox against a mailparser script. Then the goals as measured
 * in this run, then the secondary tables (hostile inputs, SPF, the DNS fault matrix in real time, Received and its date part). The machine's load is printed at the
 * start and the end: compare ratios within a run, not times across runs.
 * Each section runs in a process of its own (this file again, with --section): what one section compiled, allocated
 * or left to the collector does not weigh on the next one's timings (the issue's own measure ran its contenders in
 * separate processes too); the contenders of a section share its process and are interleaved.
 * Built by scripts/build-bench.mjs into .bench/bench.mjs. Exits non-zero only when the bench itself crashes.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchAdversarial } from './adversarial-bench';
import { benchCli } from './cli-bench';
import { benchDkim } from './dkim-bench';
import { benchFaultMatrix } from './fault-matrix-bench';
import { Goals, type GoalId, type Measured } from './goals';
import { benchHostileGrowth } from './hostile-growth';
import { benchLive } from './live-bench';
import { benchProduct } from './product-bench';
import { benchReceived } from './received-bench';
import { benchReceivedDate } from './received-date-bench';
import { benchSpf, SPF_BUDGET_MS, SPF_LATENCY_MS } from './spf-bench';
import { collectGarbage } from './stats';

const SECTIONS = ['product', 'dkim', 'live', 'cli', 'adversarial', 'spf', 'faults', 'received', 'hostile'] as const;
type Section = (typeof SECTIONS)[number];

interface Args {
  only: ReadonlySet<Section>;
  messages: number;
  cliRounds: number;
  /** Run this one section here and send its goals to the parent (set by the parent run, not by hand). */
  section: Section | null;
}

function parseArgs(argv: readonly string[]): Args {
  let only: Set<Section> = new Set(SECTIONS);
  // The issue's own measure of the CLI ("the CLI over an mbox of 10,000 messages: 747 msg/s ... 1,539 msg/s"); at
  // 5,000 (the default of sessions 7 to 10) each worker's JIT warm-up is a larger share and the ratio sits near 1.
  let messages = 10_000;
  // Five: on a shared VM a whole process can run 30% slower from one minute to the next; the median of five
  // interleaved rounds is steadier than of three (about 18 s more for the three commands at 5,000 messages).
  let cliRounds = 5;
  let section: Section | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [a, v] = [argv[i], argv[i + 1] ?? ''];
    if (a === '--only') {
      const asked = v.split(',');
      const unknown = asked.filter((s) => !SECTIONS.some((x) => x === s));
      if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(',')} (sections: ${SECTIONS.join(',')})`);
      only = new Set(SECTIONS.filter((s) => asked.includes(s)));
      i++;
    } else if (a === '--messages') {
      messages = Number(v);
      i++;
    } else if (a === '--cli-rounds') {
      cliRounds = Number(v);
      i++;
    } else if (a === '--section') {
      section = SECTIONS.find((x) => x === v) ?? null;
      if (section === null) throw new Error(`unknown section ${v}`);
      i++;
    } else throw new Error(`unknown argument ${String(a)} (use --only ${SECTIONS.join(',')}, --messages N, --cli-rounds N)`);
  }
  return { only, messages, cliRounds, section };
}

function load(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/** One section in this process; its goals are recorded in `goals`. */
async function runSection(s: Section, args: Args, goals: Goals): Promise<void> {
  switch (s) {
    case 'product':
      return benchProduct(goals);
    case 'dkim':
      return benchDkim(goals);
    case 'live':
      return benchLive();
    case 'cli':
      return benchCli(goals, { messages: args.messages, rounds: args.cliRounds });
    case 'adversarial':
      return benchAdversarial();
    case 'spf': {
      const spf = await benchSpf();
      console.log(`SPF include depth 3 at ${String(SPF_LATENCY_MS)} ms/query: ours ${spf.ours.toFixed(0)} ms (budget (3+2)*${String(SPF_LATENCY_MS)}+30 = ${String(SPF_BUDGET_MS)} ms), mailauth ${spf.mailauth.toFixed(0)} ms`);
      return;
    }
    case 'faults':
      return benchFaultMatrix();
    case 'received':
      await benchReceived();
      await benchReceivedDate();
      return;
    case 'hostile':
      await benchHostileGrowth();
      return;
  }
}

type GoalMessage = { goals: [GoalId, Measured][] };

/** The section in a fresh process of this script; resolves with the goals it measured. */
function forkSection(s: Section, args: Args): Promise<[GoalId, Measured][]> {
  const script = fileURLToPath(import.meta.url);
  const argv = ['--section', s, '--messages', String(args.messages), '--cli-rounds', String(args.cliRounds)];
  return new Promise((resolve, reject) => {
    let goals: [GoalId, Measured][] = [];
    // 'advanced': the structured clone keeps a NaN ratio (a contender that did not run) as NaN.
    const child = fork(script, argv, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    child.on('message', (m: GoalMessage) => {
      goals = m.goals;
    });
    child.on('error', reject);
    // 'close', not 'exit': it comes after the IPC channel and stdio are closed, so the goals message has arrived.
    child.on('close', (code, signal) => {
      if (code === 0) resolve(goals);
      else reject(new Error(`section ${s} ended with ${signal ?? `exit code ${String(code)}`}`));
    });
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.section !== null) {
    const goals = new Goals();
    await runSection(args.section, args, goals);
    process.send?.({ goals: goals.entries() } satisfies GoalMessage);
    return;
  }
  const started = process.hrtime.bigint();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const gc = collectGarbage() ? 'gc exposed' : 'gc not exposed (timings include collections)';
  console.log(`headerscope bench: node ${process.version}, ${os.platform()}/${os.arch()}, ${String(os.availableParallelism())} cores, ${cpu}; ${gc}`);
  console.log(`machine load at start (1 / 5 / 15 min averages): ${load()} on ${String(os.availableParallelism())} cores; sections: ${[...args.only].join(', ')}, each in a process of its own`);
  const goals = new Goals();
  const run = async (s: Section) => {
    if (args.only.has(s)) goals.merge(await forkSection(s, args));
  };
  for (const s of ['product', 'dkim', 'live', 'cli'] as const) await run(s);
  goals.print((s) => process.stdout.write(s));
  console.log(`machine load after the headline sections: ${load()}`);
  for (const s of ['adversarial', 'spf', 'faults', 'received', 'hostile'] as const) await run(s);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`\nbench total: ${seconds.toFixed(1)} s; machine load at the end: ${load()}`);
}

try {
  await main();
} catch (err: unknown) {
  console.error('bench crashed:', err);
  process.exitCode = 1;
}
