/**
 * `text.toLowerCase() === lower` for an ASCII lower-case `lower` (a header name such as 'list-id'), without making
 * the lower-case copy: readers that look for one header among a message's fields compare every name, and a copy per
 * name per reader was most of their time. Exact for any `text`: a non-ASCII character falls back to toLowerCase
 * (U+212A KELVIN SIGN lower-cases to ASCII 'k'); no other character changes length when lower-cased into ASCII.
 */
export function equalsLower(text: string, lower: string): boolean {
  if (text.length !== lower.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const t = lower.charCodeAt(i);
    if (c === t) continue;
    if (c >= 65 && c <= 90 && c + 32 === t) continue;
    return c >= 128 ? text.toLowerCase() === lower : false;
  }
  return true;
}

/** `text.toLowerCase().startsWith(prefix)` for an ASCII lower-case `prefix`, without the copy; exact as equalsLower. */
export function startsWithLower(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const c = text.charCodeAt(i);
    const t = prefix.charCodeAt(i);
    if (c === t) continue;
    if (c >= 65 && c <= 90 && c + 32 === t) continue;
    return c >= 128 ? text.toLowerCase().startsWith(prefix) : false;
  }
  return true;
}
