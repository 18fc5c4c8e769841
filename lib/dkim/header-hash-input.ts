/** RFC 6376 §3.7 / §5.4.2: the header part of the data a signature covers. */
import type { HeaderField } from '../mime';
import { canonicalHeader, canonicalSignatureField } from './canonical-header';
import type { ByteForm } from './text-bytes';
import { encodeText } from './text-bytes';
import type { Canonicalization } from './types';

/**
 * RFC 6376 §5.4.2: for each name in h=, take the last not-yet-used instance of that field, working up
 * from the bottom of the header block; a name with no instance left contributes nothing (over-signing).
 * `exclude` (the signature field itself) is never selected. Returns field indexes, -1 for "none left".
 */
export function selectSignedFields(fields: readonly HeaderField[], names: readonly string[], exclude: number): number[] {
  const next = new Map<string, number>();
  return names.map((name) => {
    const from = next.get(name) ?? fields.length;
    for (let i = from - 1; i >= 0; i--) {
      if (i !== exclude && fields[i]?.key === name) {
        next.set(name, i);
        return i;
      }
    }
    next.set(name, 0);
    return -1;
  });
}

export interface HeaderHashOptions {
  mode: Canonicalization;
  crBreaks: boolean;
  form: ByteForm;
}

/** The canonical selected fields, then the signature field with b= emptied and no final CRLF. */
export function headerHashInput(
  fields: readonly HeaderField[],
  signatureIndex: number,
  names: readonly string[],
  opts: HeaderHashOptions,
): Uint8Array<ArrayBuffer> {
  let text = '';
  for (const i of selectSignedFields(fields, names, signatureIndex)) {
    const f = fields[i];
    if (f) text += canonicalHeader(f.raw, opts.mode, opts.crBreaks);
  }
  const sig = fields[signatureIndex];
  if (sig) text += canonicalSignatureField(sig.raw, opts.mode, opts.crBreaks);
  return encodeText(text, opts.form);
}
