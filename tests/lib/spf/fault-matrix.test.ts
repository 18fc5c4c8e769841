/**
 * security goal G4, docs/security-goals.md: every DNS fault, served by a real local DoH server and read through createDohResolver,
 * yields temperror/permerror/none for SPF and DMARC, with a reason, and never pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohResolver, type DohResolverOptions } from '../../../lib/dns/doh-resolver';
import { checkHost } from '../../../lib/spf/check-host';
import { evaluateDmarc } from '../../../lib/dmarc/evaluate';
import { startDohServer, type DohFault, type DohServer } from '../../helpers/doh-server';
import { txt, type Zone } from '../../helpers/fake-resolver';
import { DNS_FAULTS } from '../../helpers/dns-faults';

const IP = '192.0.2.10';
const GOOD_SPF = txt(`v=spf1 ip4:${IP} -all`);
const GOOD_DMARC = txt('v=DMARC1; p=reject');

const zone: Zone = {};
const faults: Record<string, DohFault> = {};
for (const [name, fault] of Object.entries(DNS_FAULTS)) {
  const d = `${name}.example`;
  zone[d] = name === 'two-records' ? [GOOD_SPF, txt('v=spf1 +all')] : [GOOD_SPF];
  zone[`_dmarc.${d}`] = name === 'two-records' ? [GOOD_DMARC, txt('v=DMARC1; p=none')] : [GOOD_DMARC];
  zone[`inc.${d}`] = [txt(`v=spf1 include:${d} -all`)];
  if (fault !== 'zone') {
    faults[d] = fault;
    faults[`_dmarc.${d}`] = fault;
  }
}

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone, faults });
});
afterAll(async () => {
  await server.stop();
});

const timers = { setTimer: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimer: (h: unknown) => { clearTimeout(h as ReturnType<typeof setTimeout>); } };
/** Only the row whose server never answers needs a short timeout; the others answer, and under a loaded
 * machine a local answer can take longer than 100 ms, which would turn a row into a timeout row. */
function resolver(extra: Partial<DohResolverOptions> = {}) {
  return createDohResolver({ fetch: (url, init) => fetch(url, init), endpoint: server.url, timeoutMs: 5000, ...timers, ...extra });
}

const rows = Object.keys(DNS_FAULTS).flatMap((fault) => [
  [fault, 'wire', `${fault}.example`],
  [fault, 'wire via include', `inc.${fault}.example`],
  [fault, 'json', `${fault}.example`],
]);
rows.push(['network (nothing listening)', 'wire', 'ok.example'], ['budget used up', 'wire', 'ok.example']);

const tally = { spfPass: 0, dmarcPass: 0, cases: 0 };

describe('DNS fault matrix: SPF and DMARC never pass', () => {
  afterAll(() => {
    console.log(`fault matrix: ${tally.cases} cases, SPF pass ${tally.spfPass}, DMARC pass ${tally.dmarcPass}`);
    expect(tally.spfPass + tally.dmarcPass).toBe(0);
  });
  it.each(rows)('%s (%s) at %s', async (fault, mode, domain) => {
    const extra: Partial<DohResolverOptions> =
      fault.startsWith('network') ? { endpoint: 'http://127.0.0.1:9/dns-query' } : fault.startsWith('budget') ? { maxQueries: 0 } : mode === 'json' ? { endpoint: server.jsonUrl, format: 'json' } : {};
    if (fault === 'timeout') extra.timeoutMs = 100;
    const spf = await checkHost({ ip: IP, domain, sender: `a@${domain}`, helo: domain }, { dns: resolver(extra) });
    const dmarcDomain = domain.replace(/^inc\./, '');
    const dmarc = await evaluateDmarc({ headerFrom: `a@${dmarcDomain}`, spf: { result: 'pass', domain: dmarcDomain }, dkim: [{ result: 'pass', domain: dmarcDomain }] }, { dns: resolver(extra) });
    tally.cases++;
    if (spf.result === 'pass') tally.spfPass++;
    if (dmarc.result === 'pass') tally.dmarcPass++;
    expect(['temperror', 'permerror', 'none']).toContain(spf.result);
    expect(['temperror', 'permerror', 'none']).toContain(dmarc.result);
    expect(spf.reason.length).toBeGreaterThan(0);
    expect(dmarc.reason.length).toBeGreaterThan(0);
    if (fault === 'two-records') {
      expect(spf.result).toBe('permerror');
      expect(dmarc.code).toBe('dmarc.record.multiple');
    }
  });
  it('control: the same zone without faults passes both', async () => {
    const r = resolver();
    const dom = 'inc.ok.example';
    const s = await startDohServer({ zone: { 'ok.example': [GOOD_SPF], [dom]: [txt('v=spf1 include:ok.example -all')], '_dmarc.ok.example': [GOOD_DMARC] } });
    try {
      const dns = createDohResolver({ fetch: (url, init) => fetch(url, init), endpoint: s.url, ...timers });
      expect((await checkHost({ ip: IP, domain: dom, sender: `a@${dom}`, helo: dom }, { dns })).result).toBe('pass');
      expect((await evaluateDmarc({ headerFrom: 'a@ok.example', spf: null, dkim: [{ result: 'pass', domain: 'ok.example' }] }, { dns })).result).toBe('pass');
    } finally {
      await s.stop();
    }
    expect(r.sent).toBe(0);
  });
});
