import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unquoteForwarded } from '../../../lib/bounce/notice-text';

/** The rule read the plain way: split into lines, count the non-blank ones and the quoted ones. */
function reference(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  const filled = lines.filter((l) => l.trim() !== '');
  const quoted = filled.filter((l) => l.startsWith('>')).length;
  if (quoted < 5 || quoted * 2 <= filled.length) return text;
  return lines.map((l) => (l.startsWith('> ') ? l.slice(2) : l.startsWith('>') ? l.slice(1) : l)).join('\n');
}

const LINE = fc.constantFrom(
  '> quoted',
  '>x',
  '>',
  'plain',
  '',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000 ',
  ' >',
  '\u000b\f',
  'a\u0085',
);
const EOL = fc.constantFrom('\r\n', '\n', '\r');

describe('unquoteForwarded counts lines as split() would', () => {
  it.each([
    ['five quoted of six', '> a\n> b\n> c\n> d\n> e\nplain'],
    ['five quoted of ten', '> a\n> b\n> c\n> d\n> e\n1\n2\n3\n4\n5'],
    ['blank lines do not count', '> a\r\n\r\n> b\r \n> c\n\u00a0\n> d\n> e\n'],
    ['four quoted', '> a\n> b\n> c\n> d\n'],
  ])('%s', (_label, text) => {
    expect(unquoteForwarded(text)).toBe(reference(text));
  });

  it('on random lines with every blank and break', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(LINE, EOL), { maxLength: 30 }), (ls) => {
        const text = ls.map(([l, e]) => l + e).join('');
        expect(unquoteForwarded(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
