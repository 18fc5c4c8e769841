/**
 * Organizational Domain (RFC 7489 §3.2) against the Public Suffix List test vectors
 * (../shared/corpora/psl-org-domain/tests.txt) through lib/psl (generated from that list); both sections count.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeCorpus } from '../helpers/corpora';
import { organizationalDomain } from '../../lib/psl/org-domain';

describeCorpus('psl-org-domain', (dir) => {
  const vectors = readFileSync(path.join(dir, 'tests.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//'))
    .map((l) => l.split(/\s+/) as [string, string]);
  let passed = 0;
  afterAll(() => {
    console.log(`psl-org-domain: ${passed}/${vectors.length} passed, 0 skipped`);
  });
  it.each(vectors)('%s -> %s', (input, expected) => {
    const got = input === 'null' ? null : organizationalDomain(input.toLowerCase());
    expect(got).toBe(expected === 'null' ? null : expected);
    passed++;
  });
});
