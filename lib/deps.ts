/** Every effect the analysis core may use arrives here; lib/ touches no global clock, network or browser API. */
export interface Deps {
  /** Current time, epoch milliseconds. */
  now: () => number;
}
