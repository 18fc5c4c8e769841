export const USAGE = `usage: headerscope [--json | --markdown] [--redact] [--headers] [--jobs N] [--resolver NAME | --dns URL | --dns-json URL | --offline] [--timeout SECONDS] FILE.eml|FILE.mbox|-

Analyse an email message (or its headers) and print a report.
  --json            print the report as JSON (one JSON line per message for an mbox)
  --markdown        print the report as Markdown (for a ticket or a wiki page)
  --redact          replace the recipient's side (addresses, names, receiving hosts and IPs, subject,
                    message ids) with numbered placeholders, for sharing; the sender's side stays
  --headers         list every header in the text report
  --jobs N          analyse an mbox with N worker threads (default: the number of CPU cores); reports stay in file order
  --resolver NAME   live DNS checks through a DNS-over-HTTPS provider: cloudflare, google or quad9
  --dns URL         live DNS checks through this RFC 8484 endpoint (e.g. http://127.0.0.1:8053/dns-query)
  --dns-json URL    live DNS checks through this JSON-API endpoint
  --offline         no network at all (the default when no resolver is given)
  --timeout SECONDS live checks of one message end after this long (default 8); what is cut is shown as skipped
  -                 read the message from standard input
An mbox is read as it is analysed (any size); a terminal shows progress on stderr.
Only DNS names are sent, and only to the resolver you name; the message never leaves this machine.
Exit status: 0 analysed, 2 unreadable input (with a one-line reason on stderr).`;

export interface Options {
  json: boolean;
  markdown: boolean;
  redact: boolean;
  headers: boolean;
  file: string;
  jobs: number;
  offline: boolean;
  resolver: string | null;
  dns: string | null;
  dnsJson: string | null;
  /** Deadline of the live checks of one message (security goal G4, docs/security-goals.md). */
  timeoutSeconds: number;
}

const VALUE_OPTIONS = ['--resolver', '--dns', '--dns-json', '--jobs', '--timeout'] as const;
/** security goal G4, docs/security-goals.md: the extension's deadline too. */
const DEFAULT_TIMEOUT_SECONDS = 8;
const MAX_JOBS = 256;

/**
 * One worker per core. Each worker pays the JIT warm-up again and V8 compiles on background threads, so on 2 cores
 * a second worker costs CPU: over the bench's 5,000-message mbox, 7.8-8.6 s of CPU against 5.8-6.9 for one worker,
 * for the same or less time (three whole-bench runs, median: 4.54 vs 4.77 s, 4.68 vs 5.00 s, 4.27 vs 4.27 s); over
 * 40,000 messages, where the warm-up is a small part, 15.1 s against 22.7 (CPU 28.4 against 28.0 s in that run,
 * 32.7 against 28.7 in another). Fewer: --jobs.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, Math.min(cores, MAX_JOBS));
}

/** The command line as Options, 'help', or a one-line reason it cannot be run. */
export function parseArgs(argv: readonly string[], cores: number): Options | string {
  let json = false;
  let markdown = false;
  let redact = false;
  let headers = false;
  let offline = false;
  const values: Record<(typeof VALUE_OPTIONS)[number], string | null> = {
    '--resolver': null,
    '--dns': null,
    '--dns-json': null,
    '--jobs': null,
    '--timeout': null,
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
  const jobsText = values['--jobs'];
  const jobs = jobsText === null ? defaultJobs(cores) : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS || (jobsText !== null && !/^\d+$/.test(jobsText)))
    return `--jobs needs a whole number from 1 to ${String(MAX_JOBS)}, got ${jobsText ?? ''}`;
  const timeout = values['--timeout'];
  const timeoutSeconds = timeout === null ? DEFAULT_TIMEOUT_SECONDS : Number(timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 3600)
    return `--timeout needs a number of seconds between 0 and 3600, not ${timeout ?? ''}`;
  return {
    json,
    markdown,
    redact,
    headers,
    file: files[0],
    jobs,
    offline,
    resolver: values['--resolver'],
    dns: values['--dns'],
    dnsJson: values['--dns-json'],
    timeoutSeconds,
  };
}
