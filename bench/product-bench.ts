/**
 * The headline: the product path. analyze() from bytes to the whole offline Report (hops, authentication, stamps,
 * impersonation, bounce detection, checklist) against mailparser's simpleParser() and postal-mime's
 * PostalMime.parse() on the same bytes, at 6.5 KB, 100 KB and 7 MB. They parse; we parse and analyse: the ratio is
 * what a user of either library waits for against what a user of headerscope waits for.
 * Our header parsing alone (intake, header block, address summary) is printed under it as a subset, never as the headline.
 */
import { simpleParser } from 'mailparser';
import PostalMime from 'postal-mime';
import { analyze } from '../lib/analyze';
import { decodeInputBytes, intake } from '../lib/mime/intake';
import { splitHeaderBlock } from '../lib/mime/header-block';
import { summarize } from '../lib/mime/summary';
import type { Deps } from '../lib/deps';
import { nodeDecodeBytes } from '../cli/node-decode';
import { nodeHash } from '../cli/node-hash';
import type { GoalId, Goals } from './goals';
import { largeMessage, typicalMessage } from './inputs';
import { newsletterMessage } from './newsletter-input';
import { fmtBytes, fmtMs, median, minimum, percentile, table, timeInterleaved, type Contender, type SteadyWarmup } from './stats';

/** As the CLI runs it: Node's Buffer decodes the bytes (cli/node-decode.ts). */
const deps: Deps = { now: () => 0, decodeBytes: nodeDecodeBytes, hash: nodeHash };

