/**
 * One provider rule: tokens a provider writes in its refusals (its own codes, or its documented texts),
 * the explanation, and, when the provider's documentation settles it, the reason class. One table
 * drives both the classifier (classify-reason.ts) and the explanation (explain.ts).
 */
import type { CheckKind, Reason } from '../types';
import { REASON_ADVICE } from './reason-advice';
import { entry, type CodeEntry } from './types';
import { mapList } from '../../list/map-list';

/** Where a reply was given, when the provider's meaning depends on it. */
export interface ReplyPlace {
  /** The host that answered (Remote-MTA or "host X said"). */
  remoteMta: string | null;
  /** The SMTP command it answered ("RCPT", "DATA"...). */
  command: string | null;
  /** The failed recipient's address: its domain stands in for the host when no host is known. */
  recipient?: string | null;
}

export interface ProviderRule {
  /**
   * Lower-case tokens; any one found in the text selects the rule. A token must not continue a word or
   * number on either side ("5.7.64" is not in "5.7.640"); a trailing "*" makes it a prefix ("ipbl*").
   */
  tokens: readonly string[];
  /** When set, the enhanced status must also match. */
  status?: string;
  /** When set, the reply must come from one of these domains (or a host under them). */
  hosts?: readonly string[];
  /** When set, the reply must answer this SMTP command. */
  command?: string;
  /** The reason class the provider's documentation gives; absent: explanation only. */
  reason?: Reason;
  entry: CodeEntry;
}

/**
 * A compact provider row: [reason or null, tokens joined by "|", meaning, live check, 1 when the words
 * mean this only at the provider's own hosts, fix, cause]. The first token names the entry (a code is
 * shown upper-case); without a fix or cause the reason class's usual ones apply (reason-advice.ts).
 */
export type ProviderRow = readonly [Reason | null, string, string, (CheckKind | null)?, (0 | 1)?, string?, string?];

/** A documented text rather than a code: it has words in it. */
function isPhrase(token: string): boolean {
  return token.includes(' ');
}

/** "cxbl" -> "CXBL", "ipbl*" -> "IPBL"; paths stay as written ("i.ua/err/3"); texts are quoted. */
function codeOf(token: string): string {
  const t = token.replace('*', '');
  if (isPhrase(t)) return `"${t}"`;
  return t.includes('/') ? t : t.toUpperCase();
}

/**
 * The name a host is matched by: its first word (Remote-MTA values carry comments: "mx.example.com. (192.0.2.1, the
 * server for the domain example.com.)"), lower case, without an address literal's brackets or a trailing root dot.
 */
