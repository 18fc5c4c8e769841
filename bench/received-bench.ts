/**
 * Issue 3: the Received parser alone (parseReceived on one hostile value) and analyzeHops on a header list with
 * 10,000 Received fields, each at 1x and 2x size. The analyze() timings of the adversarial section include
 * intake and every other module; these isolate lib/received.
 */
import { intake, splitHeaderBlock, type HeaderField } from '../lib/mime';
import { analyzeHops, parseReceived } from '../lib/received';
import { longReceivedValue, manyReceivedFields } from './inputs';
import { fmtBytes, fmtMs, median, table, timeTwoSizes } from './stats';

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
  const warmup = 3;
  const iterations = 15;
  console.log(
    `\n== Received (issue 3): parseReceived() and analyzeHops() alone at 1x and 2x size, ${warmup} warm-up + ${iterations} timed runs each (1x/2x interleaved, full GC before each)\n` +
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
