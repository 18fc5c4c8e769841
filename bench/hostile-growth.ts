/**
 * Linear-time evidence for each parser on hostile input (security goal G2, docs/security-goals.md): every shape of hostile-shapes.ts
 * timed at its unit-test size and twice that. The unit tests only check what these inputs produce; how the time
 * grows is measured here, where timing belongs.
 */
import { HOSTILE_SHAPES } from './hostile-shapes';
import { fmtBytes, fmtMs, median, table, timeTwoSizes } from './stats';

/** Growth above this per doubling is flagged (linear is ~2, quadratic ~4). */
const FLAG_GROWTH = 3;

export async function benchHostileGrowth(): Promise<number> {
  const warmup = 2;
  const iterations = 5;
  console.log(
    `\n== hostile input, each parser alone at 1x and 2x size, ${warmup} warm-up + ${iterations} timed runs each (interleaved, full GC before each)\n` +
      `growth = time(2x) / time(1x), min of the runs: ~2 is linear, ~4 quadratic; "check" marks growth over ${FLAG_GROWTH}x`,
  );
  const rows: string[][] = [['parser: shape', 'size 1x', 'min 1x ms', 'min 2x ms', 'median 1x ms', 'growth (min)', '']];
  let flagged = 0;
  for (const shape of HOSTILE_SHAPES) {
    const one = shape.make(shape.size);
    const two = shape.make(shape.size * 2);
    const [t1, t2] = await timeTwoSizes(
      () => Promise.resolve(shape.run(one)),
      () => Promise.resolve(shape.run(two)),
      warmup,
      iterations,
    );
    const [min1, min2] = [Math.min(...t1), Math.min(...t2)];
    // Below 0.05 ms the timer's resolution decides the ratio: report it, flag nothing.
    const growth = min2 / Math.max(min1, 0.05);
    const check = growth > FLAG_GROWTH && min2 > 1;
    if (check) flagged++;
    rows.push([shape.name, fmtBytes(one.length), fmtMs(min1), fmtMs(min2), fmtMs(median(t1)), `${growth.toFixed(2)}x`, check ? 'check' : '']);
  }
  console.log(table(rows));
  console.log(`hostile parser shapes: ${HOSTILE_SHAPES.length}, growth over ${FLAG_GROWTH}x: ${flagged}`);
  return flagged;
}
