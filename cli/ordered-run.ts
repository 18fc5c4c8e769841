/**
 * Run items concurrently, hand the results on in input order, with at most `window` items in flight: started
 * and not yet handed on. A slow item holds the window (the results behind it wait for it), so memory stays
 * bounded by the window whatever the input's length. `emit` may be async (a full stdout): no item starts
 * while it waits. A failing `emit` stops the run (its error is thrown); a failing input ends it after the items
 * already read are handed on (then its error is thrown).
 */
export interface OrderedRunHooks<T, R> {
  /** Start item `index`; the promise must not reject (failures are results too). */
  start: (item: T, index: number) => Promise<R>;
  /** Item `index`'s result, called for 0, 1, 2 ... in order. */
  emit: (result: R, index: number) => void | Promise<void>;
}

/** Returns how many items were run. */
export async function runOrdered<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  window: number,
  hooks: OrderedRunHooks<T, R>,
): Promise<number> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, got ${String(window)}`);
  const done = new Map<number, R>();
  let started = 0;
  let emitted = 0;
  let flushing = false;
  // Set from callbacks, so typed wide (a plain `= null` would narrow it to null for the checks below).
  let failure = null as { error: unknown } | null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForProgress = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });

  const flush = async () => {
    if (flushing) return;
    flushing = true;
    try {
      for (let r = done.get(emitted); done.has(emitted) && failure === null; r = done.get(emitted)) {
        done.delete(emitted);
        await hooks.emit(r as R, emitted);
        emitted++;
        notify();
      }
    } catch (error) {
      failure ??= { error };
      notify();
    } finally {
      flushing = false;
    }
  };

  // An input that fails part way (a read error) still has the items read before it run and handed on.
  let inputFailure: { error: unknown } | null = null;
  try {
    for await (const item of items) {
      while (started - emitted >= window && failure === null) await waitForProgress();
      if (failure !== null) break;
      const index = started++;
      hooks.start(item, index).then(
        (r) => {
          done.set(index, r);
          void flush();
        },
        (error: unknown) => {
          failure ??= { error };
          notify();
        },
      );
    }
  } catch (error) {
    inputFailure = { error };
  }
  while (emitted < started && failure === null) await waitForProgress();
  if (failure !== null) throw failure.error;
  if (inputFailure !== null) throw inputFailure.error;
  return started;
}
