import '../lib/psl/bundled-rules';
/**
 * `npm run bench`: our header parsing (and the full offline analyze()) against mailparser's simpleParser() and postal-mime's PostalMime.parse(),
 * side by side on the same bytes, then analyze() alone on hostile inputs at two sizes (linear-time evidence),
 * then DKIM on a 25 MB message (vs SHA-256 and mailauth), SPF over slow DNS (vs mailauth) and the Received
 * parser alone at two sizes.
 * Built by scripts/build-bench.mjs into .bench/bench.mjs. Exits non-zero only when the bench itself crashes.
 */
import os from 'node:os';
import { simpleParser } from 'mailparser';
import PostalMime from 'postal-mime';
import { analyze } from '../lib/analyze';
import { decodeInputBytes, intake } from '../lib/mime/intake';
import { splitHeaderBlock } from '../lib/mime/header-block';
import { summarize } from '../lib/mime/summary';
import type { Deps } from '../lib/deps';
import { benchDkim } from './dkim-bench';
import { benchReceived } from './received-bench';
import { benchHostileGrowth } from './hostile-growth';
import { benchSpf, SPF_BUDGET_MS, SPF_LATENCY_MS } from './spf-bench';
import { ADVERSARIAL, adversarialMessage, largeMessage, typicalMessage } from './inputs';
import { collectGarbage, fmtBytes, fmtMs, median, percentile, table, timeInterleaved, timeOnce, type Contender } from './stats';

const deps: Deps = { now: () => 0 };

/** What mailparser and postal-mime do for headers: decode, find the header block, split, summarise the addresses. */
function parseHeaders(input: Uint8Array): Promise<number> {
  const taken = intake(decodeInputBytes(input));
  if (!taken.ok) return Promise.resolve(0);
  const block = splitHeaderBlock(taken.lines);
  return Promise.resolve(summarize(block.fields).findings.length + block.fields.length);
}

const CONTENDERS: readonly Contender[] = [
  { name: 'ours: header parsing', short: 'ours', run: parseHeaders },
  { name: 'ours: analyze() (everything, offline)', short: 'analyze', run: (input) => analyze(input, deps) },
  { name: 'mailparser: simpleParser()', short: 'mailparser', run: (input) => simpleParser(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) },
  { name: 'postal-mime: PostalMime.parse()', short: 'postal-mime', run: (input) => PostalMime.parse(input) },
];

interface CaseResult {
  medians: number[];
}

