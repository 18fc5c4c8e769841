import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../lib/analyze';
import { parseAddressList } from '../../../lib/mime/address';
import { decodeEncodedWords } from '../../../lib/mime/rfc2047';
import { parseMailDate } from '../../../lib/mime/date';
import { splitHeaderBlock } from '../../../lib/mime/header-block';
import { splitLines } from '../../../lib/mime/lines';
import { intake, intakeSplitting } from '../../../lib/mime/intake';
import { LIMITS } from '../../../lib/limits';
import { hasInvisible, showInvisible } from '../../../lib/text/visible';
import { decodedProblems, headerBlockProblems, mailboxProblems, mailDateProblems, reportProblems } from '../report-shape';
import { fixture, joinLines, sample } from './fixture';

/**
 * security goal G1, docs/security-goals.md: every untrusted-input entry point, ≥ 1,000 runs per property: no throw, a schema-valid
 * result, bounded output. fast-check prints the seed and the shrunk counterexample of any failure; add
 * those to the example tables of the module's own test file. Nightly: FC_NUM_RUNS=100000.
 */
const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) };
const deps = { now: () => Date.UTC(2026, 0, 1) };

const REAL_BLOCKS = [
  sample('phish-with-forged-results.eml'),
  fixture('rfc5322-A.1.2-different-types.eml'),
  fixture('rfc5322-A.4-trace-fields.eml'),
  fixture('rfc5322-A.5-white-space-comments.eml'),
  fixture('rfc5322-A.6.3-obsolete-white-space.eml'),
  fixture('rfc2047-8-examples.eml'),
  fixture('gmail-show-original.txt'),
  fixture('smuggling-folded-colon.eml'),
];

/** Characters that matter to mail syntax, plus the \s-family look-alikes of header smuggling (docs/security-goals.md). */
const SYNTAX = Array.from('\r\n\t :;,()<>"=?\\@[]_.');
const UNICODE_SPACES = ['\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u202e', '\u200b'];
const PIECES = ['=?UTF-8?Q?', '=?ISO-8859-1?B?', '?=', '\r\n ', '\n\t', 'From:', 'From', '\r\n\r\n', 'a@b.test', '=E9', '=C3=A9', 'QUJD', '(', ')'];
const MUTATION = fc.oneof(fc.constantFrom(...SYNTAX, ...UNICODE_SPACES, ...PIECES), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }));

/** A real header block with random syntax characters inserted at random places. */
const mutatedBlock = fc
  .tuple(fc.constantFrom(...REAL_BLOCKS), fc.array(fc.tuple(fc.nat(), MUTATION), { minLength: 1, maxLength: 16 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [pos, s] of edits) {
      const at = pos % (out.length + 1);
      out = out.slice(0, at) + s + out.slice(at);
    }
    return out;
  });

/** Short strings over the mail-syntax alphabet: more likely than random Unicode to reach deep parser states. */
const syntaxString = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SYNTAX, ...UNICODE_SPACES, ...PIECES) }, { weight: 3, arbitrary: fc.constantFrom(...Array.from('abcxyzABQ019-')) }), { maxLength: 120 })
  .map((a) => a.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), syntaxString, mutatedBlock);

/** Values (and whole lines) as header fields hold them: no line breaks. */
const valueText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), syntaxString).map((s) => s.replace(/[\r\n]/g, ' '));

