import type { Mailbox } from './types';
import { decodeEncodedWords } from './rfc2047';
import { readComment } from './comments';

type TokenKind = 'atom' | 'quoted' | 'comment' | 'literal' | 'special';
interface Token {
  kind: TokenKind;
  text: string;
}

/** Read a quoted-string (RFC 5322 §3.2.4) from s[i] === '"'; lenient: an unterminated one runs to the end. */
function readQuoted(s: string, i: number): [string, number] {
  let out = '';
  let j = i + 1;
  while (j < s.length) {
    const c = s[j];
    if (c === '\\' && j + 1 < s.length) {
      out += s[j + 1] ?? '';
      j += 2;
    } else if (c === '"') return [out, j + 1];
    else {
      out += c ?? '';
      j++;
    }
  }
  return [out, j];
}


const SPECIALS = '<>:;@,[';

/** Tokenise a structured address field in one pass. */
function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
    } else if (c === '"') {
      const [text, j] = readQuoted(s, i);
      tokens.push({ kind: 'quoted', text });
      i = j;
    } else if (c === '(') {
      const [text, j] = readComment(s, i);
      tokens.push({ kind: 'comment', text });
      i = j;
    } else if (c === '[') {
      const end = s.indexOf(']', i);
      const j = end < 0 ? s.length : end + 1;
      tokens.push({ kind: 'literal', text: s.slice(i, j) });
      i = j;
    } else if (SPECIALS.includes(c) || c === ')') {
      tokens.push({ kind: 'special', text: c });
      i++;
    } else {
      let j = i;
      while (j < s.length && !' \t\r\n"()<>:;@,['.includes(s[j] ?? ' ')) j++;
      tokens.push({ kind: 'atom', text: s.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

function isSpecial(t: Token | undefined, c: string): boolean {
  return t?.kind === 'special' && t.text === c;
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0 || at === address.length - 1) return null;
  return address.slice(at + 1).toLowerCase();
}

/** The words (atoms and quoted strings) joined by one space. */
function joinWords(tokens: readonly Token[]): string {
  let out = '';
  let sep = '';
  for (const t of tokens) {
    if (t.kind !== 'atom' && t.kind !== 'quoted') continue;
    out += sep + t.text;
    sep = ' ';
  }
  return out;
}

/** Every token but comments, as written (quoted strings re-quoted). */
function addrText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) if (t.kind !== 'comment') out += t.kind === 'quoted' ? `"${t.text}"` : t.text;
  return out;
}

function decodedName(raw: string): string | null {
  const name = decodeEncodedWords(raw).text.trim();
  return name === '' ? null : name;
}

function toMailbox(tokens: readonly Token[]): Mailbox | null {
  if (tokens.length === 0) return null;
  const lt = tokens.findIndex((t) => isSpecial(t, '<'));
  if (lt >= 0) {
    let gt = tokens.findIndex((t, k) => k > lt && isSpecial(t, '>'));
    if (gt < 0) gt = tokens.length;
    let inner = tokens.slice(lt + 1, gt);
    // RFC 5322 §4.4 obs-route: "<@a,@b:user@host>"
    const colon = inner.findIndex((t) => isSpecial(t, ':'));
    if (colon >= 0) inner = inner.slice(colon + 1);
    const address = addrText(inner);
    return { name: decodedName(joinWords(tokens.slice(0, lt))), address, domain: domainOf(address) };
  }
  const address = addrText(tokens);
  // RFC 5322 §3.2.2: a comment is CFWS, not a mailbox ("(the end of the group)" in Appendix A.5).
  if (address === '') return null;
  const comment = tokens.find((t) => t.kind === 'comment');
  return { name: comment ? decodedName(comment.text) : null, address, domain: domainOf(address) };
}

/**
 * Parse an address-list or mailbox-list (RFC 5322 §3.4), with groups, comments, quoted display names,
 * obsolete routes and RFC 2047 display names. Total and linear: malformed input gives best-effort
 * mailboxes, never a throw.
 */
export function parseAddressList(value: string): Mailbox[] {
  const tokens = tokenize(value);
  const out: Mailbox[] = [];
  let current: Token[] = [];
  /** `current` holds an "@" or "<" (kept as a flag: rescanning it per ":" would be quadratic). */
  let hasAddress = false;
  let inAngle = false;
  const flush = (): void => {
    const mb = toMailbox(current);
    if (mb) out.push(mb);
    current = [];
    hasAddress = false;
  };
  for (const t of tokens) {
    if (isSpecial(t, '<')) inAngle = true;
    else if (isSpecial(t, '>')) inAngle = false;
    if (!inAngle && isSpecial(t, ',')) {
      flush();
    } else if (!inAngle && isSpecial(t, ':') && !hasAddress) {
      current = []; // RFC 5322 §3.4 group: the display name before ":" names the group
    } else if (!inAngle && isSpecial(t, ';')) {
      flush();
    } else {
      current.push(t);
      if (isSpecial(t, '@') || isSpecial(t, '<')) hasAddress = true;
    }
  }
  flush();
  return out;
}

/** A mailbox as people write it: `Name <addr>` or `addr`. */
export function formatMailbox(m: Mailbox): string {
  if (m.address === '') return m.name ?? '<>';
  return m.name ? `${m.name} <${m.address}>` : m.address;
}