/** What each contender made of the input, so the reader can see all three parsed the same message. */
async function describeParse(input: Uint8Array): Promise<{ headerBytes: number; text: string }> {
  const ours = await analyze(input, deps);
  const mp = await simpleParser(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  const pm = await PostalMime.parse(input);
  const text =
    `parsed: ours ${ours.input.headerCount} header fields (status ${ours.input.status}); ` +
    `mailparser ${mp.headerLines.length} header lines, ${mp.attachments.length} attachment(s); ` +
    `postal-mime ${pm.headers.length} headers, ${pm.attachments.length} attachment(s)`;
  return { headerBytes: ours.input.headerBytes, text };
}

async function benchCase(title: string, input: Uint8Array, warmup: number, iterations: number, gcBetween: boolean): Promise<CaseResult> {
  console.log(`\n== ${title}`);
  const parsed = await describeParse(input);
  console.log(
    `input: ${fmtBytes(input.byteLength)} (${input.byteLength} bytes), header block ${fmtBytes(parsed.headerBytes)} (${parsed.headerBytes} bytes); ` +
      `${warmup} warm-up + ${iterations} timed rounds, contenders interleaved${gcBetween ? ', full GC before each sample' : ''}`,
  );
  console.log(parsed.text);
  const samples = await timeInterleaved(CONTENDERS, input, warmup, iterations, gcBetween);
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
  const warmup = 3;
  const iterations = 15;
  console.log(
    `\n== adversarial inputs: analyze() alone at 1x and 2x size, ${warmup} warm-up + ${iterations} timed runs each (1x/2x interleaved, full GC before each)\n` +
      'growth = time(2x) / time(1x): ~2 is linear, ~4 quadratic; status = report input.status:headerCount',
  );
  const rows: string[][] = [['input', 'size 1x', 'size 2x', 'median 1x ms', 'median 2x ms', 'growth (median)', 'growth (min)', 'status 1x / 2x']];
  for (const a of ADVERSARIAL) {
    const one = Buffer.from(adversarialMessage(a, 1), 'latin1');
    const two = Buffer.from(adversarialMessage(a, 2), 'latin1');
    const [r1, r2] = [await analyze(one, deps), await analyze(two, deps)];
    // Alternate the two sizes (order flipped every round) so drift hits both alike.
    const t1: number[] = [];
    const t2: number[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
      for (const [input, out] of i % 2 === 0 ? ([[one, t1], [two, t2]] as const) : ([[two, t2], [one, t1]] as const)) {
        collectGarbage();
        const ms = await timeOnce(() => analyze(input, deps));
        if (i >= warmup) out.push(ms);
      }
    }
    const [m1, m2] = [median(t1), median(t2)];
    rows.push([
      a.name,
      fmtBytes(one.byteLength),
      fmtBytes(two.byteLength),
      fmtMs(m1),
      fmtMs(m2),
      `${(m2 / m1).toFixed(2)}x`,
      `${(Math.min(...t2) / Math.min(...t1)).toFixed(2)}x`,
      `${r1.input.status}:${r1.input.headerCount} / ${r2.input.status}:${r2.input.headerCount}`,
    ]);
  }
  console.log(table(rows));
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const gc = collectGarbage() ? 'gc exposed' : 'gc not exposed (timings include collections)';
  console.log(`headerscope bench: node ${process.version}, ${os.platform()}/${os.arch()}, ${os.availableParallelism()} cores, ${cpu}; ${gc}`);

  const small = Buffer.from(typicalMessage(), 'latin1');
  const large = Buffer.from(largeMessage(), 'latin1');

  const a = await benchCase('(a) typical message, ~6 KB header block (Microsoft 365 -> Gmail, 8 Received hops, DKIM, ARC set)', small, 30, 300, false);
  await benchCase('(b) ~7 MB message: multipart/mixed, text part + 5 MiB base64 attachment (LCG bytes, 76-char lines)', large, 3, 15, true);
  await benchAdversarial();
  const dkim = await benchDkim();
  const spf = await benchSpf();
  await benchReceived();
  await benchHostileGrowth();

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`\nbench total: ${seconds.toFixed(1)} s`);
  const ours = a.medians[0] ?? Number.NaN;
  const full = a.medians[1] ?? Number.NaN;
  const mailparser = a.medians[2] ?? Number.NaN;
  const ratio = mailparser / ours;
  const verdict = ratio >= 1 ? `ours is ${ratio.toFixed(1)}x faster than` : `ours is ${(1 / ratio).toFixed(1)}x slower than`;
  console.log(`bench: header block 6KB: header parsing: ${verdict} mailparser simpleParser (median); full offline analyze() ${fmtMs(full)} ms`);
  console.log(
    `bench: DKIM 25 MB: verifyDkim/sha256 = ${(dkim.verify / dkim.sha256).toFixed(2)}x (target <= 1.5x); ` +
      `end to end from bytes (decoding the whole message for the other analyses too) ${(dkim.ours / dkim.sha256).toFixed(2)}x; mailauth/ours = ${(dkim.mailauth / dkim.ours).toFixed(1)}x`,
  );
  console.log(
    `bench: SPF include depth 3 at ${SPF_LATENCY_MS} ms/query: ours ${spf.ours.toFixed(0)} ms (budget (3+2)*${SPF_LATENCY_MS}+30 = ${SPF_BUDGET_MS} ms), mailauth ${spf.mailauth.toFixed(0)} ms`,
  );
}

try {
  await main();
} catch (err: unknown) {
  console.error('bench crashed:', err);
  process.exitCode = 1;
}
