/**
 * RFC 6376 §3.2 tag=value lists (DKIM-Signature, key records, ARC-Seal, ARC-Message-Signature).
 * A small tokenizer, no regex over the whole value: linear on hostile input.
 */

export type TagListResult =
  | { ok: true; tags: ReadonlyMap<string, string> }
  | { ok: false; code: 'tag-list.syntax' | 'tag-list.duplicate'; detail: string };

/** FWS after unfolding: SP and HTAB; CR and LF tolerated as well (raw text). */
function isFws(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function trimFws(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isFws(s.charCodeAt(a))) a++;
  while (b > a && isFws(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** RFC 6376 §3.2: tag-name = ALPHA *ALNUMPUNC (ALNUMPUNC = ALPHA / DIGIT / "_"). */
function isTagName(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alpha) continue;
    if (i > 0 && ((c >= 48 && c <= 57) || c === 95)) continue;
    return false;
  }
  return true;
}

/**
 * RFC 6376 §3.2: tag-value = [ tval *( 1*(WSP / FWS) tval ) ], tval = 1*VALCHAR, VALCHAR = %x21-3A / %x3C-7E.
 * Non-ASCII is accepted as VALCHAR (RFC 8616: internationalised d= and i=).
 */
function isTagValue(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isFws(c)) continue;
    if (c < 0x21 || c === 0x3b || c === 0x7f) return false;
  }
  return true;
}

/**
 * Parse a tag-list. Tag names are case-sensitive; values keep their inner whitespace (callers strip FWS
 * where the tag's grammar allows it). RFC 6376 §3.2: a duplicate tag name invalidates the whole list;
 * only one trailing ";" is allowed (an empty tag-spec in the middle is a syntax error).
 */
export function parseTagList(text: string): TagListResult {
  const tags = new Map<string, string>();
  const parts = text.split(';');
  for (let i = 0; i < parts.length; i++) {
    const spec = parts[i] ?? '';
    if (trimFws(spec) === '') {
      if (i === parts.length - 1 && i > 0) break;
      return { ok: false, code: 'tag-list.syntax', detail: i === 0 && parts.length === 1 ? 'the tag list is empty' : 'an empty tag between two ";"' };
    }
    const eq = spec.indexOf('=');
    if (eq < 0) return { ok: false, code: 'tag-list.syntax', detail: `"${trimFws(spec).slice(0, 40)}" has no "="` };
    const name = trimFws(spec.slice(0, eq));
    const value = trimFws(spec.slice(eq + 1));
    if (!isTagName(name)) return { ok: false, code: 'tag-list.syntax', detail: `"${name.slice(0, 40)}" is not a valid tag name` };
    if (!isTagValue(value)) return { ok: false, code: 'tag-list.syntax', detail: `the value of ${name}= has characters not allowed in a tag value` };
    if (tags.has(name)) return { ok: false, code: 'tag-list.duplicate', detail: `the tag ${name}= appears twice` };
    tags.set(name, value);
  }
  return { ok: true, tags };
}

/** Remove all FWS from a value (base64 b=, bh=, p=; RFC 6376 §3.5 allows FWS anywhere inside them). */
export function stripFws(s: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (isFws(s.charCodeAt(i))) {
      out += s.slice(start, i);
      start = i + 1;
    }
  }
  return out + s.slice(start);
}

/** Split a colon-separated list (h=, q=, key h=, s=, t=), trimming FWS around items; empty items are dropped. */
export function splitColonList(value: string): string[] {
  const out: string[] = [];
  for (const item of value.split(':')) {
    const t = trimFws(item);
    if (t !== '') out.push(t);
  }
  return out;
}

export { trimFws };
