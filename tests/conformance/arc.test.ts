/**
 * Conformance: the ValiMail ARC test suite (RFC 8617), validation part (../shared/corpora/arc-test-suite).
 * Each scenario's txt-records become a FakeResolver; each message goes through intake() +
 * splitHeaderBlock() (LF line ends as stored, which our canonicalisation reads as CRLF) and verifyArc().
 * Expected cv: Pass / Fail / None; '' (3 cases whose newest seal says cv=fail) counts as Fail (RFC 8617
 * §5.2 step 2). No ARC header fields -> verifyArc returns null -> None.
 * The signing file's Canonicalization scenario is used as extra positive data: with its expected
 * AS/AMS/AAR prepended, the ARC-Message-Signature must verify. Only the AMS: the expected values are stored
 * re-folded for display (b= wrapped where the sealer did not fold), which changes the relaxed form of the
 * AMS and AAR that the ARC-Seal signs, so the seal itself cannot be checked from this file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { verifyArc } from '../../lib/arc';
import { describeCorpus } from '../helpers/corpora';
import { keyResolver, messageOf } from '../lib/dkim/message';

interface Case {
  message: string;
  cv?: string;
  description?: string;
  AS?: string;
  AMS?: string;
  AAR?: string;
}
interface Scenario {
  description: string;
  'txt-records'?: Record<string, string>;
  tests: Record<string, Case>;
}

/** Cases we do not run, one written reason each (at most 5). Empty: every validation case runs. */
const SKIPS: Readonly<Record<string, string>> = {};

/** Signatures in the suite date from 2017; ARC expiry is not enforced, but the clock is fixed anyway. */
const now = (): number => Date.UTC(2018, 0, 1);

function load(file: string): Scenario[] {
  // The suite repeats a few keys inside one mapping (as_fields_b_head_case ...); json: true keeps the last, as PyYAML does.
  return loadAll(readFileSync(file, 'utf8'), undefined, { json: true }).filter((d): d is Scenario => typeof d === 'object' && d !== null);
}

function expected(cv: string | undefined): string {
  const v = (cv ?? '').trim().toLowerCase();
  return v === '' ? 'fail' : v;
}

describeCorpus('arc-test-suite', (dir) => {
  const counts = { pass: 0, skip: 0, total: 0 };
  const scenarios = load(path.join(dir, 'arc-draft-validation-tests.yml'));
  const cases = scenarios.flatMap((s) =>
    Object.entries(s.tests).map(([name, c]) => ({ scenario: s.description.trim(), name, c, zone: s['txt-records'] ?? {} })),
  );

  it('has the 171 validation cases described in SOURCE.md', () => {
    expect(cases).toHaveLength(171);
  });

  it.each(cases)('$scenario / $name', async ({ name, c, zone }) => {
    counts.total++;
    if (SKIPS[name] !== undefined) {
      counts.skip++;
      return;
    }
    const r = await verifyArc(messageOf(c.message), { dns: keyResolver(zone), now });
    const got = r === null ? 'none' : r.result;
    expect(got, `${c.description ?? ''} :: ${r?.code ?? ''} ${r?.reason ?? ''}`).toBe(expected(c.cv));
    counts.pass++;
  });

  const signing = load(path.join(dir, 'arc-draft-sign-tests.yml'));
  const sealed = signing.filter((s) => s.description.trim() === 'Canonicalization').flatMap((s) =>
    Object.entries(s.tests).map(([name, c]) => ({ scenario: s.description.trim(), name, c, zone: s['txt-records'] ?? {} })),
  );
  it.each(sealed)('signing data, AMS as positive case: $scenario / $name', async ({ c, zone }) => {
    // The expected values are stored folded without indentation; fold them with one space.
    const fold = (v: string | undefined): string => (v ?? '').trimEnd().replace(/\n/g, '\n ');
    const head = `ARC-Seal: ${fold(c.AS)}\nARC-Message-Signature: ${fold(c.AMS)}\nARC-Authentication-Results: ${fold(c.AAR)}\n`;
    const r = await verifyArc(messageOf(head + c.message), { dns: keyResolver(zone), now });
    const ams = r?.instances[0]?.ams;
    expect(ams?.result, `${ams?.code ?? ''} ${ams?.reason ?? ''}`).toBe('pass');
  });

  afterAll(() => {
    console.log(`arc-test-suite validation: ${counts.pass}/${counts.total} pass, ${counts.skip} skipped${Object.entries(SKIPS).map(([k, v]) => `\n  skip ${k}: ${v}`).join('')}`);
  });
});
