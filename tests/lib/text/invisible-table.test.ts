/**
 * security goal G7, docs/security-goals.md: the invisible set is generated from the Unicode Character Database (scripts/build-invisible.mjs),
 * and equals what the JavaScript engine's own Unicode property escapes say about every code point. A difference after
 * a Node or Unicode update means: regenerate the table.
 */
import { describe, expect, it } from 'vitest';
import { escapeInvisibleInJson, hasInvisible, isInvisible, showInvisible } from '../../../lib/text/visible';
import { INVISIBLE_UNICODE_VERSION } from '../../../lib/text/invisible-data';

// Variation_Selector is inside Default_Ignorable_Code_Point (the generator adds it anyway, in case that changes).
const ENGINE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
const KEPT = new Set([0x09, 0x0a, 0x0d]);

describe(`the generated table (Unicode ${INVISIBLE_UNICODE_VERSION})`, () => {
  it("matches the engine's Cc (but TAB, LF, CR), Cf, Zl, Zp, Default_Ignorable_Code_Point and Variation_Selector, plus U+2800 and U+FFFC", () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const engine = (ENGINE.test(String.fromCodePoint(cp)) && !KEPT.has(cp)) || cp === 0x2800 || cp === 0xfffc;
      if (engine !== isInvisible(cp)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it.each([
    [
      'LINE SEPARATOR ("Password expiry" and "DKIM: pass" on one line)',
      'Password expiry\u2028DKIM: pass',
      'Password expiry⟨U+2028⟩DKIM: pass',
    ],
    ['PARAGRAPH SEPARATOR', 'a\u2029b', 'a⟨U+2029⟩b'],
    ['VARIATION SELECTOR-16', 'ok\uFE0F', 'ok⟨U+FE0F⟩'],
    ['VARIATION SELECTOR-17 (supplementary)', 'a\u{E0100}', 'a⟨U+E0100⟩'],
    ['a tag character ("ASCII smuggling")', 'a\u{E0041}', 'a⟨U+E0041⟩'],
    ['Hangul fillers', '\u115F\u1160\u3164\uFFA0', '⟨U+115F⟩⟨U+1160⟩⟨U+3164⟩⟨U+FFA0⟩'],
    ['COMBINING GRAPHEME JOINER', 'a\u034Fb', 'a⟨U+034F⟩b'],
    ['KHMER VOWEL INHERENT AQ', '\u17B4', '⟨U+17B4⟩'],
    ['BRAILLE PATTERN BLANK', 'a\u2800b', 'a⟨U+2800⟩b'],
    ['OBJECT REPLACEMENT CHARACTER (Chromium draws it with no width)', 'Pay\uFFFCPal', 'Pay⟨U+FFFC⟩Pal'],
    ['MUSICAL SYMBOL BEGIN BEAM (a supplementary Cf)', '\u{1D173}', '⟨U+1D173⟩'],
    ['an unassigned default-ignorable', '\u{E0FFF}', '⟨U+E0FFF⟩'],
  ] as const)('%s', (_label, input, shown) => {
    expect(showInvisible(input)).toBe(shown);
    expect(hasInvisible(input)).toBe(true);
  });
});

describe("escapeInvisibleInJson (the CLI's --json)", () => {
  it('writes C1 controls, bidi controls, separators and tag characters as \\u escapes that parse back', () => {
    const value = { subject: 'x\u009B31m\u202Eexe\u2028y\u{E0041}\u0085', plain: 'Jürgen 📧 "quoted" \\ end' };
    const json = escapeInvisibleInJson(JSON.stringify(value));
    expect(json).toContain('\\u009b31m\\u202eexe\\u2028y\\udb40\\udc41\\u0085');
    expect(hasInvisible(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});
