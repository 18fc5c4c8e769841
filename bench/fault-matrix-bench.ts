/**
 * The DNS fault matrix in real time (security goal G4, docs/security-goals.md): the whole live analysis of a signed
 * message through the product's resolver (host/global-doh.ts: 3 s per question) against a real local DoH server
 * whose answers for the sender's domain are broken one way per row, wire format and JSON, with the product's
 * deadline (8 s) and budget (30 questions). Each row prints the time to the finished report, the questions the
 * server received and the ones the analysis counted, and the SPF, DKIM and DMARC results. Unit tests hold the same
 * faults without timing (tests/lib/spf/fault-matrix.test.ts); here the clock is real. `npm run bench -- --only faults`.
 */
import { analyze } from '../lib/analyze';
import { globalDohResolver } from '../host/global-doh';
import { createHealthCache } from '../lib/reputation/types';
import type { Report } from '../lib/report';
import { nodeDecodeBytes } from '../cli/node-decode';
import { nodeHash } from '../cli/node-hash';
import { liveDeadline } from '../cli/live-deadline';
import { startDohServer, type DohFault, type DohServer } from '../tests/helpers/doh-server';
import { txt, type Zone } from '../tests/helpers/fake-resolver';
import { DNS_FAULTS } from '../tests/helpers/dns-faults';
import { signWithNewKey, VERIFY_TIME } from './dkim-input';
import { typicalMessage } from './inputs';
import { table } from './stats';

const DEADLINE_S = 8;
const SELECTOR = 'bench2048';
/** The slow row: every answer after 2.9 s, an SPF include chain of 40 (RFC 7208 §4.6.4 stops at 10). */
const SLOW_MS = 2900;
const SLOW_CHAIN = 40;

/** The sender's zone at `d` (as the live bench: SPF through an include, DMARC, MX, MTA-STS, TLS-RPT). */
function senderZone(d: string, twoRecords: boolean): Zone {
  const spf = txt(`v=spf1 include:_spf.${d} -all`);
  const dmarc = txt('v=DMARC1; p=quarantine');
  return {
    [d]: twoRecords ? [spf, txt('v=spf1 +all')] : [spf, { type: 'MX', preference: 10, exchange: `mx.${d}` }],
    [`_spf.${d}`]: [txt('v=spf1 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/48 -all')],
    [`_dmarc.${d}`]: twoRecords ? [dmarc, txt('v=DMARC1; p=none')] : [dmarc],
    [`_mta-sts.${d}`]: [txt('v=STSv1; id=20240601T000000')],
    [`_smtp._tls.${d}`]: [txt(`v=TLSRPTv1; rua=mailto:tlsrpt@${d}`)],
  };
}

/** Every name of the sender's domain the analysis asks about, broken the same way. */
function faultsFor(d: string, fault: DohFault): Record<string, DohFault> {
  const names = [
    d,
    `_spf.${d}`,
    `_dmarc.${d}`,
    `_mta-sts.${d}`,
    `_smtp._tls.${d}`,
    `${SELECTOR}._domainkey.${d}`,
    `mx.${d}`,
  ];
  return Object.fromEntries(names.map((n) => [n, fault]));
}

interface Row {
  fault: string;
  mode: 'wire' | 'json';
  domain: string;
  /** Override the endpoint (nothing listening). */
  endpoint?: string;
}

interface Outcome {
  ms: number;
  served: number;
  counted: number;
  spf: string;
  dkim: string;
  dmarc: string;
}

function liveOf(r: Report): Pick<Outcome, 'spf' | 'dkim' | 'dmarc'> {
  return {
    spf: r.live?.spf?.result ?? '-',
    dkim: r.live?.dkim.map((d) => d.result).join(' ') || '-',
    dmarc: r.live?.dmarc?.result ?? '-',
  };
}

async function runRow(row: Row, message: Map<string, Uint8Array>, server: DohServer): Promise<Outcome> {
  const endpoint = row.endpoint ?? (row.mode === 'json' ? server.jsonUrl : server.url);
  const dns = globalDohResolver({ endpoint, format: row.mode, maxQueries: 30 });
  const bytes = message.get(row.domain);
  if (!bytes) throw new Error(`no message for ${row.domain}`);
  const before = server.log.length;
  const began = process.hrtime.bigint();
  const report = await analyze(bytes, {
    now: () => VERIFY_TIME,
    dns,
    resolverLabel: `local DoH (${row.mode})`,
    signal: liveDeadline(DEADLINE_S),
    deadlineSeconds: DEADLINE_S,
    health: createHealthCache(),
    decodeBytes: nodeDecodeBytes,
    hash: nodeHash,
  });
  const ms = Number(process.hrtime.bigint() - began) / 1e6;
  return { ms, served: server.log.length - before, counted: report.live?.queries ?? 0, ...liveOf(report) };
}

