import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { LIMITS } from '../../lib/limits';
import { reportProblems } from './report-shape';
import { PARSER_SHAPES } from '../../bench/hostile-shapes';

/**
 * security goal G2, docs/security-goals.md: adversarial inputs give a well-formed report (or a total parse). How their time grows
 * with size is measured by `npm run bench` (its adversarial and hostile-growth tables), never asserted here.
 */
const deps = { now: () => Date.UTC(2026, 0, 1) };

/** One folded header of `size` characters (lines of 78), just under the header-block cap with the rest. */
function foldedHeader(size: number): string {
  const parts = ['X-Big: start\n'];
  let n = parts[0]?.length ?? 0;
  while (n + 80 <= size) {
    parts.push(` ${'w'.repeat(78)}\n`);
    n += 80;
  }
  return parts.join('');
}

const TAIL = 'To: you@example.org\nSubject: s\n\nbody\n';

describe('analyze: adversarial header blocks (whole pipeline)', () => {
  it.each([
    ['200k "(" in a From value', `From: ${'('.repeat(200_000)}\n${TAIL}`, 'ok'],
    ['200k ")" in a From value', `From: ${')'.repeat(200_000)}\n${TAIL}`, 'ok'],
    ['100k "()" pairs in a From value', `From: ${'()'.repeat(100_000)}a@b.test\n${TAIL}`, 'ok'],
    ['200k "<" in a From value', `From: ${'<'.repeat(200_000)}\n${TAIL}`, 'ok'],
    ['200k ">" in a From value', `From: ${'>'.repeat(200_000)}\n${TAIL}`, 'ok'],
    ['100k "<>" in a From value', `From: ${'<>'.repeat(100_000)}\n${TAIL}`, 'ok'],
    ['100k \'"\' in a From value', `From: ${'"'.repeat(100_000)}\n${TAIL}`, 'ok'],
    ['unterminated quoted string of 200k', `From: "${'a'.repeat(200_000)}\n${TAIL}`, 'ok'],
    ['100k "[" in a From value', `From: ${'['.repeat(100_000)}\n${TAIL}`, 'ok'],
    ['100k "\\\\" in a From value', `From: ${'\\'.repeat(100_000)}\n${TAIL}`, 'ok'],
    ['50k atoms, "@", then 50k ":" (group check)', `From: ${'a '.repeat(50_000)}@${':'.repeat(50_000)}\n${TAIL}`, 'ok'],
    ['50k atoms, "<>", then 50k ":"', `From: ${'a '.repeat(50_000)}<>${':'.repeat(50_000)}\n${TAIL}`, 'ok'],
    ['100k ":" in a To value', `From: a@b.test\nTo: ${':'.repeat(100_000)}\n\n`, 'ok'],
    ['100k "," in a To value', `From: a@b.test\nTo: ${','.repeat(100_000)}\n\n`, 'ok'],
    ['10,000 Received headers', `${'Received: from a.example (a.example [192.0.2.1]) by b.example; Tue, 14 Oct 2025 02:17:41 -0700\n'.repeat(10_000)}From: a@b.test\n\n`, 'ok'],
    ['one 1 MiB folded header (just under the cap)', `From: a@b.test\n${foldedHeader(LIMITS.maxHeaderBlockChars - 100)}\nbody\n`, 'ok'],
    ['70k encoded words in a Subject (as many as fit under the cap)', `From: a@b.test\nSubject: ${'=?UTF-8?Q?a?= '.repeat(70_000)}\n\n`, 'ok'],
    ['100k "=?" in a Subject', `From: a@b.test\nSubject: ${'=?'.repeat(100_000)}\n\n`, 'ok'],
    ['a 1 MiB Date of digits', `From: a@b.test\nDate: ${'1'.repeat(LIMITS.maxHeaderBlockChars - 100)}\n\n`, 'ok'],
    ['100k "(" in a Date', `From: a@b.test\nDate: ${'('.repeat(100_000)}\n\n`, 'ok'],
    ['100k date tokens', `From: a@b.test\nDate: ${'Mon '.repeat(100_000)}\n\n`, 'ok'],
    ['100k NBSP continuation lines (smuggling bytes)', `From: a@b.test\nSubject: s\n${'\u00a0x\n'.repeat(100_000)}\n`, 'ok'],
    ['100k lines of the \\s family (VT FF U+2028 U+205F U+3000 CR)', `From: a@b.test\n${'\u000bx\n\u000cx\n\u2028x\n\u205fx\n\u3000x\n\rx\n'.repeat(16_000)}\n`, 'ok'],
    ['100k lost-indentation lines', `From: a@b.test\nSubject: s\n${'word word\n'.repeat(100_000)}\n`, 'ok'],
    ['100k bare names with colon folds', `${'From\n : a@b.test\n'.repeat(60_000)}\n`, 'ok'],
    ['100k bare names, WSP-only folds', `From: a@b.test\n${'X\n \n'.repeat(100_000)}\n`, 'ok'],
    ['200k fields of one character', `${'a:\n'.repeat(200_000)}\n`, 'ok'],
    ['a 1 MiB field name without a colon', `${'n'.repeat(LIMITS.maxHeaderBlockChars - 10)}\n`, 'no-headers'],
    ['a 1 MiB line of colons', `From: ${':'.repeat(LIMITS.maxHeaderBlockChars - 10)}\n`, 'ok'],
    ['200 lines of junk, then 1 MiB of continuation lines', `${'junk\n'.repeat(199)}X-A: 1\n${' y\n'.repeat(300_000)}`, 'ok'],
  ] as const)(
    '%s',
    async (_label, raw, status) => {
      const r = await analyze(raw, deps);
      expect(reportProblems(r)).toEqual([]);
      expect(r.input.status).toBe(status);
    },
    // Results only (their time is in the bench's hostile table): 4-4.4 s alone on a loaded machine, over 5 s under load.
    60_000,
  );

  it('over-cap input is refused without being parsed', async () => {
    const raw = `From: a@b.test\nX-Big: ${'z'.repeat(LIMITS.maxInputChars)}\n`;
    const r = await analyze(raw, deps);
    expect(r.input.status).toBe('too-large');
    expect(r.headers).toEqual([]);
  });
});

describe('each parser alone on adversarial input', () => {
  it.each(PARSER_SHAPES.map((shape) => [shape.name, shape] as const))('%s: returns a value', (_label, shape) => {
    expect(shape.run(shape.make(shape.size))).toBeDefined();
  });
});
