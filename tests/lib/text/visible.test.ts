import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVISIBLE_RANGES } from '../../../lib/text/invisible-data';
import { escapeInvisibleInJson, hasInvisible, MAYBE_INVISIBLE, showInvisible } from '../../../lib/text/visible';

describe('showInvisible (security goal G7, docs/security-goals.md: bidi and zero-width characters shown escaped)', () => {
  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', 'invoice\u202Efdp.exe', 'invoice⟨U+202E⟩fdp.exe'],
    ['LEFT-TO-RIGHT OVERRIDE', 'a\u202Db', 'a⟨U+202D⟩b'],
    ['bidi embeddings and POP DIRECTIONAL FORMATTING', '\u202A\u202B\u202C', '⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩'],
    ['bidi isolates', '\u2066x\u2067y\u2068z\u2069', '⟨U+2066⟩x⟨U+2067⟩y⟨U+2068⟩z⟨U+2069⟩'],
    ['LRM and RLM', '\u200E\u200F', '⟨U+200E⟩⟨U+200F⟩'],
    ['ARABIC LETTER MARK', '\u061C', '⟨U+061C⟩'],
    ['ZERO WIDTH SPACE', 'pay\u200Bpal', 'pay⟨U+200B⟩pal'],
    ['ZERO WIDTH NON-JOINER and JOINER', '\u200C\u200D', '⟨U+200C⟩⟨U+200D⟩'],
    ['WORD JOINER', 'a\u2060b', 'a⟨U+2060⟩b'],
    ['invisible operators', '\u2061\u2062\u2063\u2064', '⟨U+2061⟩⟨U+2062⟩⟨U+2063⟩⟨U+2064⟩'],
    ['ZERO WIDTH NO-BREAK SPACE (BOM)', '\uFEFFx', '⟨U+FEFF⟩x'],
    ['SOFT HYPHEN', 'pay\u00ADpal', 'pay⟨U+00AD⟩pal'],
    ['MONGOLIAN VOWEL SEPARATOR', '\u180E', '⟨U+180E⟩'],
    ['interlinear annotation', '\uFFF9\uFFFA\uFFFB', '⟨U+FFF9⟩⟨U+FFFA⟩⟨U+FFFB⟩'],
    ['NUL', 'a\u0000b', 'a⟨U+0000⟩b'],
    ['BEL and BS', '\u0007\u0008', '⟨U+0007⟩⟨U+0008⟩'],
    ['VT and FF', '\u000B\u000C', '⟨U+000B⟩⟨U+000C⟩'],
    ['ESC (terminal escapes in the CLI)', '\u001B[31mred', '⟨U+001B⟩[31mred'],
    ['DEL', '\u007F', '⟨U+007F⟩'],
    ['C1 controls', '\u0080\u009B\u009F', '⟨U+0080⟩⟨U+009B⟩⟨U+009F⟩'],
  ] as const)('%s', (_label, input, shown) => {
    expect(showInvisible(input)).toBe(shown);
    expect(hasInvisible(input)).toBe(true);
  });

  it.each([
    ['plain ASCII', 'From: a@example.com'],
    ['tab, LF and CR are left alone', 'a\tb\nc\rd'],
    ['accented letters', 'Jürgen Müller, François'],
    ['CJK and emoji', '日本語 📧'],
    ['Hebrew text (no control characters)', 'שלום'],
    ['NBSP is visible as a space', 'a\u00A0b'],
    ['the escape notation itself', '⟨U+202E⟩'],
    ['empty', ''],
  ] as const)('unchanged: %s', (_label, input) => {
    expect(showInvisible(input)).toBe(input);
    expect(hasInvisible(input)).toBe(false);
  });

  it('hasInvisible gives the same answer on repeated calls (global regex state is reset)', () => {
    const text = 'x\u202Ey';
    expect([hasInvisible(text), hasInvisible(text), hasInvisible(text)]).toEqual([true, true, true]);
    expect(hasInvisible('plain')).toBe(false);
    expect(hasInvisible(text)).toBe(true);
  });

  it('showInvisible escapes every one of a long run of hidden characters (time growth: npm run bench)', () => {
    const out = showInvisible('\u200B'.repeat(200_000));
    expect(out).toBe('⟨U+200B⟩'.repeat(200_000));
  });
});

describe('the quick check before the full class', () => {
  it('covers every invisible range (so skipping the full class never misses one)', () => {
    for (let k = 0; k + 1 < INVISIBLE_RANGES.length; k += 2) {
      for (const cp of [INVISIBLE_RANGES[k] ?? 0, INVISIBLE_RANGES[k + 1] ?? 0]) {
        expect(MAYBE_INVISIBLE.test(String.fromCodePoint(cp)), `U+${cp.toString(16)}`).toBe(true);
      }
    }
    // The gaps it lets through are exactly TAB, LF, CR and printable ASCII.
    const passed = Array.from({ length: 0x80 }, (_, c) => c).filter(
      (c) => !MAYBE_INVISIBLE.test(String.fromCharCode(c)),
    );
    expect(passed).toEqual([0x09, 0x0a, 0x0d, ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i)]);
  });

  it('leaves plain ASCII untouched and still escapes what follows it', () => {
    const ascii = '{"subject":"Your June summary","n":1}';
    expect(escapeInvisibleInJson(ascii)).toBe(ascii);
    expect(showInvisible('plain text')).toBe('plain text');
    expect(escapeInvisibleInJson(`${ascii}\u2028`)).toBe(`${ascii}\\u2028`);
  });
});

describe('the candidate scan gives what one Unicode-mode class over the whole text gives', () => {
  const cls = Array.from({ length: INVISIBLE_RANGES.length / 2 }, (_, i) => {
    const [a, b] = [INVISIBLE_RANGES[2 * i] ?? 0, INVISIBLE_RANGES[2 * i + 1] ?? 0];
    return `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`;
  }).join('');
  const reference = new RegExp(`[${cls}]`, 'gu');
  const refShow = (t: string) =>
    t.replace(reference, (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
  const refJson = (t: string) =>
    t.replace(reference, (c) =>
      [...Array(c.length).keys()].map((k) => `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`).join(''),
    );
  const special = fc.constantFrom(
    'a',
    '\t',
    '\n',
    '\u0000',
    '\u007f',
    '\u009b',
    '\u00ad',
    '\u202e',
    '\u2028',
    '\ud800',
    '\udc00',
    '\u{e0041}',
    '\u{1f600}',
    '✔',
    '—',
  );
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: special }));

  it('for any text: the same escapes in the same places', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(showInvisible(t)).toBe(refShow(t));
        expect(escapeInvisibleInJson(t)).toBe(refJson(t));
        expect(hasInvisible(t)).toBe(refShow(t) !== t);
      }),
      { numRuns: 2000 },
    );
  });
});
