/**
 * Read the message source out of the HTML of Gmail's "Show original" page without an HTML parser
 * (no DOMParser on fetched text, security goal G7, docs/security-goals.md): find `<pre id="raw_message_text" ...>`, take its
 * content up to `</pre>`, drop any tags inside and decode character references. Unlike a DOM parse this
 * keeps CRLF as sent (the HTML parser would turn it into LF). Linear, capped by the input size.
 */

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00A0' };

function codePoint(n: number): string {
  // HTML: invalid or surrogate code points become U+FFFD.
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/** Decode `&lt;` `&#60;` `&#x3C;` and the few named references Gmail emits; others are kept as written. */
export function decodeCharacterReferences(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const ref = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      if (/^[0-9a-f]{1,6}$/i.test(ref.slice(2))) rep = codePoint(parseInt(ref.slice(2), 16));
    } else if (ref.startsWith('#')) {
      if (/^\d{1,7}$/.test(ref.slice(1))) rep = codePoint(parseInt(ref.slice(1), 10));
    } else {
      rep = NAMED[ref.toLowerCase()];
    }
    if (rep === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += rep;
      i = semi + 1;
    }
  }
  return out;
}

/** Remove tags (`<a ...>`, `</a>`, `<wbr>`) from a fragment; text between them is kept. */
function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, lt);
    const gt = s.indexOf('>', lt + 1);
    if (gt === -1) {
      out += s.slice(lt);
      break;
    }
    i = gt + 1;
  }
  return out;
}

/** The decoded text of `pre#raw_message_text` in a Show-original page, or null when the page has none. */
export function extractRawMessageText(html: string): string | null {
  // The first <pre ...> tag that names raw_message_text (id or class).
  let open = html.indexOf('<pre');
  let tagEnd = -1;
  while (open !== -1) {
    tagEnd = html.indexOf('>', open);
    if (tagEnd === -1) return null;
    if (html.slice(open, tagEnd).includes('raw_message_text')) break;
    open = html.indexOf('<pre', tagEnd);
  }
  if (open === -1) return null;
  const close = html.indexOf('</pre>', tagEnd);
  if (close === -1) return null;
  let inner = html.slice(tagEnd + 1, close);
  // HTML: a newline right after <pre> is not part of the content.
  if (inner.startsWith('\r\n')) inner = inner.slice(2);
  else if (inner.startsWith('\n')) inner = inner.slice(1);
  return decodeCharacterReferences(stripTags(inner));
}

/**
 * The legacy hex id of the message a Show-original page shows, from its "Download original" link
 * (`<a href="...?view=att&amp;th=<hex>&amp;...">`): how a just-sent message's `msg-a:` id resolves to the
 * server's id (InboxSDK getGmailMessageIdForSyncMessageId.ts reads the same link). Null when the page has none.
 */
export function legacyIdFromShowOriginal(html: string): string | null {
  let at = html.indexOf('href="');
  for (let links = 0; at !== -1 && links < 500; links++) {
    const start = at + 6;
    const end = html.indexOf('"', start);
    if (end === -1) return null;
    const href = decodeCharacterReferences(html.slice(start, Math.min(end, start + 2048)));
    const q = href.indexOf('?');
    if (q !== -1) {
      const params = new URLSearchParams(href.slice(q + 1));
      const th = params.get('th')?.toLowerCase() ?? '';
      if (params.get('view') === 'att' && /^[0-9a-f]{1,16}$/.test(th)) return th;
    }
    at = html.indexOf('href="', end + 1);
  }
  return null;
}
