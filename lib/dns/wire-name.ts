/**
 * Domain names in DNS messages (RFC 1035 §3.1, §4.1.4): length-prefixed labels, and compression pointers
 * (two octets, top bits 11) that the decoder follows with loop protection.
 */

/** Encode a text name (trailing dot optional) as uncompressed wire labels, or null when it cannot be. */
export function encodeName(name: string): Uint8Array | null {
  const text = name.endsWith('.') ? name.slice(0, -1) : name;
  const labels = text === '' ? [] : text.split('.');
  const out: number[] = [];
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return null;
    out.push(label.length);
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      // Names go out as A-labels; anything outside printable ASCII is refused rather than mangled.
      if (c < 0x21 || c > 0x7e) return null;
      out.push(c);
    }
  }
  out.push(0);
  // RFC 1035 §2.3.4: 255 octets or less on the wire.
  return out.length > 255 ? null : Uint8Array.from(out);
}

export type ReadName = { ok: true; name: string; next: number } | { ok: false; reason: string };

/** Longest chain of pointers we follow; a pointer must also point strictly backwards (no loops). */
const MAX_POINTERS = 64;

/**
 * Read a possibly compressed name at `offset`. `next` is the offset just after the name as written at
 * `offset` (after the first pointer, if any). The name comes back lower-case-preserving, without the root dot.
 */
export function readName(bytes: Uint8Array, offset: number): ReadName {
  const labels: string[] = [];
  let pos = offset;
  let next = -1;
  let jumps = 0;
  let wireLength = 1;
  let lowest = offset;
  for (;;) {
    if (pos >= bytes.length) return { ok: false, reason: 'name runs past the end of the message' };
    const len = bytes[pos] ?? 0;
    if (len === 0) {
      if (next < 0) next = pos + 1;
      break;
    }
    const kind = len & 0xc0;
    if (kind === 0xc0) {
      if (pos + 1 >= bytes.length) return { ok: false, reason: 'compression pointer cut short' };
      const target = ((len & 0x3f) << 8) | (bytes[pos + 1] ?? 0);
      // RFC 1035 §4.1.4: a pointer refers to a prior occurrence; forward or self pointers would loop.
      if (target >= lowest) return { ok: false, reason: 'compression pointer loop' };
      if (++jumps > MAX_POINTERS) return { ok: false, reason: 'too many compression pointers' };
      if (next < 0) next = pos + 2;
      lowest = target;
      pos = target;
      continue;
    }
    if (kind !== 0) return { ok: false, reason: 'unknown label type' };
    if (pos + 1 + len > bytes.length) return { ok: false, reason: 'label runs past the end of the message' };
    wireLength += len + 1;
    if (wireLength > 255) return { ok: false, reason: 'name longer than 255 octets' };
    let label = '';
    for (let i = pos + 1; i <= pos + len; i++) label += String.fromCharCode(bytes[i] ?? 0);
    labels.push(label);
    pos += len + 1;
  }
  return { ok: true, name: labels.join('.'), next };
}
