/**
 * The ASCII fast path of the UTS #39 §4 skeleton (no NFD, an array of prototypes) against the general path, written
 * here as it reads in the source: mapOnce(mapOnce(NFD(cased)).normalize('NFD').toLowerCase()).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeleton, skeletons } from '../../../lib/impersonation/confusables';
import { BUNDLED_UNICODE_TABLES } from '../../../lib/impersonation/bundled-unicode-tables';
import { unicodeTables, useUnicodeTables, type UnicodeTables } from '../../../lib/impersonation/unicode-tables';

function reference(tables: UnicodeTables): { skeleton: (t: string) => string; skeletons: (t: string) => string[] } {
  const map = new Map<number, string>();
  for (const pair of tables.confusablePairs.split(',')) {
    const colon = pair.indexOf(':');
    map.set(parseInt(pair.slice(0, colon), 16), pair.slice(colon + 1));
  }
  const mapOnce = (text: string): string => {
    let out = '';
    for (const ch of text) out += map.get(ch.codePointAt(0) ?? 0) ?? ch;
    return out;
  };
  const of = (cased: string) => mapOnce(mapOnce(cased.normalize('NFD')).normalize('NFD').toLowerCase());
  const sk = (t: string) => of(t.toLowerCase());
  return {
    skeleton: sk,
    skeletons: (t) => {
      const lower = sk(t);
      const upper = of(t.toUpperCase());
      return upper === lower ? [lower] : [lower, upper];
    },
  };
}

// ASCII (domain characters and the rest), and letters that case-map into or out of ASCII or decompose.
const CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@ !|'.split(''),
  '\u0000',
  '\u007f',
  'ß',
  'ſ',
  'İ',
  'ı',
  '\u212A',
  'é',
  'е',
  'ӏ',
  'Ӏ',
  'а',
  'р',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((cs) => cs.join(''));

describe('skeleton: the ASCII fast path gives what the general path gives', () => {
  it('with the bundled tables', () => {
    const ref = reference(unicodeTables());
    fc.assert(
      fc.property(text, (t) => {
        expect(skeleton(t)).toBe(ref.skeleton(t));
        expect(skeletons(t)).toEqual(ref.skeletons(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('with tables whose ASCII prototypes are not all ASCII (the fast path is off)', () => {
    const odd: UnicodeTables = {
      ...BUNDLED_UNICODE_TABLES,
      confusablePairs: `${BUNDLED_UNICODE_TABLES.confusablePairs},6D:\u0271`,
    };
    try {
      useUnicodeTables(odd);
      const ref = reference(odd);
      expect(skeleton('mail.example')).toBe(ref.skeleton('mail.example'));
      expect(skeleton('mail.example')).toContain('\u0271');
      fc.assert(
        fc.property(text, (t) => skeleton(t) === ref.skeleton(t)),
        { numRuns: 1000 },
      );
    } finally {
      useUnicodeTables(BUNDLED_UNICODE_TABLES);
    }
  });
});