export async function benchFaultMatrix(): Promise<void> {
  const zone: Zone = {};
  const faults: Record<string, DohFault> = {};
  const message = new Map<string, Uint8Array>();
  const domains = ['ok', ...Object.keys(DNS_FAULTS)].map((f) => `${f}.example`);
  for (const d of domains) {
    const signed = await signWithNewKey(
      typicalMessage().replaceAll('contoso.com', d),
      d,
      SELECTOR,
      'from:to:subject:date:message-id',
    );
    Object.assign(zone, senderZone(d, d === 'two-records.example'), signed.zone);
    message.set(d, Buffer.from(signed.signed, 'latin1'));
    const fault = DNS_FAULTS[d.replace(/\.example$/, '')];
    if (fault !== undefined && fault !== 'zone') Object.assign(faults, faultsFor(d, fault));
  }
  const server = await startDohServer({ zone, faults });
  const slowZone: Zone = { ...zone, ...senderZone('slow.example', false) };
  slowZone['slow.example'] = [txt('v=spf1 include:s1.slow.example -all')];
  for (let i = 1; i <= SLOW_CHAIN; i++)
    slowZone[`s${String(i)}.slow.example`] = [
      txt(i < SLOW_CHAIN ? `v=spf1 include:s${String(i + 1)}.slow.example -all` : 'v=spf1 -all'),
    ];
  const slowSigned = await signWithNewKey(
    typicalMessage().replaceAll('contoso.com', 'slow.example'),
    'slow.example',
    SELECTOR,
    'from:to:subject:date:message-id',
  );
  Object.assign(slowZone, slowSigned.zone);
  message.set('slow.example', Buffer.from(slowSigned.signed, 'latin1'));
  const slow = await startDohServer({ zone: slowZone, delayMs: SLOW_MS });

  const rows: Row[] = domains.flatMap((d) => [
    { fault: d.replace(/\.example$/, ''), mode: 'wire' as const, domain: d },
    { fault: d.replace(/\.example$/, ''), mode: 'json' as const, domain: d },
  ]);
  rows.push({
    fault: 'network (nothing listening)',
    mode: 'wire',
    domain: 'ok.example',
    endpoint: 'http://127.0.0.1:9/dns-query',
  });
  const out: string[][] = [];
  let passUnderFault = 0;
  try {
    for (const row of rows) {
      const o = await runRow(row, message, server);
      // A zone fault (two records) touches SPF and DMARC only; the others break every name, the DKIM key's too.
      const faulted = row.fault === 'two-records' ? [o.spf, o.dmarc] : [o.spf, o.dmarc, ...o.dkim.split(' ')];
      if (row.fault !== 'ok' && faulted.includes('pass')) passUnderFault++;
      out.push([
        row.fault,
        row.mode,
        `${o.ms.toFixed(0)} ms`,
        String(o.served),
        String(o.counted),
        o.spf,
        o.dkim,
        o.dmarc,
      ]);
    }
    const o = await runRow({ fault: 'slow', mode: 'wire', domain: 'slow.example' }, message, slow);
    out.push([
      `slow: ${String(SLOW_MS)} ms per answer, ${String(SLOW_CHAIN)} includes`,
      'wire',
      `${o.ms.toFixed(0)} ms`,
      String(o.served),
      String(o.counted),
      o.spf,
      o.dkim,
      o.dmarc,
    ]);
  } finally {
    await server.stop();
    await slow.stop();
  }
  console.log(
    `\nDNS fault matrix, real time: the whole live analysis per row (deadline ${String(DEADLINE_S)} s, 30 questions, 3 s per question; faults on every name of the sender's domain)`,
  );
  console.log(
    table([['fault', 'mode', 'report after', 'questions served', 'counted', 'SPF', 'DKIM', 'DMARC'], ...out]),
  );
  console.log(
    `"served": questions the DoH server received; "counted": report.live.queries. DKIM: the bench's signature, then the message's own (its key is not published: permerror). Pass under a fault: ${String(passUnderFault)} (must be 0); "ok" is the control row.`,
  );
}
