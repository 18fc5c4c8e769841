/**
 * The slice of the Fetch API the DoH client uses, so entrypoints can pass the global `fetch` and tests a
 * stub; lib/ never touches the global itself (GUIDE rule 1). Timers arrive the same way.
 */
export interface FetchInitLike {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  signal: AbortSignal;
}

export interface FetchResponseLike {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

/** setTimeout/clearTimeout (or a fake clock's) passed in by the caller. */
export interface TimerFns {
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}
