/** fast-check: random and mutated A-R / ARC / Received-SPF text never throws, and parsing time grows linearly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LENIENT, STRICT, parseArcAuthResults, parseAuthResults, parseReceivedSpf, readRecordedAuth } from '../../../lib/authresults';
import { AUTHRES_SHAPES } from '../../../bench/hostile-shapes';
import { fieldsOf } from './load-fixture';

const SEEDS = [
  'mx.google.com; dkim=pass header.i=@example.com header.s=s1 header.b=Ab/c; spf=pass (google.com: x) smtp.mailfrom=a@example.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
  'spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=pass (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100',
  'foo.example.net (foobar) 1 (baz); dkim (Because I like it) / 1 (One yay) = (wait for it) fail policy (A dot can go here) . (like that) expired',
  '"éxamplé.org"; dkim=fail reason="Tést reason" header.i=二ノ宮@黒川.日本',
];

/** Characters that matter to the grammar, so random strings hit the interesting paths. */
const ALPHABET = Array.from('abcdefghijklmnopqrstuvwxyz0123456789.-_@=;/:()"\\ \t\r\nÉé日');

const grammarText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 300 }).map((a) => a.join(''));

const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...ALPHABET)), { maxLength: 8 }))
  .map(([seed, edits]) => {
    let s = seed;
    for (const [pos, len, ch] of edits) {
      const p = pos % (s.length + 1);
      s = s.slice(0, p) + ch + s.slice(p + len);
    }
    return s;
  });

describe('A-R parsers are total', () => {
  it('never throw on random or mutated text, and always return a typed outcome', () => {
    fc.assert(
      fc.property(fc.oneof(grammarText, mutated, fc.string({ maxLength: 200 })), (s) => {
        for (const out of [parseAuthResults(s, STRICT), parseAuthResults(s, LENIENT), parseArcAuthResults(`i=1; ${s}`)]) {
          expect(typeof out.ok).toBe('boolean');
          if (!out.ok) expect(out.code).toMatch(/^(authres|arc)\./);
        }
        expect(typeof parseReceivedSpf(s).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('readRecordedAuth never throws on mutated header blocks', () => {
    fc.assert(
      fc.property(fc.array(mutated, { minLength: 1, maxLength: 4 }), fc.option(fc.nat(6), { nil: null }), (values, boundary) => {
        const text = [...values.map((v) => `Authentication-Results: ${v.replace(/[\r\n]+/g, ' ')}`), 'Received: from a by mx.google.com; Tue, 14 Oct 2025 09:17:40 +0000', 'From: a@example.com', '', ''].join('\r\n');
        const fields = fieldsOf(text);
        const out = readRecordedAuth(fields, { boundaryField: boundary === null ? null : Math.min(boundary, fields.length - 1), providerHost: 'mx.google.com' });
        expect(Array.isArray(out.findings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile sizes (their time growth is in npm run bench)', () => {
  it.each(AUTHRES_SHAPES.map((shape) => [shape.name, shape] as const))('%s: a total lenient parse', (_name, shape) => {
    const s = shape.make(shape.size);
    expect(s.length).toBeLessThan(64 * 1024);
    const r = parseAuthResults(s, LENIENT);
    expect(typeof r.ok).toBe('boolean');
  });
});
