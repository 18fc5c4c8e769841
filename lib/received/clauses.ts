import type { Token } from './tokenize';
import type { ClauseName } from './parse-types';

export type { ClauseName };
/** Tokens after the last ";" read as the date: weekday, day, month, year, time, zone, comments. */
const MAX_DATE_PART_TOKENS = 24;
/** Characters of that text kept: far more than any date needs (the date reader looks at 200). */
const MAX_DATE_TEXT = 512;
/** Each keyword to its name as a constant (one string per name, not a lower-cased copy per stamp). */
const CLAUSES: ReadonlyMap<string, ClauseName> = new Map([
  ['from', 'from'],
  ['by', 'by'],
  ['via', 'via'],
  ['with', 'with'],
  ['id', 'id'],
  ['for', 'for'],
]);

export interface Clause {
  name: ClauseName;
  /** The value tokens up to the next clause keyword (comments included). */
  tokens: Token[];
}

export interface SplitReceived {
  clauses: Clause[];
  /** Tokens before the first keyword that are not a date (e.g. "test" in "test; <date>"). */
  leading: Token[];
  /** The date text, or null when none was found. */
  dateText: string | null;
}

export function tokenText(tokens: readonly Token[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    if (k > 0) out += ' ';
    out += t.kind === 'comment' ? `(${t.text})` : t.text;
  }
  return out;
}

/** The clause keyword a token is, lower-case, or null ("from", "by", "via", "with", "id", "for"; 2-4 letters). */
function keyword(t: Token): ClauseName | null {
  if (t.kind !== 'word' || t.text.length > 4 || t.text.length < 2) return null;
  return CLAUSES.get(t.text.toLowerCase()) ?? null;
}

/**
 * Split the tokens into clauses and the date. The date follows the last top-level ";" (RFC 5321 §4.4);
 * servers that omit the ";" (SendGrid) put it after the last clause's first word, which the caller
 * recovers with `dateFromTail`.
 */
export function splitClauses(tokens: readonly Token[]): SplitReceived {
  let lastSemi = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]?.kind === 'semi') {
      lastSemi = i;
      break;
    }
  }
  let body = lastSemi >= 0 ? tokens.slice(0, lastSemi) : tokens;
  let dateTokens = lastSemi >= 0 ? tokens.slice(lastSemi + 1) : [];
  // Courier before 2018-04-19 (courier/submit.C) wrote "; DATE id QUEUEID": a clause after the date.
  const late = dateTokens.findIndex((t, k) => k > 0 && keyword(t) !== null);
  if (late > 0) {
    body = [...body, ...dateTokens.slice(late)];
    dateTokens = dateTokens.slice(0, late);
  }
  // RFC 5322 §3.3: a date-time is a handful of words; only the first few tokens are read (hostile text after them is not).
  dateTokens = dateTokens.slice(0, MAX_DATE_PART_TOKENS);
  const clauses: Clause[] = [];
  const leading: Token[] = [];
  let current: Clause | null = null;
  for (let k = 0; k < body.length; k++) {
    const t = body[k];
    if (t === undefined || t.kind === 'semi') continue;
    const name = keyword(t);
    if (name !== null) {
      current = { name, tokens: [] };
      clauses.push(current);
    } else if (current) current.tokens.push(t);
    else leading.push(t);
  }
  const dateText =
    dateTokens.length > 0 ? tokenText(dateTokens.filter((t) => t.kind !== 'comment')).slice(0, MAX_DATE_TEXT) : null;
  return { clauses, leading, dateText: dateText === '' ? null : dateText };
}
