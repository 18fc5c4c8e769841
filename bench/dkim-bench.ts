/**
 * Issue 6: DKIM verification of a ~25 MB message against the cost of one SHA-256 over its bytes (the floor any
 * verifier pays for a relaxed body hash), and against mailauth's dkimVerify on the same bytes and key.
 */
import { dkimVerify } from 'mailauth';
import { verifyDkim, type DkimResult, type SignedMessage } from '../lib/dkim';
import { canonicalBodySpliced } from '../lib/dkim/canonical-body';
import { decodeInputBytes, intake, splitHeaderBlock } from '../lib/mime';
import { decodeInput, suffixBytes } from '../lib/mime/received-bytes';
import { signedDkimInput, VERIFY_TIME } from './dkim-input';
import { fmtBytes, fmtMs, median, percentile, table, timeInterleaved, type Contender } from './stats';
import { nodeStyleResolver, ZoneResolver } from './zone-resolver';

export interface DkimSummary {
  sha256: number;
  /** End to end from bytes. */
  ours: number;
  /** verifyDkim() on the split message. */
  verify: number;
  mailauth: number;
}

/** What lib/analyze.ts does before DKIM: decode, intake, header block split, the body's received octets located. */
function signedMessage(bytes: Uint8Array): SignedMessage {
  const input = decodeInput(bytes);
  const taken = intake(input.text);
  if (!taken.ok) return { fields: [], body: null };
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  const bodyBytes = block.body === null ? undefined : suffixBytes(input, block.body.length);
  return { fields: block.fields, body: block.body, bodyBytes, crlfOnly: taken.lineEnding === 'crlf' };
}

/** The same from a text (a paste: no received octets, the body is re-encoded). */
function signedMessageOfText(text: string): SignedMessage {
  const taken = intake(text);
  if (!taken.ok) return { fields: [], body: null };
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  return { fields: block.fields, body: block.body };
}

function describe(results: readonly DkimResult[]): string {
  return results.map((r) => `${r.result} (${r.code}, ${r.keyBits ?? '?'}-bit key, c=${r.canonicalization ?? '?'})`).join(', ') || 'no signature';
}

