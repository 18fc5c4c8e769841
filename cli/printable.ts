/**
 * The last step before stdout, made by the thread that writes it. In an mbox run that is the main thread, which
 * otherwise only reads, cuts and writes, while the worker that analyses is the busy one: the worker posts the
 * rendered text as a string (postMessage copies its characters) and the invisible-character pass and the UTF-8
 * encoding (the write's) happen here. Kept apart from cli/analyse-message.ts so the main thread of an mbox run
 * does not load the analysis core.
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
