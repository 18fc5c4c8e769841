/**
 * Generate the Unicode data the look-alike checks of lib/impersonation use, from Unicode's own files:
 * - lib/impersonation/confusables-data.ts from confusables.txt (UTS #39 §4, "Unicode Security Mechanisms");
 * - lib/impersonation/script-data.ts from Scripts.txt and ScriptExtensions.txt (UAX #24), for the
 *   mixed-script rules of UTS #39 §5;
 * - public/unicode-tables.json with the same tables, which the extension's worker reads from its package on first
 *   use instead of bundling them (lib/impersonation/unicode-tables.ts).
 * Usage: node scripts/build-unicode-security.mjs CONFUSABLES_TXT [UCD_DIR]
 *   CONFUSABLES_TXT: confusables.txt. Unicode publishes it at https://www.unicode.org/Public/security/<version>/;
 *     ICU ships the same file in its source tree (icu/source/data/unidata/confusables.txt; Debian: `apt-get source icu`).
 *   UCD_DIR: a folder with Scripts.txt, ScriptExtensions.txt and PropertyValueAliases.txt of the same Unicode
 *     version (Debian: `apt-get install unicode-data` puts them in /usr/share/unicode, the default).
 * The versions are read from the files' own headers and written into the output; the script refuses files of
 * different versions.
 *
 * Only the part of confusables.txt a domain comparison can use is kept: the mappings whose prototype is made
 * of ASCII letters, digits, "-" and "." (1,499 of 6,311 in Unicode 15.0.0). A character whose prototype is
 * anything else can never make a domain's skeleton equal to the skeleton of an ASCII domain (every brand
 * domain is ASCII), so for that comparison it may as well map to itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const confusablesPath = process.argv[2];
const ucd = process.argv[3] ?? '/usr/share/unicode';
if (!confusablesPath) {
  console.error('usage: node scripts/build-unicode-security.mjs CONFUSABLES_TXT [UCD_DIR]');
  process.exit(2);
}

const hex = (n) => n.toString(16);
const chars = (field) =>
  field
    .trim()
    .split(/\s+/)
    .map((h) => String.fromCodePoint(parseInt(h, 16)))
    .join('');

function versionOf(text, pattern) {
  const m = pattern.exec(text);
  if (!m) throw new Error(`no version in header (${pattern})`);
  return m[1];
}

// --- confusables.txt: "source ; prototype ; MA # comment"
const confText = readFileSync(confusablesPath, 'utf8');
const confVersion = versionOf(confText, /^# Version: (\d+\.\d+\.\d+)/m);
const ascii = /^[\d.a-z-]+$/i;
const pairs = [];
let total = 0;
for (const line of confText.split('\n')) {
  const fields = line.split('#', 1)[0].split(';');
  if (fields.length < 3) continue;
  total++;
  const source = chars(fields[0]);
  const prototype = chars(fields[1]);
  if (!ascii.test(prototype)) continue;
  if ([...source].length !== 1) throw new Error(`multi-character source in ${line}`);
  pairs.push(`${hex(source.codePointAt(0))}:${prototype}`);
}

// --- Scripts.txt (long names) and ScriptExtensions.txt (short names) -> short names
const scriptsText = readFileSync(path.join(ucd, 'Scripts.txt'), 'utf8');
const scxText = readFileSync(path.join(ucd, 'ScriptExtensions.txt'), 'utf8');
const aliasText = readFileSync(path.join(ucd, 'PropertyValueAliases.txt'), 'utf8');
const scriptsVersion = versionOf(scriptsText, /^# Scripts-(\d+\.\d+\.\d+)\.txt/m);
const scxVersion = versionOf(scxText, /^# ScriptExtensions-(\d+\.\d+\.\d+)\.txt/m);
if (new Set([confVersion, scriptsVersion, scxVersion]).size !== 1) {
  throw new Error(
    `versions differ: confusables ${confVersion}, Scripts ${scriptsVersion}, ScriptExtensions ${scxVersion}`,
  );
}
const shortName = new Map();
for (const line of aliasText.split('\n')) {
  const f = line
    .split('#', 1)[0]
    .split(';')
    .map((s) => s.trim());
  if (f[0] === 'sc' && f.length >= 3) shortName.set(f[2], f[1]);
}

function ranges(text, nameOf) {
  const out = [];
  for (const line of text.split('\n')) {
    const f = line
      .split('#', 1)[0]
      .split(';')
      .map((s) => s.trim());
    if (f.length < 2 || f[0] === '') continue;
    const [a, b = a] = f[0].split('..');
    out.push([parseInt(a, 16), parseInt(b, 16), nameOf(f[1])]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

const script = ranges(scriptsText, (n) => {
  const s = shortName.get(n);
  if (!s) throw new Error(`unknown script ${n}`);
  return s;
});
const extensions = ranges(scxText, (n) => n.split(/\s+/).join(' '));

// Merge neighbouring ranges of one script (Scripts.txt lists them by general category).
const merged = [];
for (const r of script) {
  const last = merged[merged.length - 1];
  if (last && last[2] === r[2] && last[1] + 1 === r[0]) last[1] = r[1];
  else merged.push([...r]);
}

const names = [...new Set(merged.map((r) => r[2]))].sort();
const index = new Map(names.map((n, i) => [n, i]));
const scriptRanges = merged
  .map(([a, b, n]) => `${hex(a)}${b === a ? '' : `-${hex(b - a)}`}:${index.get(n).toString(36)}`)
  .join(',');
const scxRanges = extensions.map(([a, b, n]) => `${hex(a)}${b === a ? '' : `-${hex(b - a)}`}:${n}`).join(',');

const banner = (what) => `/**
 * GENERATED by scripts/build-unicode-security.mjs from Unicode ${confVersion} ${what}. Do not edit: regenerate.
 * Unicode data files are (c) Unicode, Inc., under the Unicode License v3 (https://www.unicode.org/license.txt).
 */`;

writeFileSync(
  path.join(root, 'lib/impersonation/confusables-data.ts'),
  `${banner('confusables.txt (UTS #39 §4)')}

