/**
 * The Received parser alone (parseReceived on one hostile value) and analyzeHops on a header list with
 * 10,000 Received fields, each at 1x and 2x size. The analyze() timings of the adversarial section include
 * intake and every other module; these isolate lib/received.
 */
import { intake, splitHeaderBlock, type HeaderField } from '../lib/mime';
import { analyzeHops, parseReceived } from '../lib/received';
import { longReceivedValue, manyReceivedFields } from './inputs';
import { realisticStamps } from './realistic-stamps';
import { collectGarbage, fmtBytes, fmtMs, median, table, timeOnce, timeTwoSizes } from './stats';

interface SizedCase {
  name: string;
  /** Input size in characters at scale 1 and 2. */
  size: (scale: 1 | 2) => number;
  /** Build the input (outside the timed region) and return the timed task and a one-word outcome. */
  prepare: (scale: 1 | 2) => { run: () => unknown; outcome: () => string };
}

/** 1 MiB of comment at scale 1: "(((...)))" nested as deep as the text goes, between the from and by clauses. */
function nestedCommentValue(scale: 1 | 2): string {
  const half = 512 * 1024 * scale;
  return `from a.example ${'('.repeat(half)}${')'.repeat(half)} by b.example with ESMTP id x; Sat, 1 Jun 2024 14:02:10 +0000`;
}

function parseOutcome(value: string): string {
  const p = parseReceived(value);
  return `${p.problem ?? 'parsed'}, date ${p.epochMs === null ? 'unread' : 'read'}`;
}

function headerFields(text: string): HeaderField[] {
  const taken = intake(text);
  return taken.ok ? splitHeaderBlock(taken.lines).fields : [];
}

const CASES: readonly SizedCase[] = [
  {
    name: 'parseReceived: 1 MiB nested comments',
    size: (s) => nestedCommentValue(s).length,
    prepare: (s) => {
      const v = nestedCommentValue(s);
      return { run: () => parseReceived(v), outcome: () => parseOutcome(v) };
    },
  },
  {
    name: 'parseReceived: 100 kB single Received',
    size: (s) => longReceivedValue(s).length,
    prepare: (s) => {
      const v = longReceivedValue(s);
      return { run: () => parseReceived(v), outcome: () => parseOutcome(v) };
    },
  },
  {
    name: 'analyzeHops: 10,000 Received headers',
    size: (s) => manyReceivedFields(s).length,
    prepare: (s) => {
      const fields = headerFields(manyReceivedFields(s));
      const dateMs = Date.UTC(2024, 5, 1, 14, 2, 10);
      return {
        run: () => analyzeHops(fields, dateMs),
        outcome: () => {
          const h = analyzeHops(fields, dateMs);
          return `${fields.length} fields -> ${h.hops.length} hops, ${h.findings.length} findings`;
        },
      };
    },
  },
];

export async function benchReceived(): Promise<void> {
  await benchRealistic();
  const warmup = 3;
  const iterations = 15;
  console.log(
    `\n== Received: parseReceived() and analyzeHops() alone at 1x and 2x size, ${warmup} warm-up + ${iterations} timed runs each (1x/2x interleaved, full GC before each)\n` +
      'growth = time(2x) / time(1x): ~2 is linear, ~4 quadratic; input built outside the timed region',
  );
  const rows: string[][] = [['input', 'size 1x', 'size 2x', 'median 1x ms', 'median 2x ms', 'growth (median)', 'growth (min)', 'outcome 1x / 2x']];
  for (const c of CASES) {
    const one = c.prepare(1);
    const two = c.prepare(2);
    const [t1, t2] = await timeTwoSizes(
      () => Promise.resolve(one.run()),
      () => Promise.resolve(two.run()),
      warmup,
      iterations,
    );
    const [m1, m2] = [median(t1), median(t2)];
    rows.push([
      c.name,
      fmtBytes(c.size(1)),
      fmtBytes(c.size(2)),
      fmtMs(m1),
      fmtMs(m2),
      `${(m2 / m1).toFixed(2)}x`,
      `${(Math.min(...t2) / Math.min(...t1)).toFixed(2)}x`,
      `${one.outcome()} / ${two.outcome()}`,
    ]);
  }
  console.log(table(rows));
}

/** 10,000 realistic stamps of every dialect: parseReceived alone, and analyzeHops over them as 8-hop messages. */
async function benchRealistic(): Promise<void> {
  const stamps = realisticStamps(10_000);
  const messages: HeaderField[][] = [];
  for (let i = 0; i < stamps.length; i += 8) {
    messages.push(stamps.slice(i, i + 8).map((value, k) => ({ name: 'Received', key: 'received', value, raw: `Received: ${value}\r\n`, line: k + 1, repaired: false })));
  }
  const runs = 9;
  const parseTimes: number[] = [];
  const hopTimes: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    collectGarbage();
    const p = await timeOnce(() => Promise.resolve(stamps.map((v) => parseReceived(v))));
    collectGarbage();
    const a = await timeOnce(() => Promise.resolve(messages.map((m) => analyzeHops(m, null))));
    if (r >= 2) {
      parseTimes.push(p);
      hopTimes.push(a);
    }
  }
  const parsed = stamps.map((v) => parseReceived(v));
  const withIp = parsed.filter((p) => p.from.ip !== null).length;
  const withDialect = parsed.filter((p) => p.dialect !== null).length;
  const timed = parsed.filter((p) => p.epochMs !== null).length;
  const auth = parsed.filter((p) => p.authenticated).length;
  console.log(`\n== Received: 10,000 realistic stamps (${String(new Set(stamps.map((_s, i) => i % 18)).size)} dialect forms), 2 warm-up + ${String(runs)} timed runs, medians`);
  console.log(
    table([
      ['task', 'median ms', 'per stamp µs', 'outcome'],
      ['parseReceived x 10,000', fmtMs(median(parseTimes)), (median(parseTimes) / 10).toFixed(2), `${String(timed)} timed, ${String(withIp)} with a client address, ${String(withDialect)} with a dialect row, ${String(auth)} authenticated`],
      [`analyzeHops x ${String(messages.length)} (8 hops each)`, fmtMs(median(hopTimes)), (median(hopTimes) / 10).toFixed(2), `${String(messages.length)} timelines`],
    ]),
  );
}
