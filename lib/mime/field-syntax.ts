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
 * A line that starts with one is a header-smuggling sign (NOTES-SECURITY 1i, mailauth's smuggling tests).
 */
const FAKE_WSP = /^[\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export function startsWithFakeWhitespace(line: string): boolean {
  return FAKE_WSP.test(line);
}

/** A header name a human would write: letters, digits and - _ . only (no "=" or ";" as in a broken DKIM fold). */
export function isPlausibleFieldName(name: string): boolean {
  return /^[A-Z0-9][\w.-]*$/i.test(name);
}
