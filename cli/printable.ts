/**
 * The last step before stdout. In an mbox run to a file or a device the worker makes it before encoding the
 * report into its output slot (cli/output-slots.ts); to a pipe or a terminal the worker posts the rendered text and
 * the main thread makes it before the stream write. Kept apart from cli/analyse-message.ts so the main thread of
 * an mbox run does not load the analysis core.
 */
import { escapeInvisibleInJson } from '../lib/text/visible';
import type { PrintOptions } from './analyse-message';

/**
 * JSON gets its invisible characters as \u escapes (a terminal never receives a raw C1 or bidi control); the text
 * and Markdown renderers show them already.
 */
export function printable(text: string, opts: PrintOptions): string {
  return opts.json ? escapeInvisibleInJson(text) : text;
}
