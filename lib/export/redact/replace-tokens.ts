/**
 * Replace known tokens in a text, longest first, ASCII case-insensitively, never inside a longer word or
 * number: "10.0.0.1" is not replaced inside "10.0.0.12", "dana" not inside "danaher". One pass per token with
 * indexOf (linear in the text for each token); matches never overlap.
 */

/** How a token meets its neighbours. */
export type Edge =
  /** Letters and digits may not touch it (host names, addresses, IPs). */
  | 'word'
  /** Not even the characters of an address local part may touch it (a bare local part: "dana" in "dana.s"). */
  | 'local'
  /** Anything may touch it (subjects, message ids: long and specific). */
  | 'none';

export interface TokenRule {
  /** As found, any case. */
  token: string;
  placeholder: string;
  edge: Edge;
  /**
   * A token the sender could have chosen (a subject, a message id, a tenant id, a display name): never replaced
   * inside one of the sender's evidence values (TokenTable.evidence), so that a sender cannot erase its own IP or
   * domain from a share by writing it as, say, a References id. It is replaced everywhere else.
   */
  spare?: boolean;
}

const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[a-z\d]/i.test(c);
const isLocalChar = (c: string | undefined): boolean => c !== undefined && /[\w.%+=-]/.test(c);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** A dotted number goes on: "1.2.3.4" followed by ".5", or preceded by "5.", is part of a longer number. */
function longerNumber(text: string, start: number, end: number): boolean {
  const after = text[end] === '.' && isDigit(text[end + 1]);
  const before = text[start - 1] === '.' && isDigit(text[start - 2]) && isDigit(text[start]);
  return after || before;
}

function fits(text: string, start: number, end: number, edge: Edge): boolean {
  if (edge === 'none') return true;
  const before = text[start - 1];
  const after = text[end];
  if (edge === 'local') return !isLocalChar(before) && !isLocalChar(after) && before !== '@' && after !== '@';
  return !isWordChar(before) && !isWordChar(after) && !longerNumber(text, start, end);
}

/** Whether `token` occurs in `text` (already lower-cased) as a whole token, by the same edge rules as a replacement. */
export function occursAsToken(lowerText: string, token: string, edge: Edge): boolean {
  const t = asciiLower(token);
  for (let at = lowerText.indexOf(t); at !== -1; at = lowerText.indexOf(t, at + 1))
    if (fits(lowerText, at, at + t.length, edge)) return true;
  return false;
}

/** A prepared set of rules: lowered once, longest first. */
export interface TokenTable {
  rules: readonly (TokenRule & { lower: string })[];
  /** The sender's evidence values, lowered: the places `spare` rules keep out of. */
  evidence: readonly string[];
}

export function tokenTable(rules: readonly TokenRule[], evidence: readonly string[] = []): TokenTable {
  const prepared = rules.filter((r) => r.token !== '').map((r) => ({ ...r, lower: asciiLower(r.token) }));
  prepared.sort((a, b) => b.lower.length - a.lower.length);
  return { rules: prepared, evidence: evidence.map(asciiLower).filter((e) => e !== '') };
}

/** Where the evidence values occur in `lower` as whole tokens (the 'word' edges): [start, end) pairs. */
function evidenceSpans(lower: string, evidence: readonly string[]): number[] {
  const spans: number[] = [];
  for (const e of evidence)
    for (let at = lower.indexOf(e); at !== -1; at = lower.indexOf(e, at + 1))
      if (fits(lower, at, at + e.length, 'word')) spans.push(at, at + e.length);
  return spans;
}

/** The text with every token replaced by its placeholder. */
export function replaceTokens(text: string, table: TokenTable): string {
  if (text === '' || table.rules.length === 0) return text;
  const lower = asciiLower(text);
  const taken: { start: number; end: number; placeholder: string }[] = [];
  // Positions already replaced (by a longer token): a later, shorter token may not cut into them.
  let claimed: Uint8Array | null = null;
  const free = (s: number, e: number): boolean => {
    if (claimed === null) return true;
    for (let i = s; i < e; i++) if (claimed[i] === 1) return false;
    return true;
  };
  // Made the first time a spare rule matches in this text. A spare token is kept only where replacing it would
  // cut into an evidence value (it lies inside one); a longer one holding a value (an id with the sender's domain
  // after its "@") is replaced whole, and the value stays wherever else it is written.
  let spans: number[] | null = null;
  const outsideEvidence = (s: number, e: number): boolean => {
    spans ??= evidenceSpans(lower, table.evidence);
    for (let k = 0; k + 1 < spans.length; k += 2) if ((spans[k] ?? 0) <= s && e <= (spans[k + 1] ?? 0)) return false;
    return true;
  };
  for (const rule of table.rules) {
    let at = lower.indexOf(rule.lower);
    while (at !== -1) {
      const end = at + rule.lower.length;
      if (fits(text, at, end, rule.edge) && free(at, end) && (rule.spare !== true || outsideEvidence(at, end))) {
        taken.push({ start: at, end, placeholder: rule.placeholder });
        claimed ??= new Uint8Array(text.length);
        claimed.fill(1, at, end);
      }
      at = lower.indexOf(rule.lower, at + 1);
    }
  }
  if (taken.length === 0) return text;
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const t of taken) {
    out += text.slice(pos, t.start) + t.placeholder;
    pos = t.end;
  }
  return out + text.slice(pos);
}
