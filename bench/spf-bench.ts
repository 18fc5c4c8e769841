/**
 * SPF through an include chain of depth 3 (a -> b -> c -> d, the matching ip4 in d) over a resolver
 * that answers each question after 50 ms. Four TXT look-ups must happen one after the other, so the floor is
 * 4 x 50 = 200 ms; the budget allows (3 + 2) x 50 + 30 ms. mailauth's spf() gets the same zone and latency.
 */
import { spf } from 'mailauth';
import { evaluateSpf, type EvaluatedSpf } from '../lib/spf';
import { fmtMs, median, percentile, table, timeInterleaved, type Contender } from './stats';
import { nodeStyleResolver, txtRecord, ZoneResolver, type BenchZone, type NodeStyleResolve } from './zone-resolver';

export const SPF_LATENCY_MS = 50;
export const SPF_BUDGET_MS = (3 + 2) * SPF_LATENCY_MS + 30;

const CLIENT_IP = '192.0.2.77';
const MAIL_FROM = 'bounces@mail.example';
const HELO = 'out1.mail.example';

/** Each level has a few ip4 mechanisms that do not match; only the deepest one lists the client. */
const ZONE: BenchZone = {
  'mail.example': [txtRecord('v=spf1 ip4:198.51.100.10 ip4:198.51.100.11 ip4:198.51.100.12/31 include:_spf-b.mail.example -all')],
  '_spf-b.mail.example': [txtRecord('v=spf1 ip4:198.51.100.20 ip4:198.51.100.24/30 ip4:198.51.100.32/28 include:_spf-c.mail.example -all')],
  '_spf-c.mail.example': [txtRecord('v=spf1 ip4:203.0.113.0/29 ip4:203.0.113.64/27 ip4:203.0.113.128/26 include:_spf-d.mail.example -all')],
  '_spf-d.mail.example': [txtRecord('v=spf1 ip4:192.0.2.0/29 ip4:192.0.2.96/28 ip4:192.0.2.77 -all')],
};

export interface SpfSummary {
  ours: number;
  mailauth: number;
}

export async function benchSpf(): Promise<SpfSummary> {
  const warmup = 1;
  const iterations = 9;
  // The last run of each contender, for the outcome columns.
  const seen: { ours?: { resolver: ZoneResolver; result: EvaluatedSpf }; mailauth?: { resolver: NodeStyleResolve; result: string; lookups: number } } = {};
  const contenders: Contender[] = [
    {
      name: 'ours: evaluateSpf() (prefetch on, default)',
      short: 'ours',
      run: async () => {
        const resolver = new ZoneResolver(ZONE, SPF_LATENCY_MS);
        seen.ours = { resolver, result: await evaluateSpf({ ip: CLIENT_IP, mailFrom: MAIL_FROM, helo: HELO }, { dns: resolver, now: () => 0 }) };
      },
    },
    {
      name: 'mailauth: spf() with resolver option',
      short: 'mailauth',
      run: async () => {
        const resolver = nodeStyleResolver(ZONE, SPF_LATENCY_MS);
        const r = await spf({ ip: CLIENT_IP, sender: MAIL_FROM, helo: HELO, mta: 'mx.bench.example', resolver });
        seen.mailauth = { resolver, result: r.status.result, lookups: r.lookups?.count ?? Number.NaN };
      },
    },
  ];

  console.log(
    `\n== SPF: include depth 3 (mail.example -> _spf-b -> _spf-c -> _spf-d, match in the deepest), every DNS answer after ${SPF_LATENCY_MS} ms\n` +
      `${warmup} warm-up + ${iterations} timed rounds, contenders interleaved; fresh resolver (no cache) per run; floor = 4 sequential TXT = ${4 * SPF_LATENCY_MS} ms`,
  );
  const samples = (await timeInterleaved(contenders, new Uint8Array(0), warmup, iterations)).map((t) => t.samples);
  const medians = samples.map((s) => median(s));
  const { ours, mailauth: theirs } = seen;
  const rows: string[][] = [['contender', 'median ms', 'p90 ms', 'min ms', 'result', 'RFC lookups', 'DNS queries']];
  const outcome = [
    [ours?.result.result ?? '?', String(ours?.result.lookups ?? '?'), String(ours?.resolver.queries ?? '?')],
    [theirs?.result ?? '?', String(theirs?.lookups ?? '?'), String(theirs?.resolver.queries() ?? '?')],
  ];
  contenders.forEach((c, i) => {
    const s = samples[i] ?? [];
    rows.push([c.name, fmtMs(medians[i] ?? Number.NaN), fmtMs(percentile(s, 90)), fmtMs(Math.min(...s)), ...(outcome[i] ?? [])]);
  });
  console.log(table(rows));
  if (ours) console.log(`ours: ${ours.result.reason} (${ours.result.code})`);
  return { ours: medians[0] ?? Number.NaN, mailauth: medians[1] ?? Number.NaN };
}
