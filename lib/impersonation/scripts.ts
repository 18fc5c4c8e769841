/**
 * Unicode script of a code point (coarse table of the scripts seen in domain names) and the mixed-script
 * test of UTS #39 §5.2 "Highly Restrictive": one script per label, or Latin with Han and the Japanese,
 * Chinese or Korean scripts that go with it.
 */
export type Script = 'Common' | 'Latin' | 'Greek' | 'Cyrillic' | 'Armenian' | 'Hebrew' | 'Arabic' | 'Devanagari' | 'Thai' | 'Georgian' | 'Hangul' | 'Hiragana' | 'Katakana' | 'Bopomofo' | 'Han' | 'Cherokee' | 'Other';

const RANGES: readonly (readonly [number, number, Script])[] = [
  [0x30, 0x39, 'Common'],
  [0x41, 0x5a, 'Latin'],
  [0x61, 0x7a, 'Latin'],
  [0xc0, 0x24f, 'Latin'],
  [0x250, 0x2af, 'Latin'],
  [0x300, 0x36f, 'Common'],
  [0x370, 0x3ff, 'Greek'],
  [0x400, 0x52f, 'Cyrillic'],
  [0x531, 0x58f, 'Armenian'],
  [0x591, 0x5ff, 'Hebrew'],
  [0x600, 0x6ff, 'Arabic'],
  [0x900, 0x97f, 'Devanagari'],
  [0xe00, 0xe7f, 'Thai'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0x13a0, 0x13ff, 'Cherokee'],
  [0x1d00, 0x1dbf, 'Latin'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x3040, 0x309f, 'Hiragana'],
  [0x30a0, 0x30ff, 'Katakana'],
  [0x3100, 0x312f, 'Bopomofo'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xac00, 0xd7af, 'Hangul'],
  [0xff10, 0xff19, 'Common'],
];

export function scriptOf(cp: number): Script {
  if (cp === 0x2d || cp === 0x5f || cp === 0x30fc) return 'Common';
  for (const [lo, hi, s] of RANGES) if (cp >= lo && cp <= hi) return s;
  return 'Other';
}

/** Scripts used by a label, Common excluded. */
export function scriptsOf(label: string): Set<Script> {
  const out = new Set<Script>();
  for (const ch of label) {
    const s = scriptOf(ch.codePointAt(0) ?? 0);
    if (s !== 'Common') out.add(s);
  }
  return out;
}

const ALLOWED_MIXES: readonly (readonly Script[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** UTS #39 §5.2 Highly Restrictive: true when the label mixes scripts that do not belong together. */
export function isMixedScript(label: string): boolean {
  const s = scriptsOf(label);
  if (s.size <= 1) return false;
  return !ALLOWED_MIXES.some((mix) => [...s].every((x) => mix.includes(x)));
}
