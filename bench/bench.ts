import '../lib/psl/bundled-rules';
import '../lib/impersonation/bundled-unicode-tables';
/**
 * `npm run bench` (or `npm run bench -- --only product,dkim`): the product path first. analyze() against
 * mailparser and postal-mime on the same bytes; DKIM from bytes to a report against a SHA-256 of the message; the
 * whole live report over slow DNS; the CLI over an mbox against a mailparser script. Then the goals as measured
 * in this run, then the secondary tables (hostile inputs, SPF, the DNS fault matrix in real time, Received and its date part). The machine's load is printed at the
 * start and the end: compare ratios within a run, not times across runs.
 * Built by scripts/build-bench.mjs into .bench/bench.mjs. Exits non-zero only when the bench itself crashes.
 */
import os from 'node:os';
import { benchAdversarial } from './adversarial-bench';
import { benchCli } from './cli-bench';
import { benchDkim } from './dkim-bench';
import { benchFaultMatrix } from './fault-matrix-bench';
import { Goals } from './goals';
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
}

function parseArgs(argv: readonly string[]): Args {
  let only: Set<Section> = new Set(SECTIONS);
  let messages = 5000;
  // Five: on a shared VM a whole process can run 30% slower from one minute to the next; the median of five
  // interleaved rounds is steadier than of three (about 18 s more for the three commands at 5,000 messages).
  let cliRounds = 5;
  for (let i = 0; i < argv.length; i++) {
    const [a, v] = [argv[i], argv[i + 1] ?? ''];
    if (a === '--only') {
      only = new Set(SECTIONS.filter((s) => v.split(',').includes(s)));
      i++;
    } else if (a === '--messages') {
      messages = Number(v);
      i++;
    } else if (a === '--cli-rounds') {
      cliRounds = Number(v);
      i++;
    } else throw new Error(`unknown argument ${String(a)} (use --only ${SECTIONS.join(',')}, --messages N, --cli-rounds N)`);
  }
  return { only, messages, cliRounds };
}

function load(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const gc = collectGarbage() ? 'gc exposed' : 'gc not exposed (timings include collections)';
  console.log(`headerscope bench: node ${process.version}, ${os.platform()}/${os.arch()}, ${String(os.availableParallelism())} cores, ${cpu}; ${gc}`);
  console.log(`machine load at start (1 / 5 / 15 min averages): ${load()} on ${String(os.availableParallelism())} cores; sections: ${[...args.only].join(', ')}`);
  const goals = new Goals();
  const run = async (s: Section, f: () => Promise<unknown>) => {
    if (args.only.has(s)) await f();
  };
  await run('product', () => benchProduct(goals));
  await run('dkim', () => benchDkim(goals));
  await run('live', benchLive);
  await run('cli', () => benchCli(goals, { messages: args.messages, rounds: args.cliRounds }));
  goals.print((s) => process.stdout.write(s));
  console.log(`machine load after the headline sections: ${load()}`);

  await run('adversarial', benchAdversarial);
  await run('spf', async () => {
    const spf = await benchSpf();
    console.log(`SPF include depth 3 at ${String(SPF_LATENCY_MS)} ms/query: ours ${spf.ours.toFixed(0)} ms (budget (3+2)*${String(SPF_LATENCY_MS)}+30 = ${String(SPF_BUDGET_MS)} ms), mailauth ${spf.mailauth.toFixed(0)} ms`);
  });
  await run('faults', benchFaultMatrix);
  await run('received', async () => {
    await benchReceived();
    await benchReceivedDate();
  });
  await run('hostile', benchHostileGrowth);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`\nbench total: ${seconds.toFixed(1)} s; machine load at the end: ${load()}`);
}

try {
  await main();
} catch (err: unknown) {
  console.error('bench crashed:', err);
  process.exitCode = 1;
}
