import { describe, expect, it } from 'vitest';
import { splitHeaderBlock } from '../../../lib/mime/header-block';
import { splitLines } from '../../../lib/mime/lines';
import { LIMITS } from '../../../lib/limits';
import { blockOf, fieldsOf, findingIds, fixture, joinLines, sample } from './fixture';

const FIXTURES = [
  'rfc5322-A.1.1-simple.eml',
  'rfc5322-A.1.2-different-types.eml',
  'rfc5322-A.1.3-group-addresses.eml',
  'rfc5322-A.4-trace-fields.eml',
  'rfc5322-A.5-white-space-comments.eml',
  'rfc5322-A.6.1-obsolete-addressing.eml',
  'rfc5322-A.6.2-obsolete-dates.eml',
  'rfc5322-A.6.3-obsolete-white-space.eml',
  'rfc2047-8-examples.eml',
  'smuggling-folded-colon.eml',
];
const MESSAGES: (readonly [string, string])[] = [
  ...FIXTURES.map((f) => [f, fixture(f)] as const),
  ['samples/phish-with-forged-results.eml', sample('phish-with-forged-results.eml')],
];

const toLf = (t: string) => t.replace(/\r\n/g, '\n');
const nameValues = (text: string) => fieldsOf(text).map((f) => [f.name, f.value]);

describe('RFC 5322 examples', () => {
  it('§2.2.3: "Subject: This\\r\\n is a test" unfolds to "This is a test"', () => {
    const [subject] = fieldsOf('Subject: This\r\n is a test\r\n\r\n');
    expect(subject).toMatchObject({ name: 'Subject', key: 'subject', value: 'This is a test', raw: 'Subject: This\r\n is a test\r\n', line: 0, repaired: false });
  });

  it('A.1.1: five fields, in order, values unfolded and trimmed', () => {
    const block = blockOf(fixture('rfc5322-A.1.1-simple.eml'));
    expect(block.fields.map((f) => [f.name, f.value])).toEqual([
      ['From', 'John Doe <jdoe@machine.example>'],
      ['To', 'Mary Smith <mary@example.net>'],
      ['Subject', 'Saying Hello'],
      ['Date', 'Fri, 21 Nov 1997 09:55:06 -0600'],
      ['Message-ID', '<1234@local.machine.example>'],
    ]);
    expect(block.findings).toEqual([]);
    expect(block.bodyLines?.map((l) => l.text)).toEqual(['This is a message just to say hello.', 'So, "Hello".']);
  });

  it('A.4: a Received folded over six lines is one field', () => {
    const [received] = fieldsOf(fixture('rfc5322-A.4-trace-fields.eml'));
    expect(received?.value).toBe('from x.y.test   by example.net   via TCP   with ESMTP   id ABC12345   for <mary@example.net>;  21 Nov 1997 10:05:43 -0600');
  });

  it('A.6.3: WSP before the colon, and a fold made of WSP only', () => {
    expect(nameValues(fixture('rfc5322-A.6.3-obsolete-white-space.eml'))).toEqual([
      ['From', 'John Doe <jdoe@machine(comment).  example>'],
      ['To', 'Mary Smith            <mary@example.net>'],
      ['Subject', 'Saying Hello'],
      ['Date', 'Fri, 21                 Nov 1997             09(comment):   55  :  06 -0600'],
      ['Message-ID', '<1234   @   local(blah)  .machine .example>'],
    ]);
  });
});

