import { describe, expect, it } from 'vitest';
import { hasInvisible, showInvisible } from '../../../lib/text/visible';

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
