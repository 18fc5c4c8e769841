/**
 * Gmail's `ik` (the account key the Show-original URL needs). An isolated-world content script cannot read
 * page globals, so we read it from the text of Gmail's inline scripts, in three forms:
 * - `var GM_ID_KEY = '<ik>';` (zoidsh/meru packages/preload-gmail/inbox.ts reads it so from the page, 2026-06);
 * - the `GLOBALS=[...]` literal, index 9 (gmail.js `api.tracker.ik`, InboxSDK setup-data-exposer.ts);
 * - the first `_GM_setData({"key":[a,b,"<ik>",...]})` entry (cysec-jshimizu/ibemail_extension src/inbox.ts, 2021-22).
 * A small tokenizer walks the literal (strings, nesting), linear in the scanned length, capped.
 */

const MAX_SCAN = 256 * 1024;

/** A plausible ik: 6-32 lower-case letters or digits (meru's GM_ID_KEY pattern `[a-z0-9]+`; ids seen are 10 hex digits). */
export function isPlausibleIk(s: string): boolean {
  return /^[0-9a-z]{6,32}$/.test(s);
}

/**
 * The raw text of the `n`-th top-level element of the array literal whose `[` is at `open`, or null
 * when the array is shorter or not closed within the scan cap.
 */
export function nthArrayElement(text: string, open: number, n: number): string | null {
  if (text[open] !== '[') return null;
  const end = Math.min(text.length, open + MAX_SCAN);
  let depth = 0;
  let index = 0;
  let start = open + 1;
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      // Skip a string literal, honouring backslash escapes.
      let j = i + 1;
      while (j < end && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      i = j;
      continue;
    }
    if (c === '[' || c === '{' || c === '(') {
      depth++;
      continue;
    }
    if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return index === n ? text.slice(start, i).trim() : null;
      continue;
    }
    if (c === ',' && depth === 1) {
      if (index === n) return text.slice(start, i).trim();
      index++;
      start = i + 1;
    }
  }
  return null;
}

/** `"abc"` or `'abc'` without escapes -> `abc`; anything else -> null. */
function simpleStringLiteral(token: string | null): string | null {
  if (token === null || token.length < 2) return null;
  const q = token[0];
  if ((q !== '"' && q !== "'") || token[token.length - 1] !== q) return null;
  const inner = token.slice(1, -1);
  return inner.includes('\\') || inner.includes(q) ? null : inner;
}

function fromGlobals(text: string): string | null {
  let at = text.indexOf('GLOBALS');
  while (at !== -1) {
    let i = at + 7;
    while (text[i] === ' ') i++;
    if (text[i] === '=') {
      i++;
      while (text[i] === ' ') i++;
      const ik = simpleStringLiteral(nthArrayElement(text, i, 9));
      if (ik !== null && isPlausibleIk(ik)) return ik;
    }
    at = text.indexOf('GLOBALS', at + 7);
  }
  return null;
}

function fromGmSetData(text: string): string | null {
  const at = text.indexOf('_GM_setData(');
  if (at === -1) return null;
  // The first value of the object literal: {"key":[...]}
  const brace = text.indexOf('{', at);
  if (brace === -1 || brace > at + 64) return null;
  const colon = text.indexOf(':', brace);
  if (colon === -1 || colon > brace + 256) return null;
  let i = colon + 1;
  while (text[i] === ' ') i++;
  const ik = simpleStringLiteral(nthArrayElement(text, i, 2));
  return ik !== null && isPlausibleIk(ik) ? ik : null;
}

/** `var GM_ID_KEY = '<ik>'` (either quote, any spacing around `=`); the first occurrence that is an assignment. */
function fromGmIdKey(text: string): string | null {
  for (let at = text.indexOf('GM_ID_KEY'); at !== -1; at = text.indexOf('GM_ID_KEY', at + 9)) {
    let i = at + 9;
    while (text[i] === ' ') i++;
    if (text[i] !== '=' || text[i + 1] === '=') continue;
    i++;
    while (text[i] === ' ') i++;
    const q = text[i];
    if (q !== '"' && q !== "'") continue;
    const end = text.indexOf(q, i + 1);
    if (end === -1 || end - i > 64) continue;
    const ik = text.slice(i + 1, end);
    if (isPlausibleIk(ik)) return ik;
  }
  return null;
}

/** The script texts worth reading: they name one of the markers. */
export function mayHoldIk(scriptText: string): boolean {
  return scriptText.includes('GM_ID_KEY') || scriptText.includes('GLOBALS') || scriptText.includes('_GM_setData');
}

/** Find the ik in one inline script's text, or null. */
export function extractIk(scriptText: string): string | null {
  return fromGmIdKey(scriptText) ?? fromGlobals(scriptText) ?? fromGmSetData(scriptText);
}
