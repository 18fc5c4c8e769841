/**
 * Conformance: the dkim-lieser corpus (../shared/corpora/dkim-lieser: RFC 6376 App. A, RFC 8463 App. A,
 * key-record tags, tampering, real messages with captured keys). Each .eml is read as bytes through the
 * product's own decoding (decodeInputBytes), split with intake() + splitHeaderBlock(), verified with the
 * keys of dns.json (or the case's dns_override, which replaces it entirely) served by a FakeResolver.
 *
 * Required (RFC 6376 behaviour): result (SUCCESS -> pass, PERMFAIL -> anything but pass), the
 * DKIM_SIGERROR_* code mapped to ours, sdid/auid/selector/t=/x=/algorithm/h= where asserted, and the
 * number of signatures. Optional (the add-on's UI policy, reported separately, never failing the run):
 * cases with DKIM_POLICYERROR_*, warnings, an upstream preference, or no DKIM signature at all.
 * Signatures are matched by selector when upstream names one, else by rank (pass first), as upstream
 * orders its results.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readSignedMessage, verifyDkim, verifyDkimBytes, type DkimResult } from '../../lib/dkim';
import { nodeFindByte } from '../../cli/node-find-byte';
import { decodeInputBytes } from '../../lib/mime';
import { describeCorpus } from '../helpers/corpora';
import { keyResolver, messageOf } from '../lib/dkim/message';

interface Warning {
  name: string;
  params?: string[];
}
interface ExpectedSignature {
  result: 'SUCCESS' | 'PERMFAIL';
  errorType?: string;
  warnings?: Warning[];
  warnings_include?: Warning[];
  sdid?: string | null;
  auid?: string;
  selector?: string;
  timestamp?: number | null;
  expiration?: number | null;
  algorithmSignature?: string;
  algorithmHash?: string;
  signedHeaders?: string[];
}
interface Case {
  id: string;
  file: string;
  dns_override?: Record<string, string>;
  signature_count: number | null;
  signatures: ExpectedSignature[];
  upstream_preference?: Record<string, string>;
}

/** Upstream DKIM_SIGERROR_* (RFC 6376 failures) -> our stable codes. */
const ERROR_CODES: Readonly<Record<string, string>> = {
  DKIM_SIGERROR_MISSING_V: 'dkim.sig.missing-v',
  DKIM_SIGERROR_KEY_REVOKED: 'dkim.key.revoked',
  DKIM_SIGERROR_KEY_HASHNOTINCLUDED: 'dkim.key.hash-not-allowed',
  DKIM_SIGERROR_KEY_MISMATCHED_K: 'dkim.key.type-mismatch',
  DKIM_SIGERROR_KEY_NOTEMAILKEY: 'dkim.key.not-for-email',
  DKIM_SIGERROR_DOMAIN_I: 'dkim.key.subdomain-not-allowed',
  DKIM_SIGERROR_CORRUPT_BH: 'dkim.bodyhash.mismatch',
  DKIM_SIGERROR_BADSIG: 'dkim.signature.invalid',
  DKIM_POLICYERROR_UNSIGNED_HEADER_ADDED: 'dkim.header.added-unsigned',
};

/** Upstream warnings -> our finding ids (DKIM_SIGWARNING_UNSIGNED_HEADER is compared with unsignedHeaders). */
const WARNING_FINDINGS: Readonly<Record<string, string>> = {
  DKIM_SIGWARNING_FROM_NOT_IN_SDID: 'dkim.author-outside-domain',
  DKIM_SIGWARNING_FUTURE: 'dkim.sig.after-delivery',
};

/** Corpus signatures are from 2003-2023 and carry no x=; "now" is the corpus snapshot date. */
const now = (): number => Date.UTC(2026, 5, 14);

const RANK: Readonly<Record<DkimResult['result'], number>> = { pass: 0, policy: 1, neutral: 2, temperror: 3, permerror: 4, fail: 5 };

function isOptional(c: Case): string | null {
  if (c.upstream_preference) return 'depends on an add-on preference';
  if (c.signature_count === null) return 'no DKIM signature: the From-parsing verdict belongs to the add-on, not to RFC 6376';
  if (c.signatures.some((s) => s.errorType?.startsWith('DKIM_POLICYERROR_') === true)) return 'add-on policy on top of a valid signature';
  if (c.signatures.some((s) => (s.warnings_include?.length ?? 0) > 0)) return 'add-on warning';
  return null;
}

function pick(results: readonly DkimResult[], want: ExpectedSignature, index: number): DkimResult | undefined {
  if (want.selector !== undefined) return results.find((r) => r.selector === want.selector && (want.sdid == null || r.domain === want.sdid));
  return [...results].sort((a, b) => RANK[a.result] - RANK[b.result])[index];
}

