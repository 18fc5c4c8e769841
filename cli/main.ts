import '../lib/psl/bundled-rules';
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
import type { Report } from '../lib/report';
import { formatText } from './format-text';
import { reportMarkdown } from '../lib/export/report-markdown';
import { redactReport } from '../lib/export/redact/redact-report';
import { isMbox, splitMbox } from './mbox';
import { mboxSummary, Progress } from './progress';
import { chooseResolver } from './resolver';
import { nodeDecodeBytes } from './node-decode';
import { nodeHash } from './node-hash';
import { escapeInvisibleInJson } from '../lib/text/visible';

const USAGE = `usage: headerscope [--json | --markdown] [--redact] [--headers] [--resolver NAME | --dns URL | --dns-json URL | --offline] FILE.eml|FILE.mbox|-

Analyse an email message (or its headers) and print a report.
  --json            print the report as JSON (one JSON line per message for an mbox)
  --markdown        print the report as Markdown (for a ticket or a wiki page)
  --redact          replace the recipient's side (addresses, names, receiving hosts and IPs, subject,
                    message ids) with numbered placeholders, for sharing; the sender's side stays
  --headers         list every header in the text report
  --resolver NAME   live DNS checks through a DNS-over-HTTPS provider: cloudflare, google or quad9
  --dns URL         live DNS checks through this RFC 8484 endpoint (e.g. http://127.0.0.1:8053/dns-query)
  --dns-json URL    live DNS checks through this JSON-API endpoint
  --offline         no network at all (the default when no resolver is given)
  -                 read the message from standard input
Only DNS names are sent, and only to the resolver you name; the message never leaves this machine.
Exit status: 0 analysed, 2 unreadable input (with a one-line reason on stderr).`;

interface Options {
  json: boolean;
  markdown: boolean;
  redact: boolean;
  headers: boolean;
  file: string;
  offline: boolean;
  resolver: string | null;
  dns: string | null;
  dnsJson: string | null;
}

const VALUE_OPTIONS = ['--resolver', '--dns', '--dns-json'] as const;

function parseArgs(argv: readonly string[]): Options | string {
  let json = false;
  let markdown = false;
  let redact = false;
  let headers = false;
  let offline = false;
  const values: Record<(typeof VALUE_OPTIONS)[number], string | null> = {
    '--resolver': null,
    '--dns': null,
    '--dns-json': null,
  };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const valued = VALUE_OPTIONS.find((o) => o === a);
    if (valued) {
      const v = argv[i + 1];
      if (v === undefined) return `${a} needs a value`;
      values[valued] = v;
      i++;
    } else if (a === '--json') json = true;
    else if (a === '--markdown') markdown = true;
    else if (a === '--redact') redact = true;
    else if (a === '--offline') offline = true;
    else if (a === '--headers') headers = true;
    else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length !== 1 || files[0] === undefined) return 'give exactly one FILE (or - for standard input)';
  if (json && markdown) return 'choose one of --json and --markdown';
  return {
    json,
    markdown,
    redact,
    headers,
    file: files[0],
    offline,
    resolver: values['--resolver'],
    dns: values['--dns'],
    dnsJson: values['--dns-json'],
  };
}

function readInput(file: string): Uint8Array {
  return file === '-' ? readFileSync(0) : readFileSync(file);
}

function fail(reason: string): number {
  process.stderr.write(`headerscope: ${reason}\n`);
  return 2;
}

/** One message's output in the chosen format (the mbox loop adds the separators). */
function render(analysed: Report, opts: Options, where: string, several: boolean): string {
  const report = opts.redact ? redactReport(analysed).report : analysed;
  if (opts.json) return `${escapeInvisibleInJson(JSON.stringify(report, null, several ? undefined : 2))}\n`;
  if (opts.markdown)
    return `${reportMarkdown(report, { detail: 'full', redacted: opts.redact })}${several ? '\n---\n\n' : ''}`;
  return `${formatText(report, where, opts.headers)}\n${several ? '\n' : ''}`;
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
  const choice = chooseResolver(opts);
  if (typeof choice === 'string') return fail(choice);
  const deps = { now: () => Date.now(), dns: choice.dns, resolverLabel: choice.label, decodeBytes: nodeDecodeBytes, hash: nodeHash };
  const messages = isMbox(bytes) ? splitMbox(bytes) : [bytes];
  const label = opts.file === '-' ? 'standard input' : opts.file;
  let analysed = 0;
  let lastProblem: string | null = null;
  const several = messages.length > 1;
  // Live checks can take seconds per message: a terminal shows how far a long mbox has got (stderr only).
  const progress =
    several && process.stderr.isTTY
      ? new Progress(
          messages.length,
          (s) => process.stderr.write(s),
          () => Date.now(),
        )
      : null;
  for (const [i, msg] of messages.entries()) {
    const report = await analyze(msg, deps);
    const problem = unreadable(report);
    const where = several ? `${label} #${String(i + 1)}` : label;
    progress?.end();
    if (problem !== null) {
      lastProblem = `${where}: ${problem}`;
      if (several) process.stderr.write(`headerscope: ${lastProblem}\n`);
    } else {
      analysed++;
      process.stdout.write(render(report, opts, where, several));
    }
    progress?.update(i + 1);
  }
  progress?.end();
  if (analysed === 0)
    return fail(several ? `no message in ${label} could be analysed` : (lastProblem ?? 'nothing to analyse'));
  if (several) process.stderr.write(`${mboxSummary(label, messages.length, analysed)}\n`);
  return 0;
}
