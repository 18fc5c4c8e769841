/**
 * One message (a file that is not an mbox, or standard input), analysed in the main thread. Loaded on demand: for
 * an mbox only the worker threads load the analysis core, and the main thread stays small.
 */
import '../lib/psl/bundled-rules';
import '../lib/impersonation/bundled-unicode-tables';
import '../lib/bounce/phrases/bundled-phrases';
import type { Deps } from '../lib/deps';
import { analyseMessage, type PrintOptions } from './analyse-message';
import { printable } from './printable';

/** The text to print, or the one-line reason the message cannot be analysed. */
export async function analyseSingle(
  bytes: Uint8Array,
  deps: Deps,
  opts: PrintOptions,
  label: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const outcome = await analyseMessage({ bytes, where: label, several: false }, deps, opts);
  return outcome.kind === 'printed'
    ? { ok: true, text: printable(outcome.text, opts) }
    : { ok: false, reason: `${label}: ${outcome.reason}` };
}
