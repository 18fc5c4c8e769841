/** IDNA display forms (RFC 5891 §5 / RFC 3490 ToUnicode/ToASCII, simplified: NFC + lower case, no full UTS #46 mapping). */
import { punycodeDecode, punycodeEncode } from './punycode';

export interface DomainForms {
  ascii: string;
  unicode: string;
  /** A label had an xn-- prefix or non-ASCII text. */
  international: boolean;
  /** An xn-- label that is not valid Punycode. */
  invalidLabels: string[];
}

export function domainForms(domain: string): DomainForms {
  const ascii: string[] = [];
  const unicode: string[] = [];
  const invalid: string[] = [];
  let international = false;
  for (const raw of domain.normalize('NFC').toLowerCase().split('.').slice(0, 127)) {
    if (raw.startsWith('xn--')) {
      international = true;
      const u = punycodeDecode(raw.slice(4));
      if (u === null) invalid.push(raw);
      ascii.push(raw);
      unicode.push(u ?? raw);
      continue;
    }
    let nonAscii = false;
    for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) > 127) nonAscii = true;
    if (nonAscii) {
      international = true;
      const e = punycodeEncode(raw);
      if (e === null) invalid.push(raw);
      ascii.push(e === null ? raw : `xn--${e}`);
    } else {
      ascii.push(raw);
    }
    unicode.push(raw);
  }
  return { ascii: ascii.join('.'), unicode: unicode.join('.'), international, invalidLabels: invalid };
}