describe('property: splitLines rebuilds any text exactly', () => {
  it('lines joined with their terminators == input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const split = splitLines(text);
        expect(joinLines(split.lines)).toBe(text);
        expect(split.lines.every((l) => !l.text.includes('\n'))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('property: splitHeaderBlock never throws, is schema-valid and keeps exact raws', () => {
  it('raws rebuild the header block; re-splitting the raws gives the same fields', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const taken = intake(text);
        if (!taken.ok) return;
        const block = splitHeaderBlock(taken.lines);
        expect(headerBlockProblems(block)).toEqual([]);
        const raws = block.fields.map((f) => f.raw).join('');
        if (block.tooLarge) return;
        expect(joinLines(taken.lines).startsWith(raws)).toBe(true);
        expect(raws.length).toBe(block.headerChars);
        expect(block.fields.reduce((n, f) => n + f.value.length, 0)).toBeLessThanOrEqual(4 * text.length);
        if (block.findings.some((f) => f.id === 'intake.no-blank-line')) return;
        // splitLines reads a text without any LF as CR-only (CR is its line break); raws cut from an LF text can
        // lose every LF yet keep a stray CR (e.g. "\nFrom:\r"), and then the same bytes rightly split otherwise.
        if (!raws.includes('\n') && raws.includes('\r') && text.includes('\n')) return;
        const again = splitHeaderBlock(splitLines(raws).lines);
        expect(again.fields.map((f) => [f.name, f.value, f.raw])).toEqual(block.fields.map((f) => [f.name, f.value, f.raw]));
      }),
      RUNS,
    );
  });

  it('CRLF, LF and CR-only spellings of a generated header block give identical fields', () => {
    const fieldArb = fc.tuple(
      fc.constantFrom('From', 'To', 'Subject', 'Received', 'DKIM-Signature', 'X-Test', '__proto__'),
      valueText,
      fc.array(fc.tuple(fc.constantFrom(' ', '\t', '  '), valueText), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fieldArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (fields, withBody) => {
        const lines = fields.flatMap(([name, value, folds]) => [`${name}: ${value}`, ...folds.map(([ws, v]) => ws + v)]);
        const lf = lines.join('\n') + (withBody ? '\n\nbody\n' : '\n');
        const read = (t: string) => {
          const taken = intake(t);
          return taken.ok ? splitHeaderBlock(taken.lines).fields.map((f) => [f.name, f.value]) : taken.status;
        };
        const base = read(lf);
        expect(read(lf.replace(/\n/g, '\r\n'))).toEqual(base);
        expect(read(lf.replace(/\n/g, '\r'))).toEqual(base);
      }),
      RUNS,
    );
  });
});

