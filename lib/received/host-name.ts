import { normalizeIp } from './ip';

/**
 * Words servers write where no name is known: Postfix and qmail "unknown", OpenSMTPD "<unknown>", the names the
 * TCP front ends give a client whose reverse lookup failed temporarily (qmail's tcp-env: TCPREMOTEHOST
 * "softdnserror" on DNS_SOFT, tcp-env.c; Courier's couriertcpd: "softdnserr", its ip2host default), and a client
 * that greeted with the word "helo" itself.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'unknown',
  '<unknown>',
  '[unknown]',
  'softdnserr',
  'softdnserror',
  'helo',
  'ehlo',
  'hello',
]);

/** The longest placeholder's length: lower-casing never shortens a word, so a longer word is none of them. */
const LONGEST_PLACEHOLDER = Math.max(...[...PLACEHOLDERS].map((p) => p.length));

/** Is `word` one of the placeholders, in any case? (A word too long to be one is not lower-cased: no copy is made.) */
export function isPlaceholder(word: string): boolean {
  return word.length <= LONGEST_PLACEHOLDER && PLACEHOLDERS.has(word.toLowerCase());
}

/** RFC 1035 §2.3.1 host name characters (plus "_", common in real names); a trailing root dot is dropped. */
const NAME = /^[\w-]+(?:\.[\w-]+)*$/;

/**
 * A host name as a trace field writes it, lower-cased, or null for a placeholder, an address, an ident
 * ("user@host"), a bare number (Gmail's API client id) or anything that is not a name.
 */
export function hostName(raw: string): string | null {
  const s = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  if (s === '' || isPlaceholder(s) || s.includes('@') || normalizeIp(s) !== null || /^\d+$/.test(s)) return null;
  return NAME.test(s) ? s.toLowerCase() : null;
}
