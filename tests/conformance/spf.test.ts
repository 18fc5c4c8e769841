/**
 * RFC 7208 conformance: the openspf test suite (../shared/corpora/spf-rfc7208/rfc7208-tests.yml).
 * One in-memory zone per scenario; check_host(host, domain of mailfrom or helo, mailfrom, helo).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { describeCorpus } from '../helpers/corpora';
import { checkHost } from '../../lib/spf/check-host';
import { CorpusResolver, zoneFromYaml } from '../lib/spf/corpus-zone';

interface Scenario {
  description: string;
  tests: Record<string, { helo: string; host: string; mailfrom: string; result: string | string[]; explanation?: string; spec?: string | string[] }>;
  zonedata?: Record<string, (string | Record<string, unknown>)[] | null>;
}

/** Cases we do not run, each with its reason (at most 5). */
const SKIPS: Record<string, string> = {};

describeCorpus('spf-rfc7208', (dir) => {
  const scenarios = loadAll(readFileSync(path.join(dir, 'rfc7208-tests.yml'), 'utf8')) as Scenario[];
  const counts = { pass: 0, skip: 0, total: 0 };
  afterAll(() => {
    console.log(`spf-rfc7208: ${counts.pass}/${counts.total} passed, ${counts.skip} skipped${Object.keys(SKIPS).length ? `: ${Object.entries(SKIPS).map(([k, v]) => `${k} (${v})`).join('; ')}` : ''}`);
  });
  for (const scenario of scenarios) {
    const { zone, timeouts } = zoneFromYaml(scenario.zonedata ?? {});
    for (const [name, t] of Object.entries(scenario.tests)) {
      counts.total++;
      if (name in SKIPS) {
        counts.skip++;
        it.skip(`${scenario.description} / ${name}: ${SKIPS[name] ?? ''}`, () => undefined);
        continue;
      }
      it(`${scenario.description} / ${name}`, async () => {
        const mailfrom = t.mailfrom;
        const sender = mailfrom === '' ? `postmaster@${t.helo}` : mailfrom;
        const at = sender.lastIndexOf('@');
        const domain = sender.slice(at + 1);
        const r = await checkHost({ ip: t.host, domain, sender, helo: t.helo }, { dns: new CorpusResolver(zone, timeouts), receiver: 'unknown' });
        const accepted = Array.isArray(t.result) ? t.result : [t.result];
        expect(accepted, `${r.result} (${r.code}: ${r.reason})`).toContain(r.result);
        // The suite writes DEFAULT where the receiver's own default explanation applies (no usable exp=).
        if (t.explanation !== undefined) expect(r.explanation ?? 'DEFAULT').toBe(t.explanation);
        counts.pass++;
      });
    }
  }
});
