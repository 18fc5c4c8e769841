/**
 * One comment of a Received "from" clause, read by its shape. Each shape is a row of the dialect table
 * (dialects.ts), which cites where the shape is defined; this module only reads the positions.
 */
import { readAddress, type Address } from './address';
import { hostName, isPlaceholder } from './host-name';
import type { DialectId } from './dialects';

export interface CommentReading {
  form: DialectId;
  /** The connecting address, when this comment is the TCP-info position. */
  address: Address | null;
  /** A port written apart from the address (Exim "port=N" after an address lead). */
  port: number | null;
  rdns: string | null;
  /**
   * The server's lookup of the client gave no checked name: a placeholder ("unknown") in the reverse-DNS position,
   * or a name sendmail marked "(may be forged)".
   */
  rdnsUnverified: boolean;
  helo: string | null;
  ident: string | null;
  authUser: string | null;
  authenticated: boolean;
  /** What the word after "from" is when this comment follows it. */
  lead: 'helo' | 'rdns' | 'connection' | null;
}

const NONE: Omit<CommentReading, 'form'> = {
  address: null,
  port: null,
  rdns: null,
  rdnsUnverified: false,
  helo: null,
  ident: null,
  authUser: null,
  authenticated: false,
  lead: null,
};

function reading(form: DialectId, parts: Partial<Omit<CommentReading, 'form'>>): CommentReading {
  // Written out (not spread): one object shape for every reading, built without copying NONE.
  return {
    address: parts.address ?? NONE.address,
    port: parts.port ?? NONE.port,
    rdns: parts.rdns ?? NONE.rdns,
    rdnsUnverified: parts.rdnsUnverified ?? NONE.rdnsUnverified,
    helo: parts.helo ?? NONE.helo,
    ident: parts.ident ?? NONE.ident,
    authUser: parts.authUser ?? NONE.authUser,
    authenticated: parts.authenticated ?? NONE.authenticated,
    lead: parts.lead ?? NONE.lead,
    form,
  };
}

/** True when flat() would return the text unchanged: no parentheses, tabs or line breaks, single inner spaces, visible ends. */
function isFlat(text: string): boolean {
  const last = text.length - 1;
  // trim() also drops Unicode white space (U+00A0, U+3000...) at either end: such text takes the slow path.
  const first = text.charCodeAt(0);
  const end = text.charCodeAt(last);
  if (!(first > 32 && first < 128 && end > 32 && end < 128)) return false;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x29 || c === 9 || c === 10 || c === 13) return false;
    if (c === 32 && (i === 0 || i === last || text.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

/** Drop nested comments ("(may be forged)") and fold white space. Copies runs between parentheses, not characters. */
function flat(text: string): string {
  if (isFlat(text)) return text;
  let out = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x28 && c !== 0x29) continue;
    if (depth === 0) out += text.slice(start, i);
    depth = c === 0x28 ? depth + 1 : Math.max(0, depth - 1);
    start = i + 1;
  }
  if (depth === 0) out += text.slice(start);
  return out
    .replace(/[\t\r\n]/g, ' ')
    .trim()
    .replace(/ {2,}/g, ' ');
}

/** "key=value" items of Exim's $sender_rcvhost ("port=", "helo=", "ident="). */
function keyed(words: readonly string[], key: string): string | null {
  const w = words.find((x) => x.toLowerCase().startsWith(`${key}=`));
  return w === undefined ? null : w.slice(key.length + 1) || null;
}

/** SASL mechanism names (RFC 4422 registry): "AUTH: LOGIN user" names the mechanism, then the user. */
const MECHANISMS =
  /^(?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|EXTERNAL|NTLM|GSSAPI|ANONYMOUS|SCRAM-SHA-\d+(?:-PLUS)?)$/i;

function authWords(value: string): string | null {
  const [first, second] = value.trim().split(' ');
  if (first === undefined || first === '') return null;
  return MECHANISMS.test(first) ? (second ?? null) : first;
}

/** Courier: "IDENT: ident, AUTH: MECH user, TLS: ..." (courieresmtpd.C). */
function courier(text: string): CommentReading | null {
  if (!/^(?:IDENT|AUTH|TLS|SSL): /i.test(text)) return null;
  let ident: string | null = null;
  let authUser: string | null = null;
  for (const item of text.split(', ')) {
    const colon = item.indexOf(': ');
    const key = item.slice(0, colon).toUpperCase();
    if (key === 'IDENT') ident = item.slice(colon + 2) || null;
    if (key === 'AUTH') authUser = authWords(item.slice(colon + 2));
  }
  return reading('courier', { ident, authUser, authenticated: authUser !== null });
}