/** The Unicode version of the confusables data. */
export const CONFUSABLES_UNICODE_VERSION = '${confVersion}';

/**
 * ${pairs.length} of the ${total} mappings of confusables.txt: those whose prototype is ASCII letters, digits, "-" or ".".
 * Format: \`hexcodepoint:prototype\`, comma-separated.
 */
export const CONFUSABLE_PAIRS = '${pairs.join(',')}';
`,
);

writeFileSync(
  path.join(root, 'lib/impersonation/script-data.ts'),
  `${banner('Scripts.txt and ScriptExtensions.txt (UAX #24)')}

/** The Unicode version of the script data. */
export const SCRIPTS_UNICODE_VERSION = '${scriptsVersion}';

/** Script short names (ISO 15924), indexed by the base-36 numbers in SCRIPT_RANGES. */
export const SCRIPT_NAMES: readonly string[] = ${JSON.stringify(names)};

/** Script property: \`hexstart[-hexlength]:base36 index\`, sorted, comma-separated; unlisted code points are Unknown (Zzzz). */
export const SCRIPT_RANGES = '${scriptRanges}';

/** Script_Extensions where it differs from Script: \`hexstart[-hexlength]:Short Names\`, comma-separated. */
export const SCRIPT_EXTENSION_RANGES = '${scxRanges}';
`,
);

const json = `${JSON.stringify({
  notice: `GENERATED by scripts/build-unicode-security.mjs from Unicode ${confVersion} confusables.txt, Scripts.txt and ScriptExtensions.txt; (c) Unicode, Inc., under the Unicode License v3 (https://www.unicode.org/license.txt).`,
  version: confVersion,
  confusablePairs: pairs.join(','),
  scriptNames: names,
  scriptRanges,
  scriptExtensionRanges: scxRanges,
})}\n`;
writeFileSync(path.join(root, 'public/unicode-tables.json'), json);

console.log(
  `confusables ${confVersion}: ${pairs.length} of ${total} mappings kept; scripts: ${merged.length} ranges, ${names.length} scripts, ${extensions.length} extension ranges`,
);