function asBuffer(input: Uint8Array): Buffer {
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

/** What mailparser and postal-mime do for headers: decode, find the header block, split, summarise the addresses. */
function parseHeaders(input: Uint8Array): number {
  const taken = intake(decodeInputBytes(input));
  if (!taken.ok) return 0;
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  return summarize(block.fields).findings.length + block.fields.length;
}

const CONTENDERS: readonly Contender[] = [
  { name: 'ours: analyze(bytes) -> whole offline Report', short: 'analyze', run: (input) => analyze(input, deps) },
  { name: 'mailparser: simpleParser()', short: 'mailparser', run: (input) => simpleParser(asBuffer(input)) },
  { name: 'postal-mime: PostalMime.parse()', short: 'postal-mime', run: (input) => PostalMime.parse(input) },
  { name: 'ours: header parsing only (a subset, not the product)', short: 'headers', run: parseHeaders },
];

/** What each contender made of the input, so the reader can see all three parsed the same message. */
async function describeParse(input: Uint8Array): Promise<string> {
  const ours = await analyze(input, deps);
  const mp = await simpleParser(asBuffer(input));
  const pm = await PostalMime.parse(input);
  return (
    `parsed: ours ${ours.input.headerCount} header fields, ${ours.hops.length} hops, ${ours.findings.length} findings (status ${ours.input.status}); ` +
    `mailparser ${mp.headerLines.length} header lines, ${mp.attachments.length} attachment(s), html ${mp.html === false ? 'no' : 'yes'}; ` +
    `postal-mime ${pm.headers.length} headers, ${pm.attachments.length} attachment(s), html ${pm.html === undefined ? 'no' : 'yes'}`
  );
}

interface Case {
  title: string;
  input: () => string;
  rounds: number;
  goal: GoalId | null;
}

/**
 * Every contender is warmed up by the same rule before any timed round: 3 s of CPU or 3,000 runs. Measured on
 * the 6.5 KB message, analyze() and simpleParser() both still got faster up to ~2,000-3,000 runs (mailparser from
 * 2.7 ms per run after 100 runs to 0.35-0.45 ms); 3 warm-up rounds left both far from the speed a long-running
 * process (the CLI over an mbox, a mail server) settles at.
 */
const WARMUP: SteadyWarmup = { cpuMs: 3000, maxRuns: 3000 };

const CASES: readonly Case[] = [
  {
    title: '6.5 KB: typical message (Microsoft 365 -> Gmail, 8 Received hops, DKIM, ARC set, short text body)',
    input: typicalMessage,
    rounds: 25,
    goal: 'analyze-6k',
  },
  {
    title: '100 KB: newsletter (same header block; text + HTML, quoted-printable, 100 tracked links)',
    input: newsletterMessage,
    rounds: 21,
    goal: 'analyze-100k',
  },
  {
    title: '7 MB: multipart/mixed, text part + 5 MiB base64 attachment (LCG bytes, 76-char lines)',
    input: largeMessage,
    rounds: 11,
    goal: null,
  },
];

async function benchCase(c: Case, goals: Goals): Promise<void> {
  const input = Buffer.from(c.input(), 'latin1');
  console.log(`\n== product path, ${c.title}`);
  console.log(
    `input: ${fmtBytes(input.byteLength)} (${input.byteLength} bytes); warm-up for each contender until ${String(WARMUP.cpuMs / 1000)} s of CPU or ${String(WARMUP.maxRuns)} runs, then ${c.rounds} timed rounds, contenders interleaved, batches >= 20 ms, full GC before each batch`,
  );
  console.log(await describeParse(input));
  const timings = await timeInterleaved(CONTENDERS, input, 1, c.rounds, WARMUP);
  console.log(`warm-up runs (CPU s): ${CONTENDERS.map((k, i) => `${k.short} ${String(timings[i]?.warmRuns ?? 0)} (${((timings[i]?.warmCpuMs ?? 0) / 1000).toFixed(1)})`).join(', ')}`);
  const med = timings.map((t) => median(t.samples));
  const min = timings.map((t) => minimum(t.samples));
  const [baseMed, baseMin] = [med[0] ?? Number.NaN, min[0] ?? Number.NaN];
  const cpu = timings.map((t) => median(t.cpu));
  const cpuMin = timings.map((t) => minimum(t.cpu));
  const rows: string[][] = [
    [
      'contender',
      'runs/batch',
      'median ms',
      'min ms',
      'p90 ms',
      'cpu ms (median)',
      'cpu ms (min)',
      '/analyze (median)',
      '/analyze (min)',
      '/analyze (cpu median)',
      '/analyze (cpu min)',
    ],
  ];
  CONTENDERS.forEach((k, i) => {
    const t = timings[i];
    const ratio = (a: number | undefined, b: number | undefined) =>
      i === 0 ? 'baseline' : `${((a ?? Number.NaN) / (b ?? Number.NaN)).toFixed(2)}x`;
    rows.push([
      k.name,
      String(t?.batch ?? '?'),
      fmtMs(med[i] ?? Number.NaN),
      fmtMs(min[i] ?? Number.NaN),
      fmtMs(percentile(t?.samples ?? [], 90)),
      fmtMs(cpu[i] ?? Number.NaN),
      fmtMs(cpuMin[i] ?? Number.NaN),
      ratio(med[i], baseMed),
      ratio(min[i], baseMin),
      ratio(cpu[i], cpu[0]),
      ratio(cpuMin[i], cpuMin[0]),
    ]);
  });
  console.log(table(rows));
  const mpMed = (med[1] ?? Number.NaN) / baseMed;
  const mpMin = (min[1] ?? Number.NaN) / baseMin;
  const mpCpu = (cpu[1] ?? Number.NaN) / (cpu[0] ?? Number.NaN);
  const mpCpuMin = (cpuMin[1] ?? Number.NaN) / (cpuMin[0] ?? Number.NaN);
  console.log(
    `analyze() is ${mpMed.toFixed(2)}x mailparser's speed (median; min ${mpMin.toFixed(2)}x; CPU time median ${mpCpu.toFixed(2)}x, min ${mpCpuMin.toFixed(2)}x) and ${((med[2] ?? Number.NaN) / baseMed).toFixed(2)}x postal-mime's`,
  );
  if (c.goal !== null) goals.record(c.goal, mpMed, mpMin);
}

export async function benchProduct(goals: Goals): Promise<void> {
  for (const c of CASES) await benchCase(c, goals);
}
