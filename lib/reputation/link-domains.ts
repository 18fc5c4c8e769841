/**
 * Domains of http(s) links in a text body, for the domain lists (SURBL, URIBL and the DBL list the domains
 * that spam links to). A small scanner, linear in the text: no regex runs over the body.
 */
import { orgDomainOfHostText } from './host-name';

/** Characters that end a URL's authority in running text, HTML attributes and Markdown. */
const STOP = new Set([' ', '\t', '\r', '\n', '/', '?', '#', '"', "'", '<', '>', '(', ')', '[', ']', '{', '}', '\\', ',', ';', '|', '`', '^']);
const MAX_SCAN = 512 * 1024;
const MAX_AUTHORITY = 300;

/** Organizational domains of links, in order of first appearance, at most `max`. */
export function linkDomains(bodyText: string, max = 20): string[] {
  const text = bodyText.length > MAX_SCAN ? bodyText.slice(0, MAX_SCAN) : bodyText;
  const lower = text.toLowerCase();
  const out: string[] = [];
  let pos = 0;
  while (out.length < max) {
    const at = lower.indexOf('http', pos);
    if (at < 0) break;
    let start = at + 4;
    if (lower.startsWith('s', start)) start++;
    pos = start;
    if (!lower.startsWith('://', start)) continue;
    start += 3;
    let end = start;
    while (end < text.length && end - start < MAX_AUTHORITY && !STOP.has(text.charAt(end))) end++;
    pos = end;
    let authority = text.slice(start, end);
    // RFC 3986 §3.2: userinfo@host:port
    const atSign = authority.lastIndexOf('@');
    if (atSign >= 0) authority = authority.slice(atSign + 1);
    const colon = authority.indexOf(':');
    if (colon >= 0) authority = authority.slice(0, colon);
    let stop = authority.length;
    while (stop > 0 && authority.charAt(stop - 1) === '.') stop--;
    const domain = orgDomainOfHostText(authority.slice(0, stop));
    if (domain !== null && !out.includes(domain)) out.push(domain);
  }
  return out;
}
