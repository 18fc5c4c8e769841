/**
 * Domains of http(s) links in a text body, for the domain lists (SURBL, URIBL and the DBL list the domains
 * that spam links to). A small scanner, linear in the text: no regex runs over the body. The body is a string or
 * a large message's octets read in place (AsciiText: no string of the whole head is made).
 */
import type { MessageText } from '../mime/ascii-text';
import { orgDomainOfHostText } from './host-name';

/** Characters that end a URL's authority in running text, HTML attributes and Markdown. */
const STOP = new Set(Array.from(' \t\r\n/?#"\'<>()[]{}\\,;|`^', (c) => c.charCodeAt(0)));
const MAX_SCAN = 512 * 1024;
const MAX_AUTHORITY = 300;

/** Is `c` the ASCII letter `lower` in either case? (c | 0x20 maps A-Z to a-z, keeps a-z, makes no other code a letter.) */
const isLetter = (c: number, lower: number): boolean => (c | 0x20) === lower;

/** "http" or "https" (RFC 9110 §4.2), in any case, just before `sep` and not before `from` (the last link's end). */
function httpBefore(text: MessageText, sep: number, from: number): boolean {
  let i = sep - 1;
  if (i >= from && isLetter(text.charCodeAt(i), 0x73)) i--;
  return (
    i - 3 >= from &&
    isLetter(text.charCodeAt(i), 0x70) &&
    isLetter(text.charCodeAt(i - 1), 0x74) &&
    isLetter(text.charCodeAt(i - 2), 0x74) &&
    isLetter(text.charCodeAt(i - 3), 0x68)
  );
}

/** Organizational domains of links, in order of first appearance, at most `max`. */
export function linkDomains(bodyText: MessageText, max = 20): string[] {
  const text = typeof bodyText === 'string' ? bodyText.slice(0, MAX_SCAN) : bodyText.view(0, MAX_SCAN);
  // Links are found at their positions in the lower-cased text; lower-casing moves positions only past a U+0130,
  // the one character whose lower case is two (Unicode SpecialCasing.txt), so other texts are not copied.
  const lower = typeof text === 'string' && text.includes('\u0130') ? text.toLowerCase() : text;
  const out: string[] = [];
  let pos = 0;
  for (let sep = lower.indexOf('://'); sep >= 0 && out.length < max; sep = lower.indexOf('://', sep + 3)) {
    if (!httpBefore(lower, sep, pos)) continue;
    const start = sep + 3;
    let end = start;
    while (end < text.length && end - start < MAX_AUTHORITY && !STOP.has(text.charCodeAt(end))) end++;
    pos = end;
    // RFC 3986 §3.2: userinfo@host:port
    const authority = text.slice(start, end);
    const host = authority.slice(authority.lastIndexOf('@') + 1).split(':', 1)[0] ?? '';
    let stop = host.length;
    while (stop > 0 && host.charAt(stop - 1) === '.') stop--;
    const domain = orgDomainOfHostText(host.slice(0, stop));
    if (domain !== null && !out.includes(domain)) out.push(domain);
  }
  return out;
}
