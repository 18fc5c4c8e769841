/**
 * Markdown for hostile text. Header values are written by the message's sender, so every value reaches a
 * ticket as inert text: invisible characters shown as ⟨U+XXXX⟩, line breaks flattened, and either escaped
 * prose or a code span (no autolink, no HTML, no emphasis inside a code span).
 */
import { showInvisible } from '../text/visible';

/** One line: invisible characters shown, line breaks (already unfolded in headers) turned into spaces. */
function oneLine(text: string): string {
  return showInvisible(text.replace(/[\r\n]+/g, ' '));
}

/**
 * CommonMark §2.4: any ASCII punctuation may be backslash-escaped. These are the ones that start emphasis,
 * links, HTML, code, entities, tables (GFM) or strikethrough; `#`, `+`, `-` and `>` only at a line start.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~!&]/g;
const LINE_START_SPECIAL = /^(?:[#+\->]|\d+[.)])/;

/** Escaped prose: renders as the text itself. */
export function markdownText(text: string): string {
  const escaped = oneLine(text).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped.replace(LINE_START_SPECIAL, (m) => `\\${m}`);
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * A code span (CommonMark §6.1): fenced by more backticks than the text holds, padded when it starts or ends
 * with one. `|` is escaped because GFM splits table cells on it even inside code spans (GFM §4.10).
 */
export function markdownCode(text: string): string {
  const value = oneLine(text).replace(/\|/g, '\\|');
  if (value === '') return '';
  const fence = '`'.repeat(longestRun(value, '`') + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A fenced code block (CommonMark §4.5) whose fence no line of the text can close. */
export function markdownFence(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}text\n${showInvisible(text).replace(/\r\n?/g, '\n')}\n${fence}`;
}

/** A GFM table; cells are already Markdown (escaped text or code spans). */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