describe('line endings (security goal G10, docs/security-goals.md: CRLF, LF and CR-only parse identically)', () => {
  it.each(MESSAGES)('%s', (_name, text) => {
    const lf = toLf(text);
    const variants = [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')];
    const [base, crlf, cr] = variants.map(nameValues);
    expect(base?.length).toBeGreaterThan(0);
    expect(crlf).toEqual(base);
    expect(cr).toEqual(base);
  });
});

describe('raw: each field keeps its exact original text (DKIM canonicalisation reads it)', () => {
  it.each(MESSAGES.flatMap(([name, text]) => [
    [`${name} (as stored)`, text],
    [`${name} (LF)`, toLf(text)],
    [`${name} (CR only)`, toLf(text).replace(/\n/g, '\r')],
  ]))('%s', (_name, text) => {
    const block = blockOf(text);
    const raws = block.fields.map((f) => f.raw).join('');
    expect(raws).toBe(text.slice(0, block.headerChars));
    expect(block.headerChars).toBe(raws.length);
    // The rest is the blank separator line, then the body, exactly.
    const separator = text.slice(block.headerChars).match(/^\r?\n|^\r/)?.[0] ?? '';
    expect(raws + separator + joinLines(block.bodyLines ?? [])).toBe(text);
  });

  it('every field raw starts with its name and ends with its line terminator', () => {
    for (const f of fieldsOf(sample('phish-with-forged-results.eml'))) {
      expect(f.raw.startsWith(f.name)).toBe(true);
      expect(f.raw.endsWith('\n')).toBe(true);
    }
  });
});

describe('splitHeaderBlock', () => {
  it.each([
    ['empty value', 'Subject:\n\n', [['Subject', '']]],
    ['value without a space after the colon', 'Subject:x\n\n', [['Subject', 'x']]],
    ['tab folds', 'Subject: a\n\tb\n\n', [['Subject', 'a\tb']]],
    ['trailing WSP trimmed, inner kept', 'Subject:   a  b \t\n\n', [['Subject', 'a  b']]],
    ['a WSP-only line is a fold, not the end of the header block', 'Subject: a\n   \nTo: b@c.test\n\n', [['Subject', 'a'], ['To', 'b@c.test']]],
    ['colons in the value', 'X-Time: 10:00:00\n\n', [['X-Time', '10:00:00']]],
    ['names keep their case; keys are lower-cased', 'MESSAGE-ID: <x@y>\n\n', [['MESSAGE-ID', '<x@y>']]],
    ['duplicates kept in order', 'From: a@x.test\nFrom: b@y.test\n\n', [['From', 'a@x.test'], ['From', 'b@y.test']]],
    ['the last header without a terminator', 'From: a@x.test\nTo: b@y.test', [['From', 'a@x.test'], ['To', 'b@y.test']]],
  ] as const)('%s', (_label, text, expected) => {
    expect(nameValues(text)).toEqual(expected);
  });

  it('line is the 0-based index of the first line of each field', () => {
    expect(fieldsOf('A: 1\n 2\n 3\nB: 4\nC: 5\n\n').map((f) => [f.name, f.line])).toEqual([['A', 0], ['B', 3], ['C', 4]]);
  });

  it('headers only: bodyLines is null', () => {
    const block = blockOf('From: a@x.test\nTo: b@y.test\n');
    expect(block.bodyLines).toBeNull();
    expect(block.findings).toEqual([]);
  });

  it('a blank line then nothing is headers only, as without the blank line (one definition of a header paste)', () => {
    expect(blockOf('From: a@x.test\n\n')).toMatchObject({ bodyLines: null, body: null });
    expect(blockOf('From: a@x.test\n')).toMatchObject({ bodyLines: null, body: null });
    expect(blockOf('From: a@x.test\n\n\n')).toMatchObject({ bodyLines: [{ text: '' }], body: '\n' });
  });

  it('an empty line list gives an empty block', () => {
    expect(splitHeaderBlock([])).toEqual({ body: null, fields: [], headerChars: 0, bodyLines: null, findings: [], tooLarge: false });
  });

  it('a __proto__ header is an ordinary field and pollutes nothing', () => {
    for (const text of ['From: a@x.test\n__proto__: x\nconstructor: y\n\n', 'From: a@x.test\n folded\n__proto__: x\n\n']) {
      const fields = fieldsOf(text);
      expect(fields.find((f) => f.key === '__proto__')).toMatchObject({ name: '__proto__', value: 'x' });
      expect(Object.getPrototypeOf(fields[1])).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('x');
    }
  });
});

describe('damaged pastes', () => {
  it('all folds lost: lines are joined to the field above, reported as intake.repaired-folding', () => {
    const text = [
      'Received: from mail.example.com (mail.example.com [192.0.2.1])',
      'by mx.example.org with ESMTPS id abc123',
      'for <you@example.org>; Tue, 14 Oct 2025 09:17:41 +0000',
      'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1;',
      'h=from:to:subject:date;',
      'bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;',
      'From: a@example.com',
      'Subject: a subject that',
      'lost its fold',
      '',
      'body',
    ].join('\n');
    const block = blockOf(text);
    expect(block.fields.map((f) => [f.name, f.value, f.repaired])).toEqual([
      ['Received', 'from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.org with ESMTPS id abc123 for <you@example.org>; Tue, 14 Oct 2025 09:17:41 +0000', true],
      ['DKIM-Signature', 'v=1; a=rsa-sha256; d=example.com; s=s1; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;', true],
      ['From', 'a@example.com', false],
      ['Subject', 'a subject that lost its fold', true],
    ]);
    expect(findingIds(block.findings)).toEqual(['intake.repaired-folding']);
    expect(block.findings[0]).toMatchObject({ severity: 'warn', title: 'Repaired 5 folded lines that lost indentation' });
    // The raws still rebuild the pasted text exactly.
    expect(block.fields.map((f) => f.raw).join('')).toBe(text.slice(0, block.headerChars));
    expect(block.bodyLines?.map((l) => l.text)).toEqual(['body']);
  });

  it('missing blank line: with real folds, a non-header line starts the body (intake.no-blank-line)', () => {
    const text = 'From: a@example.com\nSubject: folded\n  properly\nTo: b@example.org\nHello Bob,\nthe body.\n';
    const block = blockOf(text);
    expect(block.fields.map((f) => [f.name, f.value])).toEqual([
      ['From', 'a@example.com'],
      ['Subject', 'folded  properly'],
      ['To', 'b@example.org'],
    ]);
    expect(findingIds(block.findings)).toEqual(['intake.no-blank-line']);
    expect(block.findings[0]?.severity).toBe('warn');
    expect(block.bodyLines?.map((l) => l.text)).toEqual(['Hello Bob,', 'the body.']);
    expect(block.headerChars).toBe(text.indexOf('Hello'));
  });

  // header smuggling, docs/security-goals.md (mailauth header-smuggling cases): continuation lines that start with a character
  // JS `\s` matches but RFC 5322 WSP does not.
  it.each([
    ['VT', '\u000b'],
    ['FF', '\u000c'],
    ['Latin-1 NBSP U+00A0', '\u00a0'],
    ['ideographic space U+3000', '\u3000'],
    ['line separator U+2028', '\u2028'],
    ['medium mathematical space U+205F', '\u205f'],
    ['lone CR in an LF text', '\r'],
  ] as const)('continuation starting with %s: joined, flagged intake.suspicious-fold (bad)', (_label, c) => {
    for (const folds of ['Subject: hi\n there\n', 'Subject: hi\n']) {
      const text = `From: boss@example.com\n${folds}${c}X-Injected: yes\nTo: you@example.org\n\nbody\n`;
      const block = blockOf(text);
      expect(block.fields.map((f) => f.name)).toEqual(['From', 'Subject', 'To']);
      const subject = block.fields[1];
      expect(subject?.repaired).toBe(true);
      expect(subject?.value.endsWith(' X-Injected: yes')).toBe(true);
      expect(subject?.raw.endsWith(`${c}X-Injected: yes\n`)).toBe(true);
      const suspicious = block.findings.find((f) => f.id === 'intake.suspicious-fold');
      expect(suspicious?.severity).toBe('bad');
      expect(findingIds(block.findings)).not.toContain('intake.repaired-folding');
      expect(block.bodyLines?.map((l) => l.text)).toEqual(['body']);
    }
  });

  it('the same fake-WSP line in CRLF and in LF text is read the same way', () => {
    const lf = 'From: a@x.test\n\u00a0Bcc: hidden@x.test\nTo: b@y.test\n\n';
    expect(nameValues(lf.replace(/\n/g, '\r\n'))).toEqual(nameValues(lf));
  });

  it('a lone CR in the middle of a line stays in the value (reported by analyze as intake.stray-cr)', () => {
    expect(nameValues('Subject: a\rX-Evil: 1\nTo: b@y.test\n\n')).toEqual([['Subject', 'a\rX-Evil: 1'], ['To', 'b@y.test']]);
  });

  it.each([
    ['mid-block', 'To: victim@example.org\nFrom\n : boss@example.com\nSubject: Wire\n\n', 1],
    ['first line', 'From\n : boss@example.com\nTo: victim@example.org\n\n', 0],
    ['colon after a tab and two folds', 'To: victim@example.org\nFrom\n \n\t: boss@example.com\n\n', 1],
    ['CRLF fixture', fixture('smuggling-folded-colon.eml'), 1],
  ] as const)('folded colon "From\\r\\n : x" is a From field (RFC 5322 §2.2.3, §4.5): %s', (_label, text, index) => {
    const block = blockOf(text);
    const from = block.fields[index];
    expect(from).toMatchObject({ name: 'From', key: 'from', value: 'boss@example.com', repaired: false });
    expect(from?.raw.startsWith('From')).toBe(true);
    expect(findingIds(block.findings)).not.toContain('intake.no-blank-line');
    expect(block.fields.map((f) => f.raw).join('')).toBe(text.slice(0, block.headerChars));
  });

  it('a bare word whose fold holds no colon is still not a field', () => {
    const block = blockOf('From: a@x.test\nSubject: s\n folded\nHello\n world\n');
    expect(block.fields.map((f) => f.name)).toEqual(['From', 'Subject']);
    expect(findingIds(block.findings)).toEqual(['intake.no-blank-line']);
  });
});

describe(`size caps (security goal G3, docs/security-goals.md): header block ≤ LIMITS.maxHeaderBlockChars (${String(LIMITS.maxHeaderBlockChars)})`, () => {
  /** A header block of exactly `n` characters (LF endings, lines ≤ 998), then a blank line and a body. */
  function blockOfSize(n: number): string {
    const head = 'From: a@example.com\nX-Big: x\n';
    let rest = n - head.length;
    const parts = [head];
    while (rest > 0) {
      const len = rest % 100 !== 0 && rest < 103 ? rest : 100;
      parts.push(' ' + 'y'.repeat(len - 2) + '\n');
      rest -= len;
    }
    return parts.join('');
  }

  it.each([
    ['at the cap', LIMITS.maxHeaderBlockChars, false],
    ['cap + 1', LIMITS.maxHeaderBlockChars + 1, true],
  ] as const)('%s', (_label, size, tooLarge) => {
    const header = blockOfSize(size);
    expect(header.length).toBe(size);
    const block = splitHeaderBlock(splitLines(`${header}\nbody\n`).lines);
    expect(block.tooLarge).toBe(tooLarge);
    expect(findingIds(block.findings).includes('intake.header-too-large')).toBe(tooLarge);
    if (!tooLarge) {
      expect(block.headerChars).toBe(size);
      expect(block.fields.map((f) => f.name)).toEqual(['From', 'X-Big']);
    } else {
      expect(block.findings.find((f) => f.id === 'intake.header-too-large')?.severity).toBe('bad');
    }
  });

  it.each([
    ['998 characters (RFC 5322 §2.1.1 limit)', 998, false],
    ['999 characters', 999, true],
  ] as const)('a line of %s', (_label, len, long) => {
    const line = 'X-Long: ' + 'z'.repeat(len - 8);
    expect(line.length).toBe(len);
    const block = blockOf(`From: a@x.test\n${line}\n\n`);
    expect(findingIds(block.findings).includes('intake.line-too-long')).toBe(long);
  });
});
