/** A reader that closes the pipe early (`headerscope --json box.mbox | head -1`) ends the CLI quietly. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

function mboxOf(count: number): string {
  const one = readFileSync('samples/phish-with-forged-results.eml', 'utf8').replace(/\r\n/g, '\n');
  const dir = mkdtempSync(join(tmpdir(), 'hs-pipe-'));
  const file = join(dir, 'box.mbox');
  writeFileSync(
    file,
    Array.from({ length: count }, () => `From a@example.com Mon Jan  1 00:00:00 2024\n${one}\n`).join(''),
  );
  return file;
}

/** Run the CLI and close its standard output after the first bytes, as `head -c 1` would. */
function runAndClose(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['cli/bin.mjs', ...args], { env: { ...process.env, TZ: 'UTC' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

describe('CLI with a closed output pipe', () => {
  it('stops without a stack trace and with status 0', async () => {
    const r = await runAndClose(['--json', mboxOf(150)]);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\.mjs/);
    expect(r.code).toBe(0);
  }, 60_000);
});
