import { readComment } from '../mime/comments';

export type TokenKind = 'word' | 'comment' | 'literal' | 'angle' | 'quoted' | 'semi';

export interface Token {
  kind: TokenKind;
  /** word: as written; comment: the inner text (nested parens kept); literal: with brackets; angle: with <>. */
  text: string;
}

function indexOrInfinity(s: string, ch: string, from: number): number {
  const at = s.indexOf(ch, from);
  return at < 0 ? Infinity : at;
}

function readUntil(s: string, i: number, close: string): number {
  const end = s.indexOf(close, i + 1);
  return end < 0 ? s.length : end + 1;
}

/** A word ends at white space, "(", ")", ";", "<", "[" or a double quote. */
function endsWord(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 13 || c === 10 || c === 40 || c === 41 || c === 59 || c === 60 || c === 91 || c === 34
  );
}

/**
 * Tokenise a Received value in one pass (RFC 5321 §4.4 with RFC 5322 CFWS): words, comments, [literals],
 * <angle-addrs>, "quoted" strings and ";". Total and linear on any input.
 */
export function tokenizeReceived(s: string): Token[] {
  const tokens: Token[] = [];
  // Where the next "(" and "\\" after a comment's start are: only searched again once passed, so finding plain
  // comments stays linear however many there are.
  let nextOpen = -1;
  let nextEscape = -1;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      i++;
    } else if (c === 40) {
      const close = s.indexOf(')', i + 1);
      if (nextOpen <= i && nextOpen !== Infinity) nextOpen = indexOrInfinity(s, '(', i + 1);
      if (nextEscape <= i && nextEscape !== Infinity) nextEscape = indexOrInfinity(s, '\\', i + 1);
      if (close > 0 && close < nextOpen && close < nextEscape) {
        // A plain comment (no nesting, no quoted pair, RFC 5322 §3.2.2): its text is what readComment would give.
        tokens.push({ kind: 'comment', text: s.slice(i + 1, close).trim() });
        i = close + 1;
        continue;
      }
      const [text, j] = readComment(s, i);
      tokens.push({ kind: 'comment', text: text.trim() });
      i = j;
    } else if (c === 41) {
      i++; // stray close paren: ignored
    } else if (c === 59) {
      tokens.push({ kind: 'semi', text: ';' });
      i++;
    } else if (c === 91 || c === 60 || c === 34) {
      const j = readUntil(s, i, c === 91 ? ']' : c === 60 ? '>' : '"');
      tokens.push({ kind: c === 91 ? 'literal' : c === 60 ? 'angle' : 'quoted', text: s.slice(i, j) });
      i = j;
    } else {
      let j = i + 1;
      while (j < s.length && !endsWord(s.charCodeAt(j))) j++;
      tokens.push({ kind: 'word', text: s.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}