export async function benchDkim(): Promise<DkimSummary> {
  const warmup = 2;
  const iterations = 9;
  const setup = process.hrtime.bigint();
  const { bytes, zone } = await signedDkimInput();
  const setupMs = Number(process.hrtime.bigint() - setup) / 1e6;
  // A fresh resolver per run: no answer is cached between runs (neither verifier caches across calls either).
  const deps = () => ({ dns: new ZoneResolver(zone), now: () => VERIFY_TIME });
  const mailauthOptions = () => ({ resolver: nodeStyleResolver(zone), curTime: VERIFY_TIME });
  const presplit = signedMessage(bytes);
  const pasted = signedMessageOfText(decodeInputBytes(bytes));
  const digestInput = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  const contenders: Contender[] = [
    { name: 'WebCrypto SHA-256 over the message bytes', short: 'sha256', run: () => crypto.subtle.digest('SHA-256', digestInput) },
    { name: 'ours: bytes -> decode, intake, split, verifyDkim()', short: 'ours', run: (input) => verifyDkim(signedMessage(input), deps()) },
    { name: 'ours: verifyDkim() alone (headers split beforehand, body octets)', short: 'verifyDkim', run: () => verifyDkim(presplit, deps()) },
    {
      name: 'ours: canonicalBodySpliced(relaxed) alone (part of the above)',
      short: 'canonicalBody',
      run: () => Promise.resolve(canonicalBodySpliced(presplit.bodyBytes ?? new Uint8Array(0), 'relaxed', false, { text: presplit.body, noLoneLf: presplit.crlfOnly })),
    },
    { name: 'ours: verifyDkim() on the decoded text (a paste)', short: 'verifyText', run: () => verifyDkim(pasted, deps()) },
    { name: 'mailauth: dkimVerify(bytes)', short: 'mailauth', run: (input) => dkimVerify(Buffer.from(input.buffer, input.byteOffset, input.byteLength), mailauthOptions()) },
  ];

  console.log(`\n== DKIM (issue 6): ~25 MB message, rsa-sha256 relaxed/relaxed, 2048-bit RSA key signed by mailauth dkimSign`);
  const ours = await verifyDkim(signedMessage(bytes), deps());
  const theirs = await dkimVerify(bytes, mailauthOptions());
  console.log(
    `input: ${fmtBytes(bytes.byteLength)} (${bytes.byteLength} bytes), multipart: 1.5 MiB text with whitespace runs + base64 attachment (LCG bytes); ` +
      `key made and message signed in ${(setupMs / 1000).toFixed(1)} s (not timed); key served from memory (0 ms DNS)`,
  );
  console.log(`verified: ours ${describe(ours)}; mailauth ${theirs.results.map((r) => `${r.status.result}${r.status.comment === undefined ? '' : ` (${r.status.comment})`}`).join(', ') || 'no signature'}`);
  console.log(`${warmup} warm-up + ${iterations} timed rounds, contenders interleaved, full GC before each sample`);

  const samples = await timeInterleaved(contenders, bytes, warmup, iterations, true);
  const medians = samples.map((s) => median(s));
  const sha = medians[0] ?? Number.NaN;
  const rows: string[][] = [['contender', 'median ms', 'p90 ms', 'min ms', 'vs sha256']];
  contenders.forEach((c, i) => {
    const s = samples[i] ?? [];
    const m = medians[i] ?? Number.NaN;
    rows.push([c.name, fmtMs(m), fmtMs(percentile(s, 90)), fmtMs(Math.min(...s)), i === 0 ? 'baseline' : `${c.short}/sha256 = ${(m / sha).toFixed(2)}x`]);
  });
  console.log(table(rows));
  const summary = { sha256: sha, ours: medians[1] ?? Number.NaN, verify: medians[2] ?? Number.NaN, mailauth: medians[5] ?? Number.NaN };
  console.log(`mailauth/ours = ${(summary.mailauth / summary.ours).toFixed(1)}x (medians; ours end to end from bytes)`);
  await benchTypicalDkim(deps);
  return summary;
}

/**
 * The same size with the common shape: a short text part (20 KiB, still with the whitespace relaxed
 * canonicalisation rewrites) before a 25 MB attachment. Printed for comparison; the issue's target is judged above.
 */
async function benchTypicalDkim(deps: () => { dns: ZoneResolver; now: () => number }): Promise<void> {
  const { bytes, zone } = await signedDkimInput(20 * 1024);
  const typicalDeps = () => ({ ...deps(), dns: new ZoneResolver(zone) });
  const presplit = signedMessage(bytes);
  const digestInput = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const contenders: Contender[] = [
    { name: 'WebCrypto SHA-256 over the message bytes', short: 'sha256', run: () => crypto.subtle.digest('SHA-256', digestInput) },
    { name: 'ours: verifyDkim() alone (headers split beforehand, body octets)', short: 'verifyDkim', run: () => verifyDkim(presplit, typicalDeps()) },
    { name: 'ours: bytes -> decode, intake, split, verifyDkim()', short: 'ours', run: (input) => verifyDkim(signedMessage(input), typicalDeps()) },
  ];
  const check = await verifyDkim(presplit, typicalDeps());
  console.log(`\n-- same size, 20 KiB text part (the common shape): ${describe(check)}`);
  const samples = await timeInterleaved(contenders, bytes, 2, 9, true);
  const medians = samples.map((x) => median(x));
  const sha = medians[0] ?? Number.NaN;
  const rows: string[][] = [['contender', 'median ms', 'p90 ms', 'vs sha256']];
  contenders.forEach((c, i) => {
    const m = medians[i] ?? Number.NaN;
    rows.push([c.name, fmtMs(m), fmtMs(percentile(samples[i] ?? [], 90)), i === 0 ? 'baseline' : `${c.short}/sha256 = ${(m / sha).toFixed(2)}x`]);
  });
  console.log(table(rows));
}
