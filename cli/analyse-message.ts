/**
 * One message from bytes to the text the CLI prints: the same function in the main thread (a single message)
 * and in each worker thread (an mbox), so the two print the same bytes.
 */
import { analyze } from '../lib/analyze';
import type { Deps } from '../lib/deps';
import { redactReport } from '../lib/export/redact/redact-report';
import { reportMarkdown } from '../lib/export/report-markdown';
import type { Report } from '../lib/report';
import { formatText } from './format-text';
import { liveDeadline } from './live-deadline';

export interface PrintOptions {
  json: boolean;
  markdown: boolean;
  redact: boolean;
  headers: boolean;
}

export interface MessageJob {
  bytes: Uint8Array;
  /** How the report names the message: the file, or "FILE #n" in an mbox of several. */
  where: string;
  /** One message of several (one JSON line each, a blank line after each text report). */
  several: boolean;
}

/**
 * printed: the rendered report before the terminal pass (cli/printable.ts), which the thread writing stdout makes.
 * unreadable: not an email (a one-line reason); failed: an internal error.
 */
export type MessageOutcome =
  { kind: 'printed'; text: string } | { kind: 'unreadable'; reason: string } | { kind: 'failed'; reason: string };

function unreadable(report: Report): string | null {
  if (report.input.status === 'ok') return null;
  const f = report.findings[0];
  return f ? `${f.title}: ${f.detail}` : `input ${report.input.status}`;
}

/** One message's output in the chosen format, with the separator an mbox puts after each (before the terminal pass). */
function render(analysed: Report, opts: PrintOptions, job: MessageJob): string {
  const report = opts.redact ? redactReport(analysed).report : analysed;
  if (opts.json) return `${JSON.stringify(report, null, job.several ? undefined : 2)}\n`;
  if (opts.markdown)
    return `${reportMarkdown(report, { detail: 'full', redacted: opts.redact })}${job.several ? '\n---\n\n' : ''}`;
  return `${formatText(report, job.where, opts.headers)}\n${job.several ? '\n' : ''}`;
}

export async function analyseMessage(job: MessageJob, deps: Deps, opts: PrintOptions): Promise<MessageOutcome> {
  try {
    // One deadline per message, started when its analysis starts (security goal G4, docs/security-goals.md).
    const seconds = deps.deadlineSeconds ?? 8;
    const report = await analyze(job.bytes, deps.dns ? { ...deps, signal: liveDeadline(seconds) } : deps);
    const problem = unreadable(report);
    if (problem !== null) return { kind: 'unreadable', reason: problem };
    return { kind: 'printed', text: render(report, opts, job) };
  } catch (e) {
    return { kind: 'failed', reason: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}
