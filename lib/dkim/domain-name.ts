/**
 * d= and s= as DNS names (RFC 6376 §3.5: domain-name and selector are RFC 5321 sub-domains;
 * RFC 8616 §4: internationalised names may appear as U-labels and are looked up as A-labels).
 */

function isLdh(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/** Validate lower-case ASCII labels: 1..63 of [a-z0-9-_], no leading/trailing hyphen, 253 total. */
function validAscii(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  for (const label of name.split('.')) {
    if (label.length === 0 || label.length > 63) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
    for (let i = 0; i < label.length; i++) if (!isLdh(label.charCodeAt(i))) return false;
  }
  return true;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return true;
  return false;
}

const URL_SPECIAL = /[\s#%/:?@[\\\]]/;

/** The name as lower-case ASCII (A-labels), or null when it is not a valid DNS name. */
export function normalizeDnsName(text: string): string | null {
  let s = text.endsWith('.') ? text.slice(0, -1) : text;
  if (hasNonAscii(s)) {
    if (URL_SPECIAL.test(s)) return null;
    try {
      s = new URL(`http://${s}/`).hostname;
    } catch {
      return null;
    }
  }
  s = s.toLowerCase();
  return validAscii(s) ? s : null;
}

/** True when `name` is `parent` or a subdomain of it (both normalised). */
export function isSameOrSubdomain(name: string, parent: string): boolean {
  return name === parent || name.endsWith(`.${parent}`);
}
