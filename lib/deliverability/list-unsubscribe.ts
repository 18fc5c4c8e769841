/** List-Unsubscribe (RFC 2369 §3.2: a list of <URI>) and List-Unsubscribe-Post (RFC 8058 §3.1). */

/** The URIs between angle brackets, in order, at most 10 (a small scanner; no regex over the value). */
export function unsubscribeUris(value: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < 10) {
    const open = value.indexOf('<', pos);
    if (open < 0) break;
    const close = value.indexOf('>', open + 1);
    if (close < 0) break;
    const uri = value.slice(open + 1, close).replace(/\s+/g, '');
    if (uri !== '') out.push(uri);
    pos = close + 1;
  }
  return out;
}

/** RFC 8058 §3.1: the header must hold the single key/value pair "List-Unsubscribe=One-Click". */
export function isOneClickPost(value: string): boolean {
  return value.trim().toLowerCase() === 'list-unsubscribe=one-click';
}

export function isHttpsUri(uri: string): boolean {
  return uri.toLowerCase().startsWith('https://');
}
