/**
 * `list.map(fn)` that always returns the same kind of array. V8's optimising compiler (TurboFan) inlines
 * Array.prototype.map and allocates the result holey, while the interpreter's builtin returns it packed (and an
 * empty result packed-small-integer): every site that later reads a mapped list met two array shapes while the
 * code warmed up, and each new shape threw away the optimised code of the whole function it was inlined into
 * ("wrong map" in node --trace-deopt). A list pushed into a fresh literal has one shape: the literal's allocation
 * site learns its element kind once.
 */
export function mapList<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  // An indexed loop, not for-of: every caller's list passes through this one loop, and an element read stays fast
  // over many array shapes where the iterator protocol does not (measured 2.5x apart over six shapes).
  // The length read once, as map reads it: items a callback appends are not visited.
  const n = list.length;
  for (let i = 0; i < n; i++) out.push(fn(list[i] as T, i));
  return out;
}
