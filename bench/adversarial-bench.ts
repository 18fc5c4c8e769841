/**
 * analyze() alone on hostile header blocks at 1x and 2x size (linear-time evidence for the whole pipeline; the
 * parsers one by one are in hostile-growth.ts).
 */
import { analyze } from '../lib/analyze';
import type { Deps } from '../lib/deps';
import { ADVERSARIAL, adversarialMessage } from './inputs';
import { fmtBytes, fmtMs, median, minimum, table, timeTwoSizes } from './stats';

const deps: Deps = { now: () => 0 };

export async function benchAdversarial(): Promise<void> {
  const warmup = 2;
  const iterations = 11;
  console.log(
    `\n== adversarial inputs: analyze() alone at 1x and 2x size, ${String(warmup)} warm-up + ${String(iterations)} timed rounds each (1x/2x interleaved, batched, full GC before each batch)\n` +
      'growth = time(2x) / time(1x): ~2 is linear, ~4 quadratic; status = report input.status:headerCount',
  );
  const rows: string[][] = [
    [
      'input',
      'size 1x',
      'size 2x',
      'median 1x ms',
      'median 2x ms',
      'growth (median)',
      'growth (min)',
      'status 1x / 2x',
    ],
  ];
  for (const a of ADVERSARIAL) {
    const one = Buffer.from(adversarialMessage(a, 1), 'latin1');
    const two = Buffer.from(adversarialMessage(a, 2), 'latin1');
    const [r1, r2] = [await analyze(one, deps), await analyze(two, deps)];
    const [t1, t2] = await timeTwoSizes(
      () => analyze(one, deps),
      () => analyze(two, deps),
      warmup,
      iterations,
    );
    const [m1, m2] = [median(t1), median(t2)];
    rows.push([
      a.name,
      fmtBytes(one.byteLength),
      fmtBytes(two.byteLength),
      fmtMs(m1),
      fmtMs(m2),
      `${(m2 / m1).toFixed(2)}x`,
      `${(minimum(t2) / minimum(t1)).toFixed(2)}x`,
      `${r1.input.status}:${String(r1.input.headerCount)} / ${r2.input.status}:${String(r2.input.headerCount)}`,
    ]);
  }
  console.log(table(rows));
}