/** Problems with one case, as readable lines (empty = agrees). `optional` adds the policy/warning checks. */
function compare(c: Case, results: readonly DkimResult[], optional: boolean): string[] {
  const out: string[] = [];
  if (c.signature_count !== null && results.length !== c.signature_count) out.push(`${results.length} signatures, expected ${c.signature_count}`);
  c.signatures.forEach((want, i) => {
    const r = pick(results, want, i);
    if (!r) return void out.push(`signature ${i}: not found`);
    const tag = `signature ${i} (${r.selector ?? '?'}: ${r.result} ${r.code})`;
    if ((want.result === 'SUCCESS') !== (r.result === 'pass')) out.push(`${tag}: expected ${want.result}`);
    const code = want.errorType === undefined ? undefined : ERROR_CODES[want.errorType];
    if (want.errorType !== undefined && (optional || !want.errorType.startsWith('DKIM_POLICYERROR_')) && code !== r.code) {
      out.push(`${tag}: expected ${want.errorType} (${code ?? 'unmapped'})`);
    }
    const fields: [keyof ExpectedSignature, unknown][] = [
      ['sdid', r.domain], ['auid', r.auid], ['selector', r.selector], ['timestamp', r.timestamp], ['expiration', r.expiration],
      ['algorithmSignature', r.algorithm?.split('-')[0]], ['algorithmHash', r.algorithm?.split('-')[1]],
    ];
    for (const [k, got] of fields) {
      // sdid null = upstream rejected the signature before reading d=; we still read it (more useful), so null is not compared.
      if (want[k] === undefined || (k === 'sdid' && want[k] === null)) continue;
      if (want[k] !== got) out.push(`${tag}: ${k} ${JSON.stringify(got)}, expected ${JSON.stringify(want[k])}`);
    }
    if (want.signedHeaders && JSON.stringify(want.signedHeaders) !== JSON.stringify(r.signedHeaders)) out.push(`${tag}: h= ${r.signedHeaders.join(':')}`);
    if (optional) {
      for (const w of want.warnings_include ?? []) {
        const ids = r.findings.map((f) => f.id);
        const ok =
          w.name === 'DKIM_SIGWARNING_UNSIGNED_HEADER'
            ? (w.params ?? []).every((p) => r.unsignedHeaders.includes(p))
            : WARNING_FINDINGS[w.name] !== undefined && ids.includes(WARNING_FINDINGS[w.name] ?? '');
        if (!ok) out.push(`${tag}: no equivalent of warning ${w.name}${w.params ? `(${w.params.join(',')})` : ''}`);
      }
    }
  });
  return out;
}

describeCorpus('dkim-lieser', (dir) => {
  const { cases } = JSON.parse(readFileSync(path.join(dir, 'expectations.json'), 'utf8')) as { cases: Case[] };
  const dns = JSON.parse(readFileSync(path.join(dir, 'dns.json'), 'utf8')) as Record<string, string>;
  const required = cases.filter((c) => isOptional(c) === null);
  const optional = cases.filter((c) => isOptional(c) !== null);
  const tally = { required: 0, optionalPass: 0, optionalNotes: [] as string[] };

  const run = (c: Case): Promise<DkimResult[]> => {
    const text = decodeInputBytes(readFileSync(path.join(dir, c.file)));
    return verifyDkim(messageOf(text), { dns: keyResolver(c.dns_override ?? dns), now });
  };

  it.each(required)('$id ($file)', async (c) => {
    expect(compare(c, await run(c), false)).toEqual([]);
    tally.required++;
  });

  // The same cases from the file's bytes (the body hashed from the octets received, the header block read
  // from the top of the message only): the same outcome as from the decoded text.
  it.each(required)('$id ($file) from bytes', async (c) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, c.file)));
    expect(compare(c, await verifyDkimBytes(bytes, { dns: keyResolver(c.dns_override ?? dns), now }), false)).toEqual([]);
  });

  // Every case read with readSignedMessage at cuts just past the blank line and later (a corpus file is read from the
  // top only when intake on the whole file could read no line past the cut: with 250 lines there, none of these),
  // and with its body given as octets only (body null), searched by lib or by the host's finder (Node's Buffer
  // indexOf): the same results as from the decoded text.
  it('every case read from its bytes, body as octets only: the same results as from the decoded text', async () => {
    let octetsOnly = 0;
    for (const c of cases) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, c.file)));
      const want = await run(c);
      const blank = Buffer.from(bytes).indexOf('\n\r\n') + 3 || Buffer.from(bytes).indexOf('\n\n') + 2;
      for (const headBytes of [blank + 1, blank + 80, blank + 400, bytes.length - 1]) {
        const msg = readSignedMessage(bytes, undefined, headBytes);
        const reads = msg.bodyBytes === undefined ? [msg] : [msg, { fields: msg.fields, body: null, bodyBytes: msg.bodyBytes }];
        octetsOnly += reads.length - 1;
        for (const read of reads) {
          for (const findByte of [undefined, nodeFindByte]) {
            const deps = { dns: keyResolver(c.dns_override ?? dns), now, ...(findByte === undefined ? {} : { findByte }) };
            expect(await verifyDkim(read, deps), `${c.id} cut ${String(headBytes)}`).toEqual(want);
          }
        }
      }
    }
    expect(octetsOnly).toBeGreaterThanOrEqual(cases.length);
  });

  it.each(optional)('optional UI-policy case $id: crypto outcome still RFC-correct', async (c) => {
    const results = await run(c);
    const problems = compare(c, results, true);
    if (problems.length === 0) tally.optionalPass++;
    else tally.optionalNotes.push(`${c.id} (${isOptional(c) ?? ''}): ${problems.join('; ')}`);
    // What must hold even here: a case upstream calls SUCCESS never becomes fail/permerror with us.
    for (const [i, want] of c.signatures.entries()) {
      const r = pick(results, want, i);
      if (want.result === 'SUCCESS' && r) expect(['pass', 'policy']).toContain(r.result);
    }
  });

  afterAll(() => {
    console.log(
      `dkim-lieser: required ${tally.required}/${required.length} pass; optional UI-policy ${tally.optionalPass}/${optional.length} agree` +
        tally.optionalNotes.map((n) => `\n  optional differs: ${n}`).join(''),
    );
  });
});
