/**
 * The two list shapes vendor stamps use, split without regex backtracking:
 * `KEY:value;KEY:value;` (Microsoft) and `key=value key="quoted value"` (SpamAssassin, Proofpoint, Barracuda).
 * Values are cut at the first separator only, so IPv6 addresses keep their colons.
 */
export interface KeyValue {
  key: string;
  value: string;
}

/** At most this many pairs are read from one header. */
export const MAX_PAIRS = 500;

export function splitColonList(text: string): KeyValue[] {
  const out: KeyValue[] = [];
  for (const part of text.split(';')) {
    if (out.length >= MAX_PAIRS) break;
    const item = part.trim();
    if (item === '') continue;
    const colon = item.indexOf(':');
    if (colon < 0) out.push({ key: item, value: '' });
    else out.push({ key: item.slice(0, colon).trim(), value: item.slice(colon + 1).trim() });
  }
  return out;
}

/** `k=v` pairs separated by white space (and optionally `;` or `,`); quoted values may hold spaces. */
export function splitEqualsList(text: string, separators = ' \t\r\n'): KeyValue[] {
  const out: KeyValue[] = [];
  let i = 0;
  const n = text.length;
  const isSep = (ch: string) => separators.includes(ch);
  while (i < n && out.length < MAX_PAIRS) {
    while (i < n && isSep(text.charAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSep(text.charAt(i)) && text.charAt(i) !== '=') i++;
    const key = text.slice(start, i);
    if (text.charAt(i) !== '=') {
      out.push({ key, value: '' });
      continue;
    }
    i++;
    let value: string;
    if (text.charAt(i) === '"') {
      const end = text.indexOf('"', i + 1);
      value = end < 0 ? text.slice(i + 1) : text.slice(i + 1, end);
      i = end < 0 ? n : end + 1;
    } else {
      const vs = i;
      while (i < n && !isSep(text.charAt(i))) i++;
      value = text.slice(vs, i);
    }
    out.push({ key, value });
  }
  return out;
}
