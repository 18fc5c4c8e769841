// Stands in for iconv-lite in the .msg chunk (wxt.config.ts aliases it): @kenjiuno/msgreader decodes 8-bit MAPI
// strings with iconv-lite, whose charset tables would weigh more than the reader itself. The browser's own
// TextDecoder (WHATWG Encoding Standard labels: windows-1252, iso-8859-1, shift_jis, utf-8 ...) does the same job.
// Encoding is never needed to read a file.

export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An unknown label: Latin-1 keeps every byte as one character, so nothing is lost from view.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function encode(): never {
  throw new Error('headerscope reads .msg files; it never writes them');
}

export default { decode, encode };
