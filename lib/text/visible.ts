/**
 * Characters that change how text looks without being seen: C0/C1 controls, format characters (bidi controls
 * such as U+202E for a "gnp.exe" trick, zero-width characters, tag characters for "ASCII smuggling"), line and
 * paragraph separators (U+2028 makes two lines look like one), variation selectors and every other
 * Default_Ignorable_Code_Point. Shown as ⟨U+XXXX⟩ so hostile header text cannot reorder or hide what the user
 * reads (security goal G7, docs/security-goals.md). The set is generated from the Unicode Character Database (invisible-data.ts).
 */
import { INVISIBLE_RANGES } from './invisible-data';

const hexCp = (n: number): string => n.toString(16).toUpperCase();

let pattern: RegExp | null = null;

/** One character class over the generated ranges, built on first use (no invisible character in the source). */
function invisiblePattern(): RegExp {
  if (pattern === null) {
    let cls = '';
    for (let k = 0; k + 1 < INVISIBLE_RANGES.length; k += 2) {
      const a = INVISIBLE_RANGES[k] ?? 0;
      const b = INVISIBLE_RANGES[k + 1] ?? a;
      cls += a === b ? `\\u{${hexCp(a)}}` : `\\u{${hexCp(a)}}-\\u{${hexCp(b)}}`;
    }
    pattern = new RegExp(`[${cls}]`, 'gu');
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Every invisible character is a C0 control other than TAB/LF/CR, or U+007F and above (UTF-16 units: an astral
 * character is a surrogate pair). The scans below find these candidates with this simple class, far faster than
 * the Unicode-mode class over the whole text, and look each one up in the ranges (a report's JSON has a few dozen
 * non-ASCII characters at most). A test checks that every range stays inside this class.
 */
// eslint-disable-next-line no-control-regex -- the C0 controls are among what this class looks for
export const MAYBE_INVISIBLE = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\uFFFF]/;
const CANDIDATES = new RegExp(MAYBE_INVISIBLE.source, 'g');

/** Is this code point in the generated set? (Binary search over the ranges.) */
export function isInvisible(cp: number): boolean {
  let lo = 0;
  let hi = INVISIBLE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = INVISIBLE_RANGES[mid * 2] ?? 0;
    const b = INVISIBLE_RANGES[mid * 2 + 1] ?? 0;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `text` with each invisible character (a whole code point; a lone surrogate is not one) replaced by `shown`. */
function replaceInvisible(text: string, shown: (char: string, cp: number) => string): string {
  if (!MAYBE_INVISIBLE.test(text)) return text;
  let out = '';
  let last = 0;
  CANDIDATES.lastIndex = 0;
  for (let m = CANDIDATES.exec(text); m !== null; m = CANDIDATES.exec(text)) {
    const cp = text.codePointAt(m.index) ?? 0;
    const end = m.index + (cp > 0xffff ? 2 : 1);
    CANDIDATES.lastIndex = end;
    if (!isInvisible(cp)) continue;
    out += text.slice(last, m.index) + shown(text.slice(m.index, end), cp);
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

export function showInvisible(text: string): string {
  return replaceInvisible(text, (_c, cp) => `⟨U+${hexCp(cp).padStart(4, '0')}⟩`);
}

export function hasInvisible(text: string): boolean {
  return MAYBE_INVISIBLE.test(text) && invisiblePattern().test(text);
}

/**
 * JSON text with every invisible character written as a \u escape (UTF-16 units, RFC 8259 §7), so a terminal
 * showing `--json` output never receives a raw C1 control (U+009B is a CSI), bidi control or separator. Such
 * characters only occur inside JSON strings, where the escape means the same character.
 */
export function escapeInvisibleInJson(json: string): string {
  return replaceInvisible(json, (c) => {
    let out = '';
    for (let k = 0; k < c.length; k++) out += `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`;
    return out;
  });
}
