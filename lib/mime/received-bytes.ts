/**
 * Input bytes to text, remembering how, so a suffix of the text (the body) can be found again among the
 * bytes as received: DKIM hashes octets, and re-encoding a decoded text cannot always give them back.
 */
export interface DecodedInput {
  text: string;
  /** 'utf-8': valid UTF-8 (RFC 6532), a leading byte order mark dropped; 'latin1': one char per byte. */
  form: 'utf-8' | 'latin1';
  /** Bytes before text[0] (3 for a dropped UTF-8 byte order mark). */
  skipped: number;
  bytes: Uint8Array;
}

/** How a host's own decoder answers (see BytesDecoder). */
export type HostDecoded = Omit<DecodedInput, 'bytes'>;

/**
 * A host's faster way to exactly what decodeInput() gives (Node's Buffer: SIMD ASCII and UTF-8 checks, a Latin-1
 * copy at memory speed). Node 20's TextDecoder decodes a 25 MB message several times slower than a SHA-256 of it.
 */
export type BytesDecoder = (bytes: Uint8Array) => HostDecoded;

/** True ISO-8859-1, byte for byte: TextDecoder('latin1') is windows-1252 in browsers but not in Node. */
function latin1Text(bytes: Uint8Array): string {
  const parts: string[] = [];
  // 8 KiB a call keeps under every engine's argument limit; apply on a typed array copies no array first.
  for (let i = 0; i < bytes.length; i += 0x2000) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]));
  return parts.join('');
}

/** Decode bytes as UTF-8 (RFC 6532; a leading byte order mark dropped); fall back to Latin-1, which keeps every byte. */
export function decodeInput(bytes: Uint8Array, host?: BytesDecoder): DecodedInput {
  if (host !== undefined) return { ...host(bytes), bytes };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text, form: 'utf-8', skipped: bom ? 3 : 0, bytes };
  } catch {
    return { text: latin1Text(bytes), form: 'latin1', skipped: 0, bytes };
  }
}

/** UTF-8 length of s[from, end) (lone surrogates count 3, as U+FFFD; they cannot occur in decoded UTF-8). */
function utf8Length(s: string, from: number, end: number): number {
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The received bytes of the text's last `suffixChars` characters, as a view (no copy), or undefined when
 * they cannot be told apart (then the caller works from the text). Checked at both ends against the text.
 */
export function suffixBytes(input: DecodedInput, suffixChars: number): Uint8Array<ArrayBuffer> | undefined {
  const { text, bytes } = input;
  const startChar = text.length - suffixChars;
  if (startChar < 0 || !(bytes.buffer instanceof ArrayBuffer)) return undefined;
  // Valid UTF-8 re-encodes to exactly the bytes after `skipped`: count whichever side of the cut is shorter (a
  // header block before a 25 MB body, a short body after a header block).
  // As many bytes as characters after `skipped`: every character was one byte (ASCII), so no counting at all.
  const start =
    input.form === 'latin1' || bytes.length - input.skipped === text.length
      ? input.skipped + startChar
      : startChar <= suffixChars
        ? input.skipped + utf8Length(text, 0, startChar)
        : bytes.length - utf8Length(text, startChar, text.length);
  if (start > bytes.length) return undefined;
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  const first = text.charCodeAt(startChar);
  const last = text.charCodeAt(text.length - 1);
  if (suffixChars > 0 && ((first < 0x80 && view[0] !== first) || (last < 0x80 && view[view.length - 1] !== last))) return undefined;
  return view;
}
