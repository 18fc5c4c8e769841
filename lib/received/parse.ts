import { tokenizeReceived, type Token } from './tokenize';
import { splitClauses, tokenText, type Clause, type ClauseName } from './clauses';
import { readFromClause, type FromInfo } from './tcp-info';
import { isAuthenticated, readTls, type TlsInfo } from './tls';
import { parseReceivedDate } from './date';
import { normalizeIp } from './ip';

export interface ParsedReceived {
  from: FromInfo;
  by: { host: string | null; ip: string | null };
  /** The protocol words of the "with" clause (ESMTPS, SMTP, HTTPS, Microsoft SMTP Server, mapi ...). */
  with: string | null;
  id: string | null;
  for: string | null;
  via: string | null;
  tls: TlsInfo | null;
  authenticated: boolean;
  /** Epoch ms of the stamp's date, null when absent or unreadable. */
  epochMs: number | null;
  /** Offset of the written zone in minutes, null when the date had none. */
  zoneMinutes: number | null;
  dateText: string | null;
  /** Each clause's text as written, comments included; repeated clauses joined with "; ". */
  clauses: Partial<Record<ClauseName, string>>;
  /** A comment-only stamp such as qmail's "(qmail 1234 invoked from network)". */
  note: string | null;
  /** Why the stamp could not be read, or null. */
  problem: string | null;
}

const MAX_DATE_TOKENS = 8;

function words(tokens: readonly Token[]): string | null {
  const w = tokens.filter((t) => t.kind !== 'comment').map((t) => t.text);
  return w.length ? w.join(' ') : null;
}

/** The protocol words of "with": Exim's "with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384" ends before "tls". */
function protocolWords(tokens: readonly Token[]): string | null {
  const cut = tokens.findIndex((t, i) => i > 0 && t.kind === 'word' && t.text.toLowerCase() === 'tls');
  return words(cut < 0 ? tokens : tokens.slice(0, cut));
}

function firstValue(tokens: readonly Token[]): string | null {
  return tokens.find((t) => t.kind !== 'comment')?.text ?? null;
}

/** SendGrid and others omit the ";": find a date in the last few tokens of the last clause (or the whole stamp). */
function dateFromTail(tokens: Token[]): { epochMs: number; zone: number | null; text: string; cut: number } | null {
  const start = Math.max(1, tokens.length - MAX_DATE_TOKENS);
  for (let k = start; k < tokens.length; k++) {
    const text = tokenText(tokens.slice(k).filter((t) => t.kind !== 'comment'));
    const d = parseReceivedDate(text);
    if (d.ok) return { epochMs: d.epochMs, zone: d.offsetMinutes, text, cut: k };
  }
  return null;
}

function clauseTexts(clauses: readonly Clause[]): Partial<Record<ClauseName, string>> {
  const out: Partial<Record<ClauseName, string>> = {};
  for (const c of clauses) {
    const text = tokenText(c.tokens);
    out[c.name] = out[c.name] === undefined ? text : `${out[c.name] ?? ''}; ${text}`;
  }
  return out;
}

function hostOf(tokens: readonly Token[]): string | null {
  const v = firstValue(tokens);
  if (v === null || v.includes('@') || v.startsWith('[') || normalizeIp(v) !== null) return null;
  return /^[\w.-]+$/.test(v) ? v.replace(/\.$/, '').toLowerCase() : null;
}

function byIp(tokens: readonly Token[]): string | null {
  for (const t of tokens) {
    if (t.kind === 'literal') return normalizeIp(t.text);
    if (t.kind === 'comment') {
      const ip = normalizeIp(t.text.split(/[\s,]/, 1)[0] ?? '');
      if (ip) return ip;
    }
  }
  const v = firstValue(tokens);
  return v === null ? null : normalizeIp(v);
}

/**
 * Parse one Received field value (RFC 5321 §4.4 Stamp, RFC 5322 §3.6.7) in every dialect we know.
 * Total: unreadable stamps come back with `problem` set and whatever could be read.
 */
export function parseReceived(value: string): ParsedReceived {
  const tokens = tokenizeReceived(value);
  const split = splitClauses(tokens);
  const clauses = split.clauses.map((c) => ({ ...c, tokens: [...c.tokens] }));
  let epochMs: number | null = null;
  let zoneMinutes: number | null = null;
  let dateText = split.dateText;
  if (dateText !== null) {
    const d = parseReceivedDate(dateText);
    if (d.ok) {
      epochMs = d.epochMs;
      zoneMinutes = d.offsetMinutes;
    }
  } else {
    const last = clauses.at(-1);
    const tail = last ? dateFromTail(last.tokens) : dateFromTail([{ kind: 'word', text: '' }, ...split.leading]);
    if (tail) {
      epochMs = tail.epochMs;
      zoneMinutes = tail.zone;
      dateText = tail.text;
      if (last) last.tokens = last.tokens.slice(0, tail.cut);
    }
  }
  const get = (name: ClauseName): Token[] => clauses.filter((c) => c.name === name).flatMap((c) => c.tokens);
  const fromTokens = get('from');
  const withTokens = get('with');
  const protocol = firstValue(withTokens);
  const allTokens = clauses.flatMap((c) => c.tokens);
  const note = clauses.length === 0 && split.leading.length === 1 && split.leading[0]?.kind === 'comment' ? split.leading[0].text : null;
  let problem: string | null = null;
  if (clauses.length === 0 && note === null) problem = 'no from/by clauses';
  else if (dateText === null) problem = 'no date';
  else if (epochMs === null) problem = `unreadable date "${dateText.slice(0, 60)}"`;
  const forValue = firstValue(get('for'));
  return {
    from: fromTokens.length ? readFromClause(fromTokens) : { name: null, helo: null, rdns: null, ip: null },
    by: { host: hostOf(get('by')), ip: byIp(get('by')) },
    with: protocolWords(withTokens),
    id: firstValue(get('id')),
    for: forValue === null ? null : forValue.replace(/^<|>$/g, ''),
    via: words(get('via')),
    tls: readTls(allTokens, protocol),
    authenticated: isAuthenticated(allTokens, protocol),
    epochMs,
    zoneMinutes,
    dateText,
    clauses: clauseTexts(clauses),
    note,
    problem,
  };
}
