/**
 * Domain-name text helpers shared by the codec, the cache and the evaluators: RFC 1035 §2.3.4 sizes
 * (label ≤ 63 octets, name ≤ 255 octets on the wire, so ≤ 253 characters of text without the root dot).
 */

/** Lower-case, drop one trailing dot. `Example.COM.` -> `example.com`; the root is ''. */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Labels of a name in text form (trailing dot ignored); [] for the root. */
export function nameLabels(name: string): string[] {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  return n === '' ? [] : n.split('.');
}

/** RFC 1035 §2.3.4: every label 1-63 octets, whole name ≤ 253 characters of text. ASCII only (A-labels). */
export function isValidDnsName(name: string): boolean {
  const labels = nameLabels(name);
  if (labels.length === 0) return false;
  let total = 0;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) > 0x7e || label.charCodeAt(i) < 0x21) return false;
    total += label.length + 1;
  }
  return total - 1 <= 253;
}

/** True when `name` equals `parent` or is below it (case-insensitive, trailing dots ignored). */
export function isSubdomainOf(name: string, parent: string): boolean {
  const n = normalizeName(name);
  const p = normalizeName(parent);
  return n === p || n.endsWith('.' + p);
}
