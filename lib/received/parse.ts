import { tokenizeReceived, type Token } from './tokenize';
import { splitClauses, tokenText, type Clause, type ClauseName } from './clauses';
import { NO_CLIENT, readFromClause, type FromInfo } from './tcp-info';
import { readTls, type TlsInfo } from './tls';
import { parseReceivedDate, readCalendarDate } from './date';
import { normalizeIp } from './ip';
import { readAddress } from './address';
import { readAuth } from './auth';
import { readComment, type CommentReading } from './comment-forms';
import { mtaOf } from './mta-signature';
import type { DialectId } from './dialects';

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
  /** The authenticated user the stamp names, or null. */
  authUser: string | null;
  /** The dialect table row the stamp was read by (dialects.ts), or null. */
  dialect: DialectId | null;
  /** The calendar date ("2018-04-22") when the stamp gives a date without a time, else null. */
  calendarDate: string | null;
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

/** Append `from` to `to` in place (an indexed loop: no iterator, cheap before the code is optimised). */
function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) {
    const x = from[k];
    if (x !== undefined) to.push(x);
  }
}

function words(tokens: readonly Token[]): string | null {
  let out: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t !== undefined && t.kind !== 'comment') out = out === null ? t.text : `${out} ${t.text}`;
  }
  return out;
}

/** The protocol words of "with": Exim's "with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384" ends before "tls". */
function protocolWords(tokens: readonly Token[]): string | null {
  const cut = tokens.findIndex((t, i) => i > 0 && t.kind === 'word' && t.text.length === 3 && t.text.toLowerCase() === 'tls');
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
  // "by host, id x" (a comma before the next clause, as some servers write it): the host is the word before it.
  let v = firstValue(tokens);
  while (v !== null && (v.endsWith(',') || v.endsWith(';'))) v = v.slice(0, -1);
  if (v === null || v.includes('@') || v.startsWith('[') || normalizeIp(v) !== null) return null;
  return /^[\w.-]+$/.test(v) ? v.replace(/\.$/, '').toLowerCase() : null;
}

/** sendmail cf/m4/proto.m4: a local submission has no from clause, only "(from USER@localhost)" before "by". */
function localSender(leading: readonly Token[]): FromInfo | null {
  const c = leading.find((t) => t.kind === 'comment' && /^from [^\s@]+@[^\s@]+$/i.test(t.text.trim()));
  if (!c) return null;
  const who = c.text.trim().slice(5);
  return { ...NO_CLIENT, ident: who.slice(0, who.lastIndexOf('@')) || null };
}

function byIp(tokens: readonly Token[]): string | null {
  // The receiving host's own address: a literal, or the first word of its comment (Exchange "(10.0.0.2)",
  // MDaemon "(IPv6:...)"); a zero-padded dotted quad there is a version number ("(5.01.06.10)").
  for (const t of tokens) {
    if (t.kind === 'literal') return readAddress(t.text, 'literal')?.ip ?? null;
    if (t.kind === 'comment') {
      const end = t.text.search(/[\s,]/);
      const ip = readAddress(end < 0 ? t.text : t.text.slice(0, end), 'bare')?.ip ?? null;
      if (ip) return ip;
    }
  }
  const v = firstValue(tokens);
  return v === null ? null : (readAddress(v, 'bare')?.ip ?? null);
}

/** The readings of the authentication comments among `tokens` (a comment naming auth or an account), in order. */
function pushAuthComments(out: CommentReading[], tokens: readonly Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind !== 'comment' || !/auth|account/i.test(t.text)) continue;
    const r = readComment(t.text);
    if (r !== null) out.push(r);
  }
}

/**
 * Parse one Received field value (RFC 5321 §4.4 Stamp, RFC 5322 §3.6.7) in every dialect we know.
 * Total: unreadable stamps come back with `problem` set and whatever could be read.
 */
