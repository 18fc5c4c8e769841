import { execFile } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDohServer, type DohServer } from '../helpers/doh-server';
import { txt } from '../helpers/fake-resolver';
import type { Report } from '../../lib/report';

const run = promisify(execFile);
const SAMPLE = 'samples/phish-with-forged-results.eml';
let server: DohServer;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
  server = await startDohServer({
    zone: {
      'paypa1-secure.com': [txt('v=spf1 ip4:198.51.100.0/24 -all')],
      'paypal.com': [txt('v=spf1 include:pp._spf.paypal.com -all')],
      '_dmarc.paypal.com': [txt('v=DMARC1; p=reject; rua=mailto:d@paypal.com')],
    },
  });
});
afterAll(async () => {
  await server.stop();
});

async function report(args: string[]): Promise<Report> {
  const { stdout } = await run(process.execPath, ['cli/bin.mjs', '--json', ...args, SAMPLE]);
  return JSON.parse(stdout) as Report;
}

// Each test starts the CLI as a process (0.4 s of CPU): at load 12 on 2 cores one took 4 s, past vitest's 5 s default.
describe('CLI live checks through a local DoH server', { timeout: 60_000 }, () => {
  it.each([
    ['RFC 8484 wire format', '--dns'],
    ['JSON API', '--dns-json'],
  ])('SPF for the connecting IP over the %s', async (_label, flag) => {
    const url = flag === '--dns' ? server.url : server.jsonUrl;
    const r = await report([flag, url]);
    expect(r.live?.enabled).toBe(true);
    expect(r.live?.spf).toMatchObject({ result: 'fail', domain: 'paypa1-secure.com', ip: '203.0.113.45' });
    // The From domain's records were looked up too.
    expect(r.live?.records.find((x) => x.kind === 'dmarc')?.value).toBe('v=DMARC1; p=reject; rua=mailto:d@paypal.com');
  });

  it('prints nothing on stderr: the deadline signal takes every question in flight without a listener warning', async () => {
    const { stderr } = await run(process.execPath, ['cli/bin.mjs', '--json', '--dns', server.url, SAMPLE]);
    expect(stderr).not.toContain('MaxListenersExceededWarning');
    expect(stderr).toBe('');
  });

  it('--offline sends nothing even when a resolver is named', async () => {
    const before = server.log.length;
    const r = await report(['--offline', '--dns', server.url]);
    expect(r.live).toEqual({ enabled: false, resolver: 'off', spf: null, dmarc: null, records: [], dkim: [], arc: null });
    expect(server.log.length).toBe(before);
  });

  it('refuses a plain-http resolver that is not on this machine', async () => {
    await expect(report(['--dns', 'http://dns.example/dns-query'])).rejects.toMatchObject({ code: 2 });
  });

  it('ends the live checks of each message at --timeout: what is cut is a "took too long" temperror', async () => {
    const slow = await startDohServer({ zone: { 'paypa1-secure.com': [txt('v=spf1 -all')] }, faults: { 'paypa1-secure.com': { timeout: true } } });
    try {
      const r = await report(['--dns', slow.url, '--timeout', '1']);
      expect(r.live?.spf?.result).toBe('temperror');
      expect(r.live?.spf?.reason).toContain('skipped: took too long (the 1 s limit for live checks ran out)');
    } finally {
      await slow.stop();
    }
  });

  it('refuses a --timeout that is not a positive number of seconds', async () => {
    await expect(report(['--timeout', 'soon'])).rejects.toMatchObject({ code: 2 });
  });
});
