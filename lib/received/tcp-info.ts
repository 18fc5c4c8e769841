import type { Token } from './tokenize';
import { normalizeIp } from './ip';

export interface FromInfo {
  /** The word after "from" as written (HELO name, or the verified name in Exim's dialect). */
  name: string | null;
  helo: string | null;
  rdns: string | null;
  ip: string | null;
}

const EXIM_HELO = /\bhelo=([^\s)]+)/i;
const QMAIL_HELO = /\b(?:HELO|EHLO|HELLO)\s+([^\s)]+)/;

/** The text inside the first [...] of a comment, or null. */
function bracketed(text: string): string | null {
  const open = text.indexOf('[');
  const close = open < 0 ? -1 : text.indexOf(']', open);
  return close < 0 ? null : text.slice(open + 1, close);
}

function hostName(s: string): string | null {
  const t = s.replace(/\.$/, '');
  if (t === '' || /^unknown$/i.test(t) || t.includes('@') || normalizeIp(t) !== null) return null;
  return /^[\w.-]+$/.test(t) ? t.toLowerCase() : null;
}

/**
 * The client's identity from a "from" clause, in every dialect we know:
 * Postfix/Sendmail/Gmail `from HELO (rdns [ip])`, Exchange `from HELO (ip)`, Exim `from rdns ([ip]:port helo=HELO)`,
 * qmail `from [ip] (HELO name) (ip)`, and a bare `from name [ip]`. RFC 5321 §4.4 TCP-info.
 */
export function readFromClause(tokens: readonly Token[]): FromInfo {
  const first = tokens.find((t) => t.kind !== 'comment');
  let literalIp: string | null = null;
  let commentIp: string | null = null;
  let bareIp: string | null = null;
  let rdns: string | null = null;
  let eximHelo: string | null = null;
  let otherHelo: string | null = null;
  for (const t of tokens) {
    if (t.kind === 'literal' && literalIp === null) literalIp = normalizeIp(t.text);
    if (t.kind !== 'comment') continue;
    const lit = bracketed(t.text);
    if (lit !== null && commentIp === null) {
      commentIp = normalizeIp(lit);
      // "(rdns [ip])": the single word before the literal is the reverse-DNS name.
      const before = t.text.slice(0, t.text.indexOf('[')).trim();
      if (before !== '' && !/\s/.test(before) && rdns === null) rdns = hostName(before);
    }
    eximHelo ??= EXIM_HELO.exec(t.text)?.[1] ?? null;
    otherHelo ??= QMAIL_HELO.exec(t.text)?.[1] ?? null;
    if (bareIp === null) {
      const word = t.text.split(/[\s,]/, 1)[0] ?? '';
      bareIp = normalizeIp(word);
    }
  }
  const name = first ? first.text : null;
  if (eximHelo !== null && rdns === null && first?.kind === 'word') rdns = hostName(first.text);
  return {
    name,
    helo: eximHelo ?? otherHelo ?? name,
    rdns,
    ip: commentIp ?? literalIp ?? bareIp,
  };
}