describe('property: structured-field parsers are total', () => {
  it('parseAddressList: mailboxes of the right shape, output bounded by the input', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const list = parseAddressList(value);
        expect(Array.isArray(list)).toBe(true);
        list.forEach((m, i) => {
          expect(mailboxProblems(m, `[${String(i)}]`)).toEqual([]);
          // An empty address only comes from an empty angle-addr (the null sender "<>").
          if (m.address === '') expect(value).toContain('<');
        });
        const size = list.reduce((n, m) => n + m.address.length + (m.name?.length ?? 0), 0);
        expect(size).toBeLessThanOrEqual(4 * value.length + 4);
      }),
      RUNS,
    );
  });

  it('parseAddressList: a sequence of valid mailboxes comes back as written', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,10}$/);
    const domain = fc.stringMatching(/^[a-z0-9]{1,8}\.(?:test|example)$/);
    const name = fc.option(fc.stringMatching(/^[a-z][a-z ]{0,12}[a-z]$/).map((s) => s.charAt(0).toUpperCase() + s.slice(1)), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(name, local, domain), { minLength: 1, maxLength: 5 }), (boxes) => {
        const value = boxes.map(([n, l, d]) => (n === null ? `${l}@${d}` : `"${n}" <${l}@${d}>`)).join(', ');
        expect(parseAddressList(value)).toEqual(boxes.map(([n, l, d]) => ({ name: n?.trim() ?? null, address: `${l}@${d}`, domain: d })));
      }),
      RUNS,
    );
  });

  it('decodeEncodedWords: never longer than its input (plus the ellipsis), schema-valid', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(decodedProblems(decodeEncodedWords(value), value, LIMITS.maxDecodedChars)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('decodeEncodedWords: any UTF-8 text survives a B and a Q encoding round trip', () => {
    const toQ = (bytes: Uint8Array) => [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        const b = Buffer.from(bytes).toString('base64');
        expect(decodeEncodedWords(`=?UTF-8?B?${b}?=`).text).toBe(text);
        expect(decodeEncodedWords(`=?UTF-8?Q?${toQ(bytes)}?=`).text).toBe(text);
      }),
      RUNS,
    );
  });

  it('parseMailDate: ok with a finite epoch and a matching ISO string, or a known code', () => {
    const dateish = fc.oneof(
      anyText,
      fc
        .tuple(
          fc.constantFrom('', 'Mon, ', 'Tue,', 'xyz '),
          fc.integer({ min: -1, max: 40 }),
          fc.constantFrom('Jan', 'feb', 'DEC', 'Foo', ''),
          fc.integer({ min: 0, max: 12000 }),
          fc.constantFrom('10:00', '23:59:60', '24:00:00', '9 : 5 : 3', '10:00:00.5', ''),
          fc.constantFrom('+0000', '-0000', '-0330', 'EST', 'Z', 'J', '(PDT)', '+99:99', ''),
        )
        .map(([w, d, m, y, t, z]) => `${w}${String(d)} ${m} ${String(y)} ${t} ${z}`),
    );
    fc.assert(
      fc.property(dateish, (value) => {
        expect(mailDateProblems(parseMailDate(value))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('parseMailDate: every valid RFC 5322 date-time parses back to its instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000);
          if (local.getUTCFullYear() < 1900 || local.getUTCFullYear() > 9999) return;
          const pad = (n: number, w = 2) => String(n).padStart(w, '0');
          const abs = Math.abs(offset);
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
          const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][local.getUTCDay()] ?? '';
          const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][local.getUTCMonth()] ?? '';
          const text = `${day}, ${String(local.getUTCDate())} ${month} ${String(local.getUTCFullYear())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
          const parsed = parseMailDate(text);
          const expected = Math.floor(date.getTime() / 1000) * 1000;
          expect(parsed).toEqual({ ok: true, epochMs: expected, offsetMinutes: offset, iso: new Date(expected).toISOString() });
        },
      ),
      RUNS,
    );
  });
});

describe('property: analyze never throws or rejects and returns a schema-valid Report', () => {
  it('random strings, syntax soup and mutated real header blocks', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const r = await analyze(text, deps);
        expect(reportProblems(r)).toEqual([]);
        expect(r.input.size).toBe(text.length);
      }),
      RUNS,
    );
    // A thousand full analyses: a few seconds on an idle machine, past vitest's 5 s default on a loaded one.
  }, 120_000);

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expect(reportProblems(await analyze(bytes, deps))).toEqual([]);
      }),
      RUNS,
    );
  }, 120_000);
});

describe('property: showInvisible leaves nothing hidden', () => {
  it('no invisible character survives, and visible text is unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = showInvisible(text);
        expect(hasInvisible(shown)).toBe(false);
        if (!hasInvisible(text)) expect(shown).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('property: splitting only the top of a large text never changes what intake and the header split find', () => {
  it('partial splits at any size give the fields, body, line endings and findings of splitting every line', () => {
    const headerLine = fc.oneof(
      fc.tuple(fc.constantFrom('From', 'To', 'Subject', 'Received', 'X-Junk', 'Note'), fc.string({ maxLength: 30 })).map(([n, v]) => `${n}: ${v.replace(/[\r\n]/g, ' ')}`),
      fc.string({ maxLength: 30 }).map((v) => ` ${v.replace(/[\r\n]/g, ' ')}`),
      fc.string({ maxLength: 30 }).map((v) => v.replace(/[\r\n]/g, ' ')),
      fc.constant(''),
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    // Body lines end in their own way (a lone LF, a stray CR deep down must still count), the top in one.
    const bodyLine = fc.tuple(fc.stringMatching(/^[a-z \r]{0,12}$/), fc.constantFrom('\r\n', '\r\n', '\n'));
    fc.assert(
      fc.property(fc.array(headerLine, { maxLength: 12 }), fc.array(bodyLine, { minLength: 300, maxLength: 420 }), eol, fc.integer({ min: 0, max: 1000 }), (top, body, e, permille) => {
        const lines = e === '\r' ? body.map(([l]) => `${l.replace(/\r/g, ' ')}\r`) : body.map(([l, end]) => l + end);
        const text = [...top, ''].join(e) + e + lines.join('');
        const read = (r: ReturnType<typeof intake>) => {
          if (!r.ok) return r.status;
          const b = splitHeaderBlock(r.lines, r.rest, r.whole);
          const joined = splitHeaderBlock(r.lines, r.rest);
          return { fields: b.fields.map((f) => [f.name, f.value, f.raw]), body: b.body, joinedBody: joined.body, lineEnding: r.lineEnding, stray: r.strayCarriageReturns, source: r.source, findings: [...r.findings, ...b.findings].map((f) => f.id) };
        };
        const limit = Math.floor((permille / 1000) * text.length);
        expect(read(intakeSplitting(text, [limit, 2 * limit]))).toEqual(read(intakeSplitting(text, [])));
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitLines: a lone CR is a line break only in a text without LF', () => {
  it('keeps "From:\\r" as content after an LF line, and splits it alone as a CR-only text', () => {
    const withLf = splitLines('X: 1\nFrom:\r');
    expect(withLf.lines.map((l) => [l.text, l.eol])).toEqual([
      ['X: 1', '\n'],
      ['From:\r', ''],
    ]);
    expect(splitLines('From:\r').lines.map((l) => [l.text, l.eol])).toEqual([['From:', '\r']]);
  });
});
