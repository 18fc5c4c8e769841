import { LIMITS } from '../limits';

export type TokenKind = 'word' | 'comment' | 'literal' | 'angle' | 'quoted' | 'semi';

export interface Token {
  kind: TokenKind;
  /** word: as written; comment: the inner text (nested parens kept); literal: with brackets; angle: with <>. */
  text: string;
}

/** Read a comment from s[i] === '(' (RFC 5322 §3.2.2): nested, with quoted-pairs; unterminated runs to the end. */
function readComment(s: string, i: number): [string, number] {
  let depth = 0;
  let j = i;
  let out = '';
  while (j < s.length) {
    const c = s[j] ?? '';
    if (c === '\\' && j + 1 < s.length) {
      out += s[j + 1] ?? '';
      j += 2;
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth > 1 && depth <= LIMITS.maxCommentDepth) out += c;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return [out, j + 1];
      if (depth < LIMITS.maxCommentDepth) out += c;
    } else out += c;
    j++;
  }
  return [out, j];
}

function readUntil(s: string, i: number, close: string): number {
  const end = s.indexOf(close, i + 1);
  return end < 0 ? s.length : end + 1;
}

const WORD_END = ' \t\r\n();<["';

/**
 * Tokenise a Received value in one pass (RFC 5321 §4.4 with RFC 5322 CFWS): words, comments, [literals],
 * <angle-addrs>, "quoted" strings and ";". Total and linear on any input.
 */
export function tokenizeReceived(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
    } else if (c === '(') {
      const [text, j] = readComment(s, i);
      tokens.push({ kind: 'comment', text: text.trim() });
      i = j;
    } else if (c === ')') {
      i++; // stray close paren: ignored
    } else if (c === ';') {
      tokens.push({ kind: 'semi', text: ';' });
      i++;
    } else if (c === '[' || c === '<' || c === '"') {
      const j = readUntil(s, i, c === '[' ? ']' : c === '<' ? '>' : '"');
      tokens.push({ kind: c === '[' ? 'literal' : c === '<' ? 'angle' : 'quoted', text: s.slice(i, j) });
      i = j;
    } else {
      let j = i + 1;
      while (j < s.length && !WORD_END.includes(s[j] ?? ' ')) j++;
      tokens.push({ kind: 'word', text: s.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}
