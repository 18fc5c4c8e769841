/** RFC 5322 §3.6.8 field-name = 1*ftext (printable ASCII but ":"); §4.5.8 obs-optional allows WSP before ":". */
const FIELD_START = /^([\x21-\x39\x3b-\x7e]+)[\t ]*:/;

/** The field name if `line` begins a header field, else null. */
export function fieldNameOf(line: string): string | null {
  const m = FIELD_START.exec(line);
  return m?.[1] ?? null;
}

/** RFC 5322 §2.2.3: a folded line continues with WSP (space or horizontal tab) and nothing else. */
export function isContinuation(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 32 || c === 9;
}

/**
 * Characters that look like whitespace to JS `\s` and to some parsers but are not WSP in RFC 5322.
 * A line that starts with one is a header-smuggling sign (header smuggling, docs/security-goals.md, mailauth's smuggling tests).
 */
const FAKE_WSP = /^[\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export function startsWithFakeWhitespace(line: string): boolean {
  return FAKE_WSP.test(line);
}

/** A header name a human would write: letters, digits and - _ . only (no "=" or ";" as in a broken DKIM fold). */
export function isPlausibleFieldName(name: string): boolean {
  return /^\w[\w.-]*$/.test(name);
}

/** A line holding only a field name (and WSP): the first half of a folded-colon field. */
const BARE_NAME = /^([\x21-\x39\x3b-\x7e]+)[\t ]*$/;

/**
 * RFC 5322 §2.2.3 unfolding, then §4.5 obs syntax (WSP before ":"): "From\r\n : x" unfolds to "From : x",
 * a From field (header smuggling, docs/security-goals.md). Returns the name when line `i` is a bare name and the first non-WSP
 * character of its continuation lines is ":", else null. Reads only the continuation lines after `i`.
 */
export function foldedFieldNameAt(lines: readonly { readonly text: string }[], i: number): string | null {
  const m = BARE_NAME.exec(lines[i]?.text ?? '');
  if (!m) return null;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]?.text ?? '';
    if (!isContinuation(t)) return null;
    let k = 0;
    while (k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
    if (k < t.length) return t[k] === ':' ? (m[1] ?? null) : null;
  }
  return null;
}
