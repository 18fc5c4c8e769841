/** Shared state of one Authentication-Results parse: the cursor, the mode, and the leniencies taken. */
import type { AuthResErrorCode, Leniency, LeniencyCode, ParseOptions } from './types';
import { cursor, type Cursor } from './cursor';

export interface ParseState {
  c: Cursor;
  opts: ParseOptions;
  leniencies: Leniency[];
}

export interface Failure {
  ok: false;
  code: AuthResErrorCode;
  at: number;
}

export function newState(value: string, opts: ParseOptions): ParseState {
  return { c: cursor(value), opts, leniencies: [] };
}

export function fail(st: ParseState, code: AuthResErrorCode): Failure {
  return { ok: false, code, at: st.c.i };
}

/**
 * A deviation from RFC 8601: in lenient mode it is recorded (once per code) and parsing goes on
 * (returns null); in strict mode it is the error `strictCode`.
 */
export function deviate(st: ParseState, lenientCode: LeniencyCode, strictCode: AuthResErrorCode, at = st.c.i): Failure | null {
  if (!st.opts.lenient) return { ok: false, code: strictCode, at };
  if (!st.leniencies.some((l) => l.code === lenientCode)) st.leniencies.push({ code: lenientCode, at });
  return null;
}
