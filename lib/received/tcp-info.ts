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
/** Exim's "[ip]:port" (log_selector +incoming_port, on by default in Received). */
const EXIM_PORT = /^\[[\d.:a-f]+\]:\d+/i;

/** The text inside the first [...] of a comment that is not a value ("helo=[192.168.1.5]" is Exim's HELO), or null. */
function bracketed(text: string): string | null {
  let open = text.indexOf('[');
  while (open > 0 && text[open - 1] === '=') open = text.indexOf('[', open + 1);
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
  let eximPort = false;
  for (const t of tokens) {
    if (t.kind === 'literal' && literalIp === null) literalIp = normalizeIp(t.text);
    if (t.kind !== 'comment') continue;
    const lit = bracketed(t.text);
    if (lit !== null && commentIp === null) {
      commentIp = normalizeIp(lit);
      // "(rdns [ip])": the single word before the literal is the reverse-DNS name (Sendmail may prefix "ident-user@").
      const lead = t.text.slice(0, t.text.indexOf(`[${lit}]`)).trim();
      const before = lead.slice(lead.lastIndexOf('@') + 1);
      if (before !== '' && !/\s/.test(before) && rdns === null) rdns = hostName(before);
    }
    eximHelo ??= EXIM_HELO.exec(t.text)?.[1] ?? null;
    otherHelo ??= QMAIL_HELO.exec(t.text)?.[1] ?? null;
    eximPort ||= EXIM_PORT.test(t.text);
    if (bareIp === null) {
      const word = t.text.split(/[\s,]/, 1)[0] ?? '';
      // qmail writes "(user@192.0.2.1)" when the client answered an ident query.
      bareIp = normalizeIp(word.slice(word.lastIndexOf('@') + 1));
    }
  }
  const name = first ? first.text : null;
  // Exim puts its verified reverse-DNS name first, then "([ip]:port helo=...)"; qmail puts it first, then "(HELO x)".
  if ((eximHelo !== null || eximPort || otherHelo !== null) && rdns === null && first?.kind === 'word') rdns = hostName(first.text);
  return {
    name,
    helo: eximHelo ?? otherHelo ?? name,
    rdns,
    // Yahoo writes the address itself first: "from 203.0.113.5 (EHLO mail.example.com)".
    ip: commentIp ?? literalIp ?? bareIp ?? (first?.kind === 'word' ? normalizeIp(first.text) : null),
  };
}
