/**
 * TXT data in presentation format (RFC 1035 §5.1): quoted character-strings separated by spaces, with
 * `\"`, `\\` and `\DDD` escapes. Text that does not start with a quote (Google's JSON API) is one string.
 */
export function parseTxtPresentation(data: string): string[] | null {
  if (!data.startsWith('"')) return [data];
  const strings: string[] = [];
  let i = 0;
  while (i < data.length) {
    while (data[i] === ' ') i++;
    if (i >= data.length) break;
    if (data[i] !== '"') return null;
    i++;
    let s = '';
    for (;;) {
      if (i >= data.length) return null;
      const c = data[i] ?? '';
      if (c === '"') {
        i++;
        break;
      }
      if (c === '\\') {
        const d = data.slice(i + 1, i + 4);
        if (/^\d{3}$/.test(d)) {
          s += String.fromCharCode(Number(d) & 0xff);
          i += 4;
        } else {
          s += data[i + 1] ?? '';
          i += 2;
        }
        continue;
      }
      s += c;
      i++;
    }
    strings.push(s);
  }
  return strings.length === 0 ? [''] : strings;
}
