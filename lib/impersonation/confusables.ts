/**
 * UTS #39 §4 confusable detection: two strings are confusable when their skeletons are equal. The mapping is
 * Unicode's confusables.txt (generated with its Unicode version; installed as in unicode-tables.ts), reduced to the
 * mappings whose prototype is ASCII: the only ones that can make a domain read like an ASCII brand domain.
 * Deviation, on purpose: domain names are case-insensitive (RFC 4343 §2), so skeletons are compared without case:
 * the skeleton is lower-cased after mapping ("0" -> "O" reads like "o", as in g00gle), and a name is read both as
 * written in lower case and in capitals, since some letters look alike in one case only (Cyrillic "ӏ" maps to "i",
 * its capital "Ӏ" to "l": "аррӏе" reads as "apple" in capitals).
 */
import { unicodeTables, type UnicodeTables } from './unicode-tables';

interface Parsed {
  from: UnicodeTables;
  table: Map<number, string>;
  /**
   * The prototype of each ASCII code point (itself when unmapped), or null when one of them is not ASCII: then an
   * ASCII text maps to ASCII, whose NFD is itself, and its skeleton needs neither NFD nor the map's look-ups.
   */
  ascii: string[] | null;
}

let parsed: Parsed | null = null;

/** The prototype of each mapped code point, parsed on first use of the installed tables (modules do no work at load). */
function prototypes(): Parsed {
  const from = unicodeTables();
  if (parsed?.from === from) return parsed;
  const table = new Map<number, string>();
  for (const pair of from.confusablePairs.split(',')) {
    const colon = pair.indexOf(':');
    table.set(parseInt(pair.slice(0, colon), 16), pair.slice(colon + 1));
  }
  const ascii: string[] = [];
  for (let cp = 0; cp < 128; cp++) ascii.push(table.get(cp) ?? String.fromCharCode(cp));
  parsed = { from, table, ascii: ascii.every(isAscii) ? ascii : null };
  return parsed;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function mapOnce(text: string): string {
  const map = prototypes().table;
  let out = '';
  for (const ch of text) out += map.get(ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}

/** mapOnce of an ASCII text through the ASCII prototypes. */
function mapAscii(text: string, ascii: readonly string[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += ascii[text.charCodeAt(i)] ?? '';
  return out;
}

/** mapOnce(mapOnce(NFD(cased)).normalize('NFD').toLowerCase()) for a text already lower- or upper-cased. */
function skeletonOf(cased: string): string {
  const ascii = prototypes().ascii;
  // An ASCII text is its own NFD, and with ASCII prototypes every step stays ASCII (same result, no ICU call).
  if (ascii !== null && isAscii(cased)) return mapAscii(mapAscii(cased, ascii).toLowerCase(), ascii);
  return mapOnce(mapOnce(cased.normalize('NFD')).normalize('NFD').toLowerCase());
}

/** UTS #39 §4 skeleton(X) = NFD(map(NFD(X))), of the lower-cased text, lower-cased (see above). */
export function skeleton(text: string): string {
  return skeletonOf(text.toLowerCase());
}

/** The skeletons a name can be read as: written in lower case and in capitals (see above). */
export function skeletons(text: string): string[] {
  const lower = skeleton(text);
  const upper = skeletonOf(text.toUpperCase());
  return upper === lower ? [lower] : [lower, upper];
}

/** ASCII letters and digits read as themselves. */
function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
}

/**
 * True when a label has letters outside ASCII and every character of it reads as ASCII: its skeleton is an
 * ASCII name (a whole-script look-alike such as Cyrillic "аррӏе" for "apple").
 */
export function readsAsAscii(label: string): boolean {
  let ascii = true;
  for (let i = 0; i < label.length && ascii; i++) ascii = label.charCodeAt(i) < 0x80;
  if (ascii) return false;
  const sk = skeleton(label);
  for (const ch of sk) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isAsciiAlnum(cp) && ch !== '-' && ch !== '.') return false;
  }
  return true;
}