export function parseReceived(value: string): ParsedReceived {
  const tokens = tokenizeReceived(value);
  const split = splitClauses(tokens);
  // splitClauses made these clauses and their token lists for this call: the date cut below may shorten the last.
  const clauses = split.clauses;
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
  // A clause written once (nearly always) lends its own token list; a repeated one is copied once into a list of
  // its own, which later repeats extend in place (linear however often a hostile stamp repeats a clause).
  // One object shape for every stamp (all six names present), read by constant names; `copies` holds the lists made
  // here (at most one per name).
  const byName: Record<ClauseName, Token[] | null> = { from: null, by: null, via: null, with: null, id: null, for: null };
  const copies: Token[][] = [];
  for (const c of clauses) {
    const list = byName[c.name];
    if (list === null) byName[c.name] = c.tokens;
    else if (copies.includes(list)) pushAll(list, c.tokens);
    else {
      const own = list.slice();
      pushAll(own, c.tokens);
      byName[c.name] = own;
      copies.push(own);
    }
  }
  const fromTokens = byName.from ?? [];
  const withTokens = byName.with ?? [];
  const byTokens = byName.by ?? [];
  const viaText = words(byName.via ?? []);
  const protocol = firstValue(withTokens);
  // Built from an empty literal (not a copy of `leading`, which is an empty, number-kind array on most stamps):
  // one element kind at this push keeps the optimised reader from being thrown away.
  const allTokens: Token[] = [];
  pushAll(allTokens, split.leading);
  for (let k = 0; k < clauses.length; k++) pushAll(allTokens, clauses[k]?.tokens ?? []);
  const mta = mtaOf(byTokens, withTokens, viaText);
  const client = fromTokens.length ? readFromClause(fromTokens, mta, protocol) : null;
  const local = client === null ? localSender(split.leading) : null;
  // Outside the from clause only the authentication comments matter (Sendmail, Haraka, Postfix after "by"): those of
  // the leading tokens and of every clause but "from", in stamp order (read by clause, not by asking each token
  // whether the from clause holds it, which was quadratic in a stamp of many "(auth)" comments).
  const otherReadings: CommentReading[] = [];
  pushAuthComments(otherReadings, split.leading);
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    if (c !== undefined && c.name !== 'from') pushAuthComments(otherReadings, c.tokens);
  }
  const authReadings: CommentReading[] = [];
  if (client !== null) pushAll(authReadings, client.readings);
  pushAll(authReadings, otherReadings);
  const auth = readAuth(authReadings, allTokens, protocol, mta);
  const note =
    clauses.length === 0 && split.leading.length === 1 && split.leading[0]?.kind === 'comment'
      ? split.leading[0].text
      : null;
  let problem: string | null = null;
  if (clauses.length === 0 && note === null) problem = 'no from/by clauses';
  else if (dateText === null) problem = 'no date';
  const calendarDate = epochMs === null && dateText !== null ? readCalendarDate(dateText) : null;
  if (problem === null && calendarDate !== null) problem = 'date without a time';
  else if (problem === null && epochMs === null && dateText !== null)
    problem = `unreadable date "${dateText.slice(0, 60)}"`;
  const forValue = firstValue(byName.for ?? []);
  return {
    from: client?.from ?? local ?? { ...NO_CLIENT },
    by: { host: hostOf(byTokens), ip: byIp(byTokens) },
    with: protocolWords(withTokens),
    id: firstValue(byName.id ?? []),
    for: forValue === null ? null : forValue.replace(/^<|>$/g, ''),
    via: viaText,
    tls: readTls(allTokens, protocol),
    authenticated: auth.authenticated,
    authUser: auth.authUser,
    dialect: local !== null ? 'sendmail-local' : (client?.dialect ?? mta ?? auth.form),
    calendarDate,
    epochMs,
    zoneMinutes,
    dateText,
    clauses: clauseTexts(clauses),
    note,
    problem,
  };
}