/** The text starts with an address ("[ip]", "[ip]:port"): Exim, ZMailer, CommuniGate, IIS forms follow it. */
function addressFirst(text: string, words: readonly string[]): CommentReading | null {
  const address = readAddress(words[0] ?? '', 'bare');
  if (address === null) return null;
  const rest = words.slice(1).join(' ');
  const helo = keyed(words, 'helo');
  const ident = keyed(words, 'ident');
  if (helo !== null || ident !== null || (address.port !== null && rest === '')) {
    return reading(text.startsWith('[') ? 'exim' : 'qmail', { address, helo, ident, lead: 'rdns' });
  }
  const zm = /^"(?:EHLO|HELO) ([^"]*)"/i.exec(rest);
  if (zm) return reading('zmailer', { address, helo: zm[1] ?? null, lead: 'rdns' });
  if (/^verified$/i.test(rest)) return reading('communigate-verified', { address, lead: 'rdns' });
  if (/^(?:unverified|RDNS failed)$/i.test(rest)) return reading('iis', { address, lead: 'helo' });
  if (rest === '')
    return reading(text.startsWith('[') ? 'sendmail' : 'qmail', {
      address,
      lead: text.startsWith('[') ? null : 'rdns',
    });
  return null;
}

/** "rdns [ip]", "ident@rdns [ip]", "rdns ip" (OpenSMTPD writes IPv6 without brackets), "[ip]:port" after it. */
function nameThenAddress(words: readonly string[]): CommentReading | null {
  if (words.length !== 2) return null;
  const [who = '', where = ''] = words;
  const address = readAddress(where, 'bare');
  if (address === null) return null;
  const at = who.lastIndexOf('@');
  const ident = at > 0 ? who.slice(0, at) : null;
  // Courier writes an IPv4 client as an IPv4-mapped IPv6 literal ("[::ffff:192.0.2.1]").
  const form = /^\[::ffff:\d/i.test(where) ? 'courier' : ident === null ? 'postfix' : 'sendmail';
  const name = who.slice(at + 1);
  return reading(form, { address, rdns: hostName(name), rdnsUnverified: isPlaceholder(name), ident, lead: 'helo' });
}

/**
 * Read one from-clause comment. Null when the comment is none of the known shapes (a TLS note, a product
 * name, "Client did not present a certificate").
 */
export function readComment(raw: string): CommentReading | null {
  const text = flat(raw);
  const words = text.split(' ');
  const lower = text.toLowerCase();
  if (lower.startsWith('authenticated sender:'))
    return reading('postfix', { authUser: text.slice(21).trim() || null, authenticated: true });
  if (lower.startsWith('authenticated as '))
    return reading('chasquid', { authUser: words[2] ?? null, authenticated: true });
  if (lower === 'authenticated' || /^authenticated bits=\d+$/.test(lower))
    return reading('sendmail', { authenticated: true });
  // SquirrelMail "SquirrelMail authenticated user USER"; Kerio Connect "authenticated user USER bits=N".
  const webmail = lower.includes('authenticated user ') ? / authenticated user (\S+)/i.exec(` ${text}`) : null;
  if (webmail) return reading('squirrelmail', { authUser: webmail[1] ?? null, authenticated: true });
  const c = courier(text);
  if (c) return c;
  if (lower.startsWith('account ')) {
    const verified =
      words.length === 4 && /^verified$/i.test(words[3] ?? '') ? readAddress(words[2] ?? '', 'bare') : null;
    const helo = /^helo$/i.test(words[2] ?? '') ? (words[3] ?? null) : null;
    return reading('communigate', { authUser: words[1] ?? null, authenticated: true, address: verified, helo });
  }
  const greeting = /^(?:HELO|EHLO|HELLO) (\S+)$/i.exec(text);
  if (greeting) return reading('qmail', { helo: greeting[1] ?? null, lead: 'rdns' });
  if (/^(?:port|helo|ident)=/i.test(text)) {
    const p = keyed(words, 'port');
    const port = p !== null && /^\d{1,5}$/.test(p) ? Number(p) : null;
    return reading('exim-unverified', {
      helo: keyed(words, 'helo'),
      ident: keyed(words, 'ident'),
      port,
      lead: 'connection',
    });
  }
  const first = addressFirst(text, words);
  if (first) return first;
  const named = nameThenAddress(words);
  // Sendmail appends "(may be forged)" when the reverse-DNS name does not resolve back to the address
  // (sendmail Installation and Operation Guide, the $_ macro): the name is the address owner's claim, not checked.
  if (named !== null && named.rdns !== null && /\(\s*may be forged\s*\)/i.test(raw)) named.rdnsUnverified = true;
  if (named) return named;
  // "(ident@a.b.c.d)": qmail writes the ident answer before the address.
  if (words.length === 1 && text.includes('@')) {
    const at = text.lastIndexOf('@');
    const address = readAddress(text.slice(at + 1), 'bare');
    if (address !== null) return reading('qmail', { address, ident: text.slice(0, at) || null, lead: 'rdns' });
  }
  return null;
}