function hostKey(host: string): string {
  const first = host.trim().toLowerCase().split(/[\s(]/, 1)[0] ?? '';
  return first.replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

/** A host key (hostKey) is `domain` or a name under it. */
function keyUnder(key: string, domain: string): boolean {
  return key === domain || key.endsWith(`.${domain}`);
}

/** `host` is `domain` or a name under it (case, a trailing root dot and comments after the first word ignored). */
export function isUnder(host: string | null, domain: string): boolean {
  return host !== null && keyUnder(hostKey(host), domain);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/** `token` occurs in `lower` not glued to a word or number (see ProviderRule.tokens). Linear scan. */
export function hasToken(lower: string, token: string): boolean {
  const prefix = token.endsWith('*');
  const t = prefix ? token.slice(0, -1) : token;
  if (t === '') return false;
  const checkLeft = isWordChar(t[0]);
  const checkRight = !prefix && isWordChar(t[t.length - 1]);
  for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
    if (checkLeft && isWordChar(lower[at - 1])) continue;
    if (checkRight && isWordChar(lower[at + t.length])) continue;
    return true;
  }
  return false;
}

/** The domain of an address ("a@b.example" -> "b.example"), or null. */
function domainOf(address: string | null | undefined): string | null {
  if (address == null) return null;
  const at = address.lastIndexOf('@');
  const rest = address.slice(at + 1);
  const end = rest.indexOf('>');
  return at < 0 ? null : end < 0 ? rest : rest.slice(0, end);
}

/** The host a reply is matched by: the answering host when known, else the recipient's domain; null: neither. */
function answeringKey(place: ReplyPlace): string | null {
  const host = place.remoteMta !== null && place.remoteMta.trim() !== '' ? place.remoteMta : domainOf(place.recipient);
  return host === null ? null : hostKey(host);
}

/** A host key (null: no host known) is one of `hosts` or a name under one of them. */
function keyAmong(key: string | null, hosts: readonly string[]): boolean {
  return key !== null && hosts.some((d) => keyUnder(key, d));
}

/** Rules from compact rows; `name` titles each entry ("Cox AUP#CXBL") and opens its meaning. */
export function providerRules(source: string, name: string, hosts: readonly string[], rows: readonly ProviderRow[]): ProviderRule[] {
  return mapList(rows, ([reason, tokens, meaning, check = null, atHost, fix, cause]) => {
    const advice = reason === null ? undefined : REASON_ADVICE[reason];
    const list = tokens.split('|');
    const first = list[0] ?? '';
    const code = codeOf(first);
    // A code titles itself ("Cox CXBL"); a documented text is titled by what it means.
    const title = isPhrase(first) ? `${name}: ${meaning.replace(/\.$/, '')}` : `${name} ${code}`;
    const row = [code, title, `${name}: ${meaning}`, cause ?? advice?.[0] ?? '', fix ?? advice?.[1] ?? '', check] as const;
    const r: ProviderRule = { tokens: list, entry: entry('provider', source, row) };
    if (reason !== null) r.reason = reason;
    if (atHost === 1) r.hosts = hosts;
    return r;
  });
}

/**
 * The first three characters at every word start of `lower`. A token that begins with a letter or digit can
 * only occur at a word start (hasToken), so one whose first three characters are not here is absent: a set
 * lookup instead of a scan of the text per token. Linear in the text.
 */
export function wordStartTrigrams(lower: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < lower.length; i++) {
    if (isWordChar(lower[i]) && !isWordChar(lower[i - 1])) out.add(lower.slice(i, i + 3));
  }
  return out;
}

/**
 * A token's first three characters when the trigram set can rule it out (wordStartTrigrams), else null. Kept per
 * token: the same few hundred catalogue tokens are asked about for every reply.
 */
const gates = new Map<string, string | null>();
function gateOf(token: string): string | null {
  let gate = gates.get(token);
  if (gate === undefined) {
    const head = token.slice(0, 3);
    gate = token.length >= 3 && isWordChar(token[0]) && !head.includes('*') ? head : null;
    gates.set(token, gate);
  }
  return gate;
}

/** hasToken, answered from the trigram set when the token allows it. */
function mayHaveToken(lower: string, token: string, starts: Set<string>): boolean {
  const gate = gateOf(token);
  if (gate !== null && !starts.has(gate)) return false;
  return hasToken(lower, token);
}

/** The first rule whose status, place and tokens match: rules are ordered most specific first. */
export function firstRule(rules: readonly ProviderRule[], lower: string, status: string | null, place?: ReplyPlace): ProviderRule | null {
  let starts: Set<string> | null = null;
  // The answering host's key, read once for all the rules that name hosts.
  let key: string | null = null;
  let keyRead = false;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] as ProviderRule;
    if (r.status !== undefined && r.status !== status) continue;
    if (r.hosts !== undefined) {
      if (!keyRead) {
        key = place === undefined ? null : answeringKey(place);
        keyRead = true;
      }
      if (!keyAmong(key, r.hosts)) continue;
    }
    if (r.command !== undefined && place?.command !== r.command) continue;
    starts ??= wordStartTrigrams(lower);
    const tokens = r.tokens;
    for (let t = 0; t < tokens.length; t++) if (mayHaveToken(lower, tokens[t] as string, starts)) return r;
  }
  return null;
}

/**
 * A documented reply tied to status codes: [reason, statuses joined by "|" ("x.7.0" stands for 4.7.0 and 5.7.0),
 * tokens joined by "|", meaning]. The provider's documentation lists each text with its code; the text counts only
 * under one of those codes and only from the provider's hosts.
 */
export type StatusRow = readonly [Reason, string, string, string];

/** Rules from status rows: one rule per status code, each limited to `hosts`. */
export function statusRules(source: string, name: string, hosts: readonly string[], rows: readonly StatusRow[]): ProviderRule[] {
  return rows.flatMap(([reason, statuses, tokens, meaning]) => {
    const [rule] = providerRules(source, name, hosts, [[reason, tokens, meaning, null, 1]]);
    if (rule === undefined) return [];
    const codes = statuses.split('|').flatMap((s) => (s.startsWith('x.') ? [`4${s.slice(1)}`, `5${s.slice(1)}`] : [s]));
    return mapList(codes, (status) => ({ ...rule, status }));
  });
}
