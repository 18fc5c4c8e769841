import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
import type { Report } from '../lib/report';
import { formatText } from './format-text';
import { isMbox, splitMbox } from './mbox';

const USAGE = `usage: headerscope [--json] [--headers] FILE.eml|FILE.mbox|-

Analyse an email message (or its headers) offline and print a report.
  --json      print the report as JSON (one JSON line per message for an mbox)
  --headers   list every header in the text report
  -           read the message from standard input
Exit status: 0 analysed, 2 unreadable input (with a one-line reason on stderr).`;

interface Options {
  json: boolean;
  headers: boolean;
  file: string;
}

function parseArgs(argv: readonly string[]): Options | string {
  let json = false;
  let headers = false;
  const files: string[] = [];
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '--headers') headers = true;
    else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length !== 1 || files[0] === undefined) return 'give exactly one FILE (or - for standard input)';
  return { json, headers, file: files[0] };
}

function readInput(file: string): Uint8Array {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

function fail(reason: string): number {
  process.stderr.write(`headerscope: ${reason}\n`);
  return 2;
}

function unreadable(report: Report): string | null {
  if (report.input.status === 'ok') return null;
  const f = report.findings[0];
  return f ? `${f.title}: ${f.detail}` : `input ${report.input.status}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (typeof opts === 'string') return fail(`${opts}\n${USAGE}`);
  let bytes: Uint8Array;
  try {
    bytes = readInput(opts.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return fail(`cannot read ${opts.file}${code ? ` (${code})` : ''}`);
  }
  const deps = { now: () => Date.now() };
  const messages = isMbox(bytes) ? splitMbox(bytes) : [bytes];
  const label = opts.file === '-' ? 'standard input' : opts.file;
  let analysed = 0;
  let lastProblem: string | null = null;
  for (const [i, msg] of messages.entries()) {
    const report = await analyze(msg, deps);
    const problem = unreadable(report);
    const where = messages.length > 1 ? `${label} #${String(i + 1)}` : label;
    if (problem !== null) {
      lastProblem = `${where}: ${problem}`;
      if (messages.length > 1) process.stderr.write(`headerscope: ${lastProblem}\n`);
      continue;
    }
    analysed++;
    process.stdout.write(opts.json ? `${JSON.stringify(report, null, messages.length > 1 ? undefined : 2)}\n` : `${formatText(report, where, opts.headers)}\n${messages.length > 1 ? '\n' : ''}`);
  }
  if (analysed === 0) return fail(messages.length > 1 ? `no message in ${label} could be analysed` : (lastProblem ?? 'nothing to analyse'));
  return 0;
}
