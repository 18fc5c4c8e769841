/**
 * The date part of a Received header (after the last ";") at 1 MiB and 2 MiB (security goal G2, docs/security-goals.md): parseReceived
 * reads only a bounded window of it (lib/received/date.ts), so time should grow with tokenising alone (~2x).
 */
import { parseReceived } from '../lib/received/parse';
import { fmtBytes, fmtMs, median, table, timeTwoSizes } from './stats';

const MIB = 1024 * 1024;

const SHAPES: readonly { name: string; make: (n: number) => string }[] = [
  { name: 'digits and spaces', make: (n) => `from a.example by b.example; ${'1 '.repeat(n / 2)}` },
  { name: '":" run', make: (n) => `from a.example by b.example; ${':'.repeat(n)}` },
  { name: 'digit run', make: (n) => `from a.example by b.example; ${'1'.repeat(n)}` },
  { name: 'whitespace', make: (n) => `from a.example by b.example; ${' \t'.repeat(n / 2)}x` },
  {
    name: 'a date, then a long comment',
    make: (n) => `from a.example by b.example; Tue, 14 Oct 2025 09:17:41 +0000 (${'x'.repeat(n)})`,
  },
];

export async function benchReceivedDate(): Promise<void> {
  const warmup = 1;
  const iterations = 5;
  console.log(
    `\n== Received date part: parseReceived at 1 MiB and 2 MiB after the ";", ${warmup} warm-up + ${iterations} timed runs each (interleaved)`,
  );
  const rows: string[][] = [
    ['date part', 'size 1x', 'median 1 MiB ms', 'median 2 MiB ms', 'growth (median)', 'date read'],
  ];
  for (const s of SHAPES) {
    const one = s.make(MIB);
    const two = s.make(2 * MIB);
    const [t1, t2] = await timeTwoSizes(
      () => Promise.resolve(parseReceived(one)),
      () => Promise.resolve(parseReceived(two)),
      warmup,
      iterations,
    );
    const [m1, m2] = [median(t1), median(t2)];
    rows.push([
      s.name,
      fmtBytes(one.length),
      fmtMs(m1),
      fmtMs(m2),
      `${(m2 / m1).toFixed(2)}x`,
      parseReceived(one).epochMs === null ? 'no' : 'yes',
    ]);
  }
  console.log(table(rows));
}
