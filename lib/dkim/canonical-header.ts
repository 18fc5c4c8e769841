/**
 * RFC 6376 §3.4.1 / §3.4.2 header canonicalisation, from HeaderField.raw (the one header splitter:
 * security goal G10, docs/security-goals.md). Line terminators in raw are CRLF, LF or (CR-only texts) CR; all become CRLF.
 */
import { trimFws } from './tag-list';
import type { Canonicalization } from './types';

interface RawLine {
  text: string;
  eol: boolean;
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9;
}

/** Split raw field text into lines (see text-bytes.ts crEndsLines for when a lone CR ends a line). */
function rawLines(raw: string, crBreaks: boolean): RawLine[] {
  const lines: RawLine[] = [];
  const sep = crBreaks ? '\r' : '\n';
  let i = 0;
  while (i < raw.length) {
    const at = raw.indexOf(sep, i);
    if (at < 0) {
      lines.push({ text: raw.slice(i), eol: false });
      break;
    }
    const end = !crBreaks && at > i && raw.charCodeAt(at - 1) === 13 ? at - 1 : at;
    lines.push({ text: raw.slice(i, end), eol: true });
    i = at + 1;
  }
  return lines;
}

/** RFC 6376 §3.4.1: the field exactly as written, every line ending in CRLF. */
function simple(raw: string, crBreaks: boolean): string {
  let out = '';
  for (const l of rawLines(raw, crBreaks)) out += l.text + '\r\n';
  return out;
}

/** Reduce WSP runs to one SP and drop leading and trailing WSP. */
function squeeze(s: string): string {
  let out = '';
  let k = 0;
  while (k < s.length && isWsp(s.charCodeAt(k))) k++;
  let start = k;
  while (k < s.length) {
    if (!isWsp(s.charCodeAt(k))) {
      k++;
      continue;
    }
    let m = k + 1;
    while (m < s.length && isWsp(s.charCodeAt(m))) m++;
    out += s.slice(start, k);
    if (m < s.length) out += ' ';
    start = m;
    k = m;
  }
  return out + s.slice(start);
}

/**
 * RFC 6376 §3.4.2: lower-case name, unfold, WSP runs to one SP, no WSP around ":" or at the end.
 * Only a line starting with WSP is a fold (RFC 5322 §2.2.3). A line lib/mime joined to the field for
 * another reason (lost indentation, NBSP/VT/FF smuggling) keeps its CRLF: no signer produced that form,
 * so such a field never verifies (header smuggling, docs/security-goals.md).
 */
function relaxed(raw: string, crBreaks: boolean): string {
  let joined = '';
  rawLines(raw, crBreaks).forEach((l, k) => {
    if (k > 0 && !isWsp(l.text.charCodeAt(0))) joined += '\r\n';
    joined += l.text;
  });
  const colon = joined.indexOf(':');
  if (colon < 0) return squeeze(joined).toLowerCase() + '\r\n';
  const name = squeeze(joined.slice(0, colon)).toLowerCase();
  return `${name}:${squeeze(joined.slice(colon + 1))}\r\n`;
}

/** One header field in canonical form, ending in CRLF. */
export function canonicalHeader(raw: string, mode: Canonicalization, crBreaks: boolean): string {
  return mode === 'relaxed' ? relaxed(raw, crBreaks) : simple(raw, crBreaks);
}

/** Length of raw's final line terminator (CRLF, LF or CR), 0 when it has none. */
function finalEolLength(raw: string): number {
  if (raw.endsWith('\r\n')) return 2;
  return raw.endsWith('\n') || raw.endsWith('\r') ? 1 : 0;
}

/**
 * RFC 6376 §3.7 (and RFC 8617 §5.1.1 for ARC): the signature field itself is hashed with the value of
 * its b= tag, surrounding whitespace included, deleted, and without a trailing CRLF. Works on raw
 * text, tag by tag, so the rest of the field is hashed exactly as written.
 */
export function canonicalSignatureField(raw: string, mode: Canonicalization, crBreaks: boolean): string {
  const text = raw.slice(0, raw.length - finalEolLength(raw));
  let edited = text;
  let s = text.indexOf(':') + 1;
  while (s > 0 && s <= text.length) {
    let semi = text.indexOf(';', s);
    if (semi < 0) semi = text.length;
    const eq = text.indexOf('=', s);
    if (eq >= 0 && eq < semi && trimFws(text.slice(s, eq)) === 'b') {
      edited = text.slice(0, eq + 1) + text.slice(semi);
      break;
    }
    s = semi + 1;
  }
  const canon = canonicalHeader(edited, mode, crBreaks);
  return canon.slice(0, canon.length - 2);
}
