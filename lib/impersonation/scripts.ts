/**
 * Scripts of a domain label and the mixed-script test of UTS #39 §5: each character's Script_Extensions
 * (UAX #24, generated with its Unicode version; installed as in unicode-tables.ts), the resolved script set of a string
 * (§5.1: the intersection of the sets; Common and Inherited characters belong to every script; Han,
 * Hiragana, Katakana, Bopomofo and Hangul count for the writing systems Jpan, Hanb and Kore they are used
 * in), and the "Highly Restrictive" level (§5.2): one script, or Latin with Jpan, Hanb or Kore.
 */
import { unicodeTables, type UnicodeTables } from './unicode-tables';
import { mapList } from '../list/map-list';

interface Range {
  start: number;
  end: number;
  scripts: readonly string[];
}

let tables: { from: UnicodeTables; script: Range[]; extensions: Range[] } | null = null;

function parseRanges(data: string, names: (field: string) => readonly string[]): Range[] {
  return mapList(data.split(','), (entry) => {
    const colon = entry.indexOf(':');
    const [a = '0', len] = entry.slice(0, colon).split('-');
    const start = parseInt(a, 16);
    return {
      start,
      end: len === undefined ? start : start + parseInt(len, 16),
      scripts: names(entry.slice(colon + 1)),
    };
  });
}

/** The installed tables, parsed on first use. */
function loaded(): { script: Range[]; extensions: Range[] } {
  const from = unicodeTables();
  if (tables?.from !== from) {
    tables = {
      from,
      script: parseRanges(from.scriptRanges, (i) => [from.scriptNames[parseInt(i, 36)] ?? 'Zzzz']),
      extensions: parseRanges(from.scriptExtensionRanges, (s) => s.split(' ')),
    };
  }
  return tables;
}

function find(ranges: readonly Range[], cp: number): Range | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) return null;
    if (cp < r.start) hi = mid - 1;
    else if (cp > r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

/** UAX #24 Script_Extensions of a code point (short names); unlisted code points are Unknown (Zzzz). */
export function scriptExtensions(cp: number): readonly string[] {
  const t = loaded();
  return find(t.extensions, cp)?.scripts ?? find(t.script, cp)?.scripts ?? ['Zzzz'];
}

/** UTS #39 §5.1: the writing systems a script is used in (Han with kana is Japanese, with Bopomofo Chinese, with Hangul Korean). */
const AUGMENT: Readonly<Record<string, readonly string[]>> = {
  Hani: ['Hanb', 'Jpan', 'Kore'],
  Hira: ['Jpan'],
  Kana: ['Jpan'],
  Bopo: ['Hanb'],
  Hang: ['Kore'],
};

/** The augmented script set of one character, or null for "every script" (Common, Inherited). */
function augmentedSet(cp: number): Set<string> | null {
  const scx = scriptExtensions(cp);
  if (scx.includes('Zyyy') || scx.includes('Zinh')) return null;
  const out = new Set<string>(scx);
  for (const s of scx) for (const a of AUGMENT[s] ?? []) out.add(a);
  return out;
}

/** Scripts used by a label, Common and Inherited left out (short names, e.g. "Latn", "Cyrl"). */
export function scriptsOf(label: string): Set<string> {
  const out = new Set<string>();
  for (const ch of label) {
    const scx = scriptExtensions(ch.codePointAt(0) ?? 0);
    if (!scx.includes('Zyyy') && !scx.includes('Zinh')) for (const s of scx) out.add(s);
  }
  return out;
}

/** UTS #39 §5.1 resolved script set of a string; null when every character is Common or Inherited. */
export function resolvedScripts(text: string): Set<string> | null {
  let resolved: Set<string> | null = null;
  for (const ch of text) {
    const set = augmentedSet(ch.codePointAt(0) ?? 0);
    if (set === null) continue;
    if (resolved === null) resolved = set;
    else for (const s of [...resolved]) if (!set.has(s)) resolved.delete(s);
  }
  return resolved;
}

/** UTS #39 §5.2 Highly Restrictive: true when a label is not single-script and not Latin + Jpan/Hanb/Kore. */
export function isMixedScript(label: string): boolean {
  const resolved = resolvedScripts(label);
  if (resolved === null || resolved.size > 0) return false;
  // Not single-script: allowed only when the label minus its Latin characters resolves to Jpan, Hanb or Kore.
  let rest = '';
  for (const ch of label) if (!scriptExtensions(ch.codePointAt(0) ?? 0).includes('Latn')) rest += ch;
  const r = resolvedScripts(rest);
  return !(r === null || ['Jpan', 'Hanb', 'Kore'].some((s) => r.has(s)));
}
