/**
 * TXT RDATA (RFC 1035 §3.3.14): one or more <character-string>s, each a length octet and that many octets.
 * The octets are decoded as UTF-8 (invalid sequences become U+FFFD, so non-ASCII stays visible to SPF's
 * ASCII-only rule, RFC 7208 §3.1). Consumers join the strings without a separator (RFC 7208 §3.3).
 */
const decoder = new TextDecoder('utf-8', { fatal: false });

export function decodeTxtStrings(rdata: Uint8Array): string[] | null {
  const strings: string[] = [];
  let pos = 0;
  while (pos < rdata.length) {
    const len = rdata[pos] ?? 0;
    if (pos + 1 + len > rdata.length) return null;
    strings.push(decoder.decode(rdata.subarray(pos + 1, pos + 1 + len)));
    pos += 1 + len;
  }
  return strings.length === 0 ? null : strings;
}
