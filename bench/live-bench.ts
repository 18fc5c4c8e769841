/**
 * The live report as the user waits for it: analyze() on the 6.5 KB message with live checks on, every DNS answer
 * after 50 ms. SPF through an include chain of depth 3 (four TXT one after the other: 200 ms at least), DKIM with a
 * real key (the message is signed here), ARC, DMARC after SPF and DKIM, the From domain's records, blocklists and
 * reverse DNS. SPF alone on the same zone is the floor printed beside it. Names not in the zone answer NXDOMAIN
 * (not listed, no record) after the same 50 ms.
 */
import { analyze } from '../lib/analyze';
import { evaluateSpf } from '../lib/spf';
import { nodeDecodeBytes } from '../cli/node-decode';
import { nodeHash } from '../cli/node-hash';
import type { Report } from '../lib/report';
import { signWithNewKey, VERIFY_TIME } from './dkim-input';
import { typicalMessage } from './inputs';
import { fmtMs, median, minimum, percentile, table, timeInterleaved, type Contender } from './stats';
import { txtRecord, ZoneResolver, type BenchZone } from './zone-resolver';

export const LIVE_LATENCY_MS = 50;

const DOMAIN = 'contoso.com';
const CLIENT_IP = '2a01:111:f403:2612::701';
/** RFC 3596 §2.5: the client's 32 nibbles, least significant first, under ip6.arpa. */
const PTR_NAME = `${Array.from('2a010111f40326120000000000000701', (c) => c)
  .reverse()
  .join('.')}.ip6.arpa`;
const PTR_HOST = 'mail-vi1eur05on20701.outbound.protection.outlook.com';

/** The sender's zone: SPF include depth 3 (the client's /48 in the deepest), DMARC, MX, MTA-STS, TLS-RPT, reverse DNS. */
const ZONE: BenchZone = {
  [DOMAIN]: [
    txtRecord(`v=spf1 ip4:198.51.100.10 include:_spf-b.${DOMAIN} -all`),
    { type: 'MX', preference: 10, exchange: `${DOMAIN.replace('.', '-')}.mail.protection.outlook.com` },
    { type: 'A', address: '198.51.100.80' },
  ],
  [`_spf-b.${DOMAIN}`]: [txtRecord(`v=spf1 ip4:198.51.100.20 ip4:198.51.100.24/30 include:_spf-c.${DOMAIN} -all`)],
  [`_spf-c.${DOMAIN}`]: [txtRecord(`v=spf1 ip4:203.0.113.0/29 include:_spf-d.${DOMAIN} -all`)],
  [`_spf-d.${DOMAIN}`]: [txtRecord('v=spf1 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/48 -all')],
  [`_dmarc.${DOMAIN}`]: [txtRecord(`v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@${DOMAIN}`)],
  [`_mta-sts.${DOMAIN}`]: [txtRecord('v=STSv1; id=20240601T000000')],
  [`_smtp._tls.${DOMAIN}`]: [txtRecord(`v=TLSRPTv1; rua=mailto:tlsrpt@${DOMAIN}`)],
  [PTR_NAME]: [{ type: 'PTR', name: PTR_HOST }],
  [PTR_HOST]: [{ type: 'AAAA', address: CLIENT_IP }],
};

function outcome(r: Report, queries: number): string {
  const l = r.live;
  const dkim = l?.dkim.map((d) => `${d.domain ?? '?'}:${d.result}`).join(' ') ?? '-';
  return (
    `spf ${l?.spf?.result ?? '-'}, dkim ${dkim}, arc ${l?.arc?.result ?? '-'}, dmarc ${l?.dmarc?.result ?? '-'}, ` +
    `${String(l?.records.length ?? 0)} domain records, ${String(r.reputation?.checks.length ?? 0)} blocklist checks, ${String(queries)} DNS questions`
  );
}

export async function benchLive(): Promise<void> {
  const signed = await signWithNewKey(
    typicalMessage(),
    DOMAIN,
    'bench2048',
    'from:to:subject:date:message-id:mime-version:content-type',
  );
  const zone: BenchZone = { ...ZONE, ...signed.zone };
  const input = Buffer.from(signed.signed, 'latin1');
  const deps = (dns: ZoneResolver) => ({
    dns,
    now: () => VERIFY_TIME,
    resolverLabel: `bench zone (${String(LIVE_LATENCY_MS)} ms)`,
    decodeBytes: nodeDecodeBytes,
    hash: nodeHash,
  });
  const seen: { report?: Report; queries?: number; spfQueries?: number } = {};
  const contenders: Contender[] = [
    {
      name: 'ours, product path: analyze(bytes) with live checks -> whole live report',
      short: 'live report',
      run: async (bytes) => {
        const dns = new ZoneResolver(zone, LIVE_LATENCY_MS);
        seen.report = await analyze(bytes, deps(dns));
        seen.queries = dns.queries;
      },
    },
    {
      name: 'ours: evaluateSpf() alone (the include chain: the floor)',
      short: 'spf',
      run: async () => {
        const dns = new ZoneResolver(zone, LIVE_LATENCY_MS);
        await evaluateSpf(
          { ip: CLIENT_IP, mailFrom: `news@${DOMAIN}`, helo: 'EUR05-VI1-obe.outbound.protection.outlook.com' },
          { dns, now: () => VERIFY_TIME },
        );
        seen.spfQueries = dns.queries;
      },
    },
  ];
  const [warmup, rounds] = [1, 7];
  console.log(
    `\n== live report: the 6.5 KB message (DKIM-signed here) with live checks on, every DNS answer after ${String(LIVE_LATENCY_MS)} ms\n` +
      `${String(warmup)} warm-up + ${String(rounds)} timed rounds, interleaved; a fresh resolver (no cache) per run; SPF alone needs 4 sequential TXT = ${String(4 * LIVE_LATENCY_MS)} ms`,
  );
  const timings = await timeInterleaved(contenders, input, warmup, rounds);
  const rows: string[][] = [['contender', 'median ms', 'min ms', 'p90 ms', 'sequential rounds of 50 ms (median)']];
  contenders.forEach((c, i) => {
    const s = timings[i]?.samples ?? [];
    rows.push([
      c.name,
      fmtMs(median(s)),
      fmtMs(minimum(s)),
      fmtMs(percentile(s, 90)),
      (median(s) / LIVE_LATENCY_MS).toFixed(1),
    ]);
  });
  console.log(table(rows));
  if (seen.report)
    console.log(
      `live report: ${outcome(seen.report, seen.queries ?? 0)}; SPF alone: ${String(seen.spfQueries ?? 0)} DNS questions`,
    );
  const [live, spf] = [median(timings[0]?.samples ?? []), median(timings[1]?.samples ?? [])];
  console.log(
    `live report / SPF alone = ${(live / spf).toFixed(2)}x (medians): ${fmtMs(live - spf)} ms beyond the SPF chain`,
  );
}
