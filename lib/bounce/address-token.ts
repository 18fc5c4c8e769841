/**
 * Address tokens in free text (RFC 5321 §4.1.2 Mailbox, loosely): a run without blanks, brackets or
 * quotes that holds one "@" with a dotted domain after it. Used to find recipients in NDR prose.
 */

const STOP = new Set([' ', '\t', '<', '>', '(', ')', '[', ']', '"', "'", ',', ';', '`']);

/**
 * True when `s` looks like local@domain.tld. RFC 5322 §3.2.3: an unquoted local part has no ":", so "To:a@b.example"
 * is a header field, not an address.
 */
export function looksLikeAddress(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1 || s.length > 320) return false;
  const domain = s.slice(at + 1);
  const local = s.slice(0, at);
  return /^[\w-]+(?:\.[\w-]+)+$/.test(domain) && !local.includes('@') && !local.includes(':') && /[a-z]/i.test(domain);
}

/** Remove punctuation that ends a sentence or a field name around an address. */
function trimAddress(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && ':.'.includes(s[a] ?? '')) a++;
  while (b > a && ':.…'.includes(s[b - 1] ?? '')) b--;
  return s.slice(a, b);
}

/** The token that starts at `i` (up to a STOP character), address punctuation trimmed. */
export function tokenAt(s: string, i: number): { token: string; end: number } {
  let j = i;
  while (j < s.length && !STOP.has(s[j] ?? ' ')) j++;
  return { token: trimAddress(s.slice(i, j)), end: j };
}

/** Every address in `s`, in order, lower-cased domain kept as written. */
export function addressesIn(s: string, max = 50): string[] {
  const out: string[] = [];
  let at = s.indexOf('@');
  while (at >= 0 && out.length < max) {
    let i = at;
    while (i > 0 && !STOP.has(s[i - 1] ?? ' ')) i--;
    const { token, end } = tokenAt(s, i);
    // "mailto:a@b", "rfc822:a@b", or a field name glued to the address ("To:a@b"): the address follows the last ":".
    const colon = token.lastIndexOf(':', token.indexOf('@'));
    const addr = colon < 0 ? token : token.slice(colon + 1);
    if (looksLikeAddress(addr)) out.push(addr);
    at = s.indexOf('@', Math.max(end, at + 1));
  }
  return out;
}
