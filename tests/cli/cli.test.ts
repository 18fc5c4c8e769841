import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = 'cli/bin.mjs';
const SAMPLE = 'samples/phish-with-forged-results.eml';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One mbox message with this Subject and these extra header lines. */
const mboxEntry = (subject: string, extra = '') =>
  `From a@x Mon Jan  1 00:00:00 2024\nSubject: ${subject}\nFrom: a@example.com\n${extra}\nbody\n`;

/** 3,000 header fields: a report of several hundred KB, longer than an output slot (cli/output-slots.ts). */
const MANY_FIELDS = Array.from(
  { length: 3000 },
  (_, i) => `X-Filler-${String(i)}: value number ${String(i)} of many\n`,
).join('');

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

describe('headerscope CLI', () => {
  it('prints a text report for the bundled sample', () => {
    const r = run([SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Subject      Your account has been limited – action required');
    expect(r.stdout).toContain('From         PayPal Service — Account Team <service@paypal.com>');
  });

  it('prints the Report contract with --json', () => {
    const r = run(['--json', SAMPLE]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['schema', 'message', 'headers', 'findings', 'hops', 'auth', 'bounce', 'live']),
    );
    expect(report.schema).toBe('headerscope.report/1');
    expect(report.message).toMatchObject({
      returnPath: 'billing@paypa1-secure.com',
      messageId: '<20251014091736.4Bx7Ty2Qz9z1K@mail.paypa1-secure.com>',
    });
  });

  it('prints the report as Markdown with --markdown', () => {
    const r = run(['--markdown', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## headerscope report: Your account has been limited – action required\n/);
    expect(r.stdout).toContain('| From | `PayPal Service — Account Team <service@paypal.com>` |');
    expect(r.stdout).toMatch(/### All headers \(20\)\n```text\nDelivered-To: /);
  });

  it('replaces the recipient’s side with placeholders with --redact, in JSON and in Markdown', () => {
    const original = run(['--json', SAMPLE]);
    const to = (JSON.parse(original.stdout) as { message: { to: string } }).message.to;
    const json = run(['--json', '--redact', SAMPLE]);
    const md = run(['--markdown', '--redact', SAMPLE]);
    for (const out of [json.stdout, md.stdout]) {
      expect(out).not.toContain(to);
      expect(out).toContain('user1@recipient.invalid');
      expect(out).toContain('203.0.113.45');
    }
    expect(md.stdout).toContain('Redacted:');
  }, 30_000);

  it('refuses --json with --markdown', () => {
    const r = run(['--json', '--markdown', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/choose one of --json and --markdown/);
  });

  it('reads standard input with -', () => {
    const r = run(['--json', '-'], 'Subject: from stdin\r\nFrom: a@example.com\r\n\r\nx');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { message: { subject: string } }).message.subject).toBe('from stdin');
  });

  it('prints one JSON line per message of an mbox, undoing >From quoting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const mbox = join(dir, 'box.mbox');
    writeFileSync(
      mbox,
      'From a@example.com Mon Jan  1 00:00:00 2024\nSubject: one\nFrom: a@example.com\n\n>From the body\n\nFrom b@example.com Mon Jan  1 00:00:01 2024\nSubject: two\nFrom: b@example.com\n\nbody\n',
    );
    const r = run(['--json', mbox]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { message: { subject: string } }).message.subject)).toEqual([
      'one',
      'two',
    ]);
    // Not a terminal: no progress line, only the closing summary.
    expect(r.stderr).toBe(`headerscope: ${mbox}: 2 messages, 2 analysed\n`);
  });

  it('prints an mbox in file order whatever the number of worker threads, one per message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const mbox = join(dir, 'many.mbox');
    const msgs = Array.from({ length: 30 }, (_, i) => {
      // Every seventh message is large, so that workers finish out of order.
      const body = i % 7 === 3 ? 'x'.repeat(400_000) : 'short';
      return `From s${String(i)}@example.com Mon Jan  1 00:00:00 2024\nSubject: n${String(i + 1)}\nFrom: s${String(i)}@example.com\n\n${body}\n`;
    });
    writeFileSync(mbox, msgs.join(''));
    const subjects = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { message: { subject: string } }).message.subject);
    const strip = (out: string) => out.replace(/"generatedAt":"[^"]*"/g, '');
    const one = run(['--json', '--jobs', '1', mbox]);
    const three = run(['--json', '--jobs', '3', mbox]);
    expect([one.code, three.code]).toEqual([0, 0]);
    expect(subjects(three.stdout)).toEqual(Array.from({ length: 30 }, (_, i) => `n${String(i + 1)}`));
    expect(strip(three.stdout)).toBe(strip(one.stdout));
  }, 60_000);

  it('goes on past a message that cannot be analysed, naming it on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const mbox = join(dir, 'mixed.mbox');
    writeFileSync(
      mbox,
      'From a@x Mon Jan  1 00:00:00 2024\nSubject: one\nFrom: a@example.com\n\nx\nFrom b@x Mon Jan  1 00:00:00 2024\njust words, no header\n\nFrom c@x Mon Jan  1 00:00:00 2024\nSubject: three\nFrom: c@example.com\n\nx\n',
    );
    const r = run(['--json', mbox]);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { message: { subject: string } }).message.subject),
    ).toEqual(['one', 'three']);
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(
      new RegExp(`^headerscope: ${mbox.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} #2: No email headers found`),
    );
    expect(err[1]).toBe(`headerscope: ${mbox}: 3 messages, 2 analysed, 1 unreadable (listed above)`);
  });

  it('prints an mbox holding one message as that message alone (indented JSON)', () => {
    const r = run(['--json', 'tests/fixtures/mime/mbox-from-line.mbox']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "schema"')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it.each([
    ['a missing file', ['/nonexistent/x.eml'], /cannot read \/nonexistent\/x\.eml \(ENOENT\)/],
    ['a directory', ['tests'], /cannot read tests \(EISDIR\)/],
    ['--jobs 0', ['--jobs', '0', SAMPLE], /--jobs needs a whole number from 1 to 256, got 0/],
    ['--jobs two', ['--jobs', 'two', SAMPLE], /--jobs needs a whole number from 1 to 256, got two/],
    ['no file', [], /exactly one FILE/],
    ['an unknown option', ['--frobnicate', SAMPLE], /unknown option --frobnicate/],
  ])('exits 2 with one line for %s', (_n, args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the input has no headers', () => {
    const r = run(['-'], 'just some words\nand more words\n');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('No email headers found');
  });

  it('never writes terminal escape sequences from header text', () => {
    const r = run(['-'], 'Subject: \u001b]0;pwned\u0007\u001b[2J hi\r\nFrom: a@example.com\r\n\r\n');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('⟨U+001B⟩');
  });

  it('--json writes C1 controls, bidi controls and line separators as \\u escapes (a terminal never gets them raw)', () => {
    const r = run(
      ['--json', '-'],
      'Subject: a\u009B31mred \u202Efdp.exe\u2028DKIM: pass\r\nFrom: a@example.com\r\n\r\nx',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202e\u2028]/);
    expect(r.stdout).toContain('a\\u009b31mred \\u202efdp.exe\\u2028DKIM: pass');
    expect((JSON.parse(r.stdout) as { message: { subject: string } }).message.subject).toBe(
      'a\u009B31mred \u202Efdp.exe\u2028DKIM: pass',
    );
  });

  it('--json over an mbox escapes them too (the worker renders, the main thread makes the terminal pass)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const mbox = join(dir, 'hostile.mbox');
    const subject = 'a\u009B31mred \u202Efdp.exe\u2028 \u2014 dash';
    writeFileSync(
      mbox,
      `From a@x Mon Jan  1 00:00:00 2024\nSubject: ${subject}\nFrom: a@example.com\n\nx\nFrom b@x Mon Jan  1 00:00:00 2024\nSubject: two\nFrom: b@example.com\n\ny\n`,
    );
    const r = run(['--json', mbox]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202e\u2028]/);
    expect(r.stdout).toContain('a\\u009b31mred \\u202efdp.exe\\u2028 \u2014 dash');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { message: { subject: string } });
    expect(lines.map((l) => l.message.subject)).toEqual([subject, 'two']);
  });

  it('prints every report of an mbox to a file, and says so in one line when the disk is full (/dev/full)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const mbox = join(dir, 'two.mbox');
    writeFileSync(
      mbox,
      'From a@x Mon Jan  1 00:00:00 2024\nSubject: one\nFrom: a@example.com\n\nx\nFrom b@x Mon Jan  1 00:00:00 2024\nSubject: two\nFrom: b@example.com\n\ny\n',
    );
    const toFile = (target: string) => {
      const fd = openSync(target, 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, '--json', mbox], {
          encoding: 'utf8',
          stdio: ['ignore', fd, 'pipe'],
        });
        return { code: r.status, stderr: r.stderr };
      } finally {
        closeSync(fd);
      }
    };
    const out = join(dir, 'out.jsonl');
    const ok = toFile(out);
    expect(ok.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { message: { subject: string } }).message.subject)).toEqual([
      'one',
      'two',
    ]);
    if (!existsSync('/dev/full')) return;
    const full = toFile('/dev/full');
    expect(full.code).toBe(1);
    expect(full.stderr.trim().split('\n')).toHaveLength(1);
    expect(full.stderr).toMatch(/^headerscope: cannot write the report: .*ENOSPC/);
  });
  it('writes an mbox to a file byte for byte as to a pipe: escapes, order, a report past its output slot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const mbox = join(dir, 'mixed.mbox');
    const subjects = [
      'a\u009B31mred \u202Efdp.exe \u2014 dash',
      'huge',
      ...Array.from({ length: 12 }, (_, i) => `m${String(i)}`),
    ];
    writeFileSync(mbox, subjects.map((s) => mboxEntry(s, s === 'huge' ? MANY_FIELDS : '')).join(''));
    const piped = run(['--json', '--jobs', '2', mbox]);
    expect(piped.code).toBe(0);
    const out = join(dir, 'out.jsonl');
    const fd = openSync(out, 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '--json', '--jobs', '2', mbox], { stdio: ['ignore', fd, 'pipe'] });
      expect(r.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    const strip = (s: string) => s.replace(/"generatedAt":"[^"]*"/g, '');
    const written = readFileSync(out, 'utf8');
    expect(strip(written)).toBe(strip(piped.stdout));
    const lines = written.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { message: { subject: string } }).message.subject)).toEqual(subjects);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeGreaterThan(128 * 1024);
    expect(written).not.toMatch(/[\u0080-\u009f\u202e]/);
  });
  it('says it could not write a report cut by a file size limit (ulimit -f), for an mbox and a single message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cli-'));
    const cases = {
      // The limit falls inside a report longer than its output slot (written as text).
      'text past its slot': mboxEntry('small') + mboxEntry('huge', MANY_FIELDS),
      // The limit falls inside a report written from its output slot (bytes).
      'slot bytes': Array.from({ length: 60 }, (_, i) => mboxEntry(`m${String(i)}`)).join(''),
      'single message': mboxEntry('huge', MANY_FIELDS).slice(mboxEntry('huge', MANY_FIELDS).indexOf('\n') + 1),
    };
    for (const [name, text] of Object.entries(cases)) {
      const input = join(dir, `${name}.mbox`);
      writeFileSync(input, text);
      // bash's ulimit -f counts 1024-byte blocks: 100 KB, less than what each case prints.
      const r = spawnSync(
        'bash',
        ['-c', 'ulimit -f 100 && exec "$0" "$@" > "$OUT"', process.execPath, BIN, '--json', input],
        {
          encoding: 'utf8',
          env: { ...process.env, OUT: join(dir, `${name}.out`) },
        },
      );
      expect({ name, code: r.status }).toEqual({ name, code: 1 });
      expect(r.stderr).toMatch(/headerscope: cannot write the report: .*EFBIG/);
    }
    // Three CLI processes, each starting worker threads: ~1.5 s on an idle machine, past vitest's 5 s default on a
    // loaded one (5.3 s seen with a clean-clone CI run beside it).
  }, 30_000);
});
