import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseSet } from '../../../lib/text/phrase-set';

describe('PhraseSet (Aho-Corasick)', () => {
  it('finds the textbook example: he, she, his, hers in "ushers"', () => {
    const set = new PhraseSet(['he', 'she', 'his', 'hers']);
    expect([...set.found('ushers')].sort()).toEqual([0, 1, 3]);
  });

  it('finds phrases inside others and overlapping ones', () => {
    const set = new PhraseSet(['user unknown', 'unknown', 'no such user', 'user']);
    expect([...set.found('550 no such user unknown')].sort()).toEqual([0, 1, 2, 3]);
    expect([...set.found('nothing here')]).toEqual([]);
  });

  it('ignores empty phrases and keeps ids of duplicates', () => {
    const set = new PhraseSet(['', 'ab', 'ab']);
    expect([...set.found('xaby')].sort()).toEqual([1, 2]);
  });

  it('answers as a plain substring search would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab ]{1,4}$/), { minLength: 1, maxLength: 8 }), fc.stringMatching(/^[ab ]{0,40}$/), (phrases, text) => {
        const want = phrases.flatMap((p, i) => (text.includes(p) ? [i] : []));
        expect([...new PhraseSet(phrases).found(text)].sort((x, y) => x - y)).toEqual(want);
      }),
    );
  });

  it('answers as a substring search over any UTF-16 text, astral characters and lone surrogates included (property)', () => {
    const unit = fc.constantFrom('a', 'é', '\u{1F600}', '\uD83D', '\uDE00', 'メ', ' ');
    fc.assert(
      fc.property(fc.array(fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join('')), { minLength: 1, maxLength: 6 }), fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), (phrases, text) => {
        const want = phrases.flatMap((p, i) => (text.includes(p) ? [i] : []));
        expect([...new PhraseSet(phrases).found(text)].sort((x, y) => x - y)).toEqual(want);
      }),
    );
  });
});
