/**
 * Every `local@domain` in free text (Received `for` clauses, Delivered-To, X-Forwarded-For lists, bounce
 * diagnostics). One pass: each "@" is found with indexOf and widened to the left over local-part characters
 * (RFC 5322 §3.2.3 atext and ".") and to the right over domain characters (letters, digits, "." and "-").
 */

const LOCAL = /[\w!#$%&'*+/=?^`{|}~.-]/;
const DOMAIN = /[\w.-]/;

export function addressesIn(text: string): string[] {
  const out: string[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && LOCAL.test(text[s - 1] ?? '')) s--;
    let e = at + 1;
    while (e < text.length && DOMAIN.test(text[e] ?? '')) e++;
    const local = text.slice(s, at).replace(/^\.+/, '');
    // A sentence's full stop or a dash after the address is not part of the domain.
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const domain = text.slice(at + 1, e);
    if (local !== '' && domain.includes('.')) out.push(`${local}@${domain}`);
    at = text.indexOf('@', at + 1);
  }
  return out;
}
