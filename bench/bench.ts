/**
 * `npm run bench`: our analyze() against mailparser's simpleParser() and postal-mime's PostalMime.parse(),
 * side by side on the same bytes, then analyze() alone on hostile inputs at two sizes (linear-time evidence).
 * Built by scripts/build-bench.mjs into .bench/bench.mjs. Exits non-zero only when the bench itself crashes.
 */
import os from 'node:os';
import { simpleParser } from 'mailparser';
import PostalMime from 'postal-mime';
import { analyze } from '../lib/analyze';
import type { Deps } from '../lib/deps';
import { ADVERSARIAL, adversarialMessage, largeMessage, typicalHeaderBlock, typicalMessage } from './inputs';
import { fmtBytes, fmtMs, median, percentile, table, timeInterleaved, timeOnce, type Contender } from './stats';

const deps: Deps = { now: () => 0 };

const CONTENDERS: readonly Contender[] = [
  { name: 'ours: analyze()', short: 'ours', run: (input) => analyze(input, deps) },
  { name: 'mailparser: simpleParser()', short: 'mailparser', run: (input) => simpleParser(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) },
  { name: 'postal-mime: PostalMime.parse()', short: 'postal-mime', run: (input) => PostalMime.parse(input) },
];

interface CaseResult {
  medians: number[];
}

/** What each contender made of the input, so the reader can see all three parsed the same message. */
async function describeParse(input: Uint8Array): Promise<string> {
  const ours = await analyze(input, deps);
  const mp = await simpleParser(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  const pm = await PostalMime.parse(input);
  return (
    `parsed: ours ${ours.input.headerCount} header fields (status ${ours.input.status}); ` +
    `mailparser ${mp.headerLines.length} header lines, ${mp.attachments.length} attachment(s); ` +
    `postal-mime ${pm.headers.length} headers, ${pm.attachments.length} attachment(s)`
  );
}

async function benchCase(title: string, input: Uint8Array, headerBytes: number, warmup: number, iterations: number): Promise<CaseResult> {
  console.log(`\n== ${title}`);
  console.log(`input: ${fmtBytes(input.byteLength)} (${input.byteLength} bytes), header block ${fmtBytes(headerBytes)}; ${warmup} warm-up + ${iterations} timed rounds, contenders interleaved`);
  console.log(await describeParse(input));
  const samples = await timeInterleaved(CONTENDERS, input, warmup, iterations);
  const medians = samples.map((s) => median(s));
  const base = medians[0] ?? Number.NaN;
  const rows: string[][] = [['contender', 'median ms', 'p90 ms', 'vs ours']];
  CONTENDERS.forEach((c, i) => {
    const s = samples[i] ?? [];
    const m = medians[i] ?? Number.NaN;
    rows.push([c.name, fmtMs(m), fmtMs(percentile(s, 90)), i === 0 ? 'baseline' : `${c.short}/ours = ${(m / base).toFixed(1)}x`]);
  });
  console.log(table(rows));
  return { medians };
}

async function benchAdversarial(): Promise<void> {
  const warmup = 2;
  const iterations = 7;
  console.log(`\n== adversarial inputs: analyze() alone, ${warmup} warm-up + ${iterations} timed runs each; growth = median(2x) / median(1x), ~2 is linear, ~4 quadratic`);
  const rows: string[][] = [['input', 'size 1x', 'median 1x ms', 'size 2x', 'median 2x ms', 'growth', 'status 1x/2x']];
  for (const a of ADVERSARIAL) {
    const cells: { size: number; ms: number; status: string }[] = [];
    for (const scale of [1, 2] as const) {
      const input = Buffer.from(adversarialMessage(a, scale), 'latin1');
      const report = await analyze(input, deps);
      const times: number[] = [];
      for (let i = 0; i < warmup + iterations; i++) {
        const ms = await timeOnce(() => analyze(input, deps));
        if (i >= warmup) times.push(ms);
      }
      cells.push({ size: input.byteLength, ms: median(times), status: `${report.input.status}:${report.input.headerCount}` });
    }
    const [one, two] = cells;
    if (one === undefined || two === undefined) continue;
    rows.push([a.name, fmtBytes(one.size), fmtMs(one.ms), fmtBytes(two.size), fmtMs(two.ms), `${(two.ms / one.ms).toFixed(2)}x`, `${one.status} / ${two.status}`]);
  }
  console.log(table(rows));
  console.log('(status column: input.status:headerCount of the report)');
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`headerscope bench: node ${process.version}, ${os.platform()}/${os.arch()}, ${os.availableParallelism()} cores, ${cpu}`);

  const headerBytes = Buffer.byteLength(typicalHeaderBlock(), 'latin1');
  const small = Buffer.from(typicalMessage(), 'latin1');
  const large = Buffer.from(largeMessage(), 'latin1');

  const a = await benchCase('(a) typical message, ~6 KB header block (Microsoft 365 -> Gmail, 8 Received hops, DKIM x2, ARC set)', small, headerBytes, 30, 300);
  await benchCase('(b) ~7 MB message: multipart/mixed, text part + 5 MiB base64 attachment (LCG bytes, 76-char lines)', large, headerBytes, 3, 15);
  await benchAdversarial();

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`\nbench total: ${seconds.toFixed(1)} s`);
  const ours = a.medians[0] ?? Number.NaN;
  const mailparser = a.medians[1] ?? Number.NaN;
  const ratio = mailparser / ours;
  const verdict = ratio >= 1 ? `ours is ${ratio.toFixed(1)}x faster than` : `ours is ${(1 / ratio).toFixed(1)}x slower than`;
  console.log(`bench: header block 6KB: ${verdict} mailparser simpleParser (median)`);
}

try {
  await main();
} catch (err: unknown) {
  console.error('bench crashed:', err);
  process.exitCode = 1;
}
