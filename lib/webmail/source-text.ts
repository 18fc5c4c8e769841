/**
 * Bytes of a fetched source -> the raw text the worker analyses. UTF-8 when the bytes are valid UTF-8
 * (RFC 6532 allows it in headers), else Latin-1, which maps every byte to one character, so an 8-bit
 * body survives byte for byte (the DKIM body hash needs the bytes; gmail.js's README warns that reading the source as text corrupts it).
 */
export function sourceBytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytesToLatin1(bytes);
  }
}

/**
 * ISO-8859-1 proper: byte n -> U+00nn. (The WHATWG "latin1" label of TextDecoder is windows-1252, which
 * turns 0x80-0x9F into other characters and would lose those bytes.)
 */
export function bytesToLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return parts.join('');
}
