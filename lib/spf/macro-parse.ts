/**
 * SPF macro-strings (RFC 7208 §7.1): parsed once, at record-parse time, into literal and macro tokens
 * so that syntax errors make the whole record a permerror before any evaluation (§4.6).
 */
export type MacroToken =
  | { kind: 'lit'; text: string }
  | {
      kind: 'macro';
      /** Lower-case macro letter (s l o d i p h c r t v). */
      letter: string;
      /** Upper-case letter: URL-escape the result (§7.3). */
      escape: boolean;
      /** Keep this many right-hand parts (nonzero), or null for all. */
      digits: number | null;
      reverse: boolean;
      /** Delimiters to split on (default "."). */
      delimiters: string;
    };

export type MacroString = MacroToken[];

export type ParsedMacro = { ok: true; tokens: MacroString } | { ok: false; detail: string };

const LETTERS = 'slodiphcrtv';
/** §7.2: c, r and t may appear only in explanation text. */
const EXP_ONLY = 'crt';
const DELIMITERS = '.-+,/_=';

/** Parse a macro-string; `exp` allows the explanation-only letters. */
export function parseMacroString(text: string, exp: boolean): ParsedMacro {
  const tokens: MacroString = [];
  let lit = '';
  const flush = (): void => {
    if (lit !== '') tokens.push({ kind: 'lit', text: lit });
    lit = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x25) {
      // macro-literal = %x21-24 / %x26-7E; explanation text may also hold spaces.
      if ((c < 0x21 || c > 0x7e) && !(exp && c === 0x20)) return { ok: false, detail: `character ${JSON.stringify(text[i])} is not allowed here` };
      lit += text.charAt(i);
      continue;
    }
    const next = text[i + 1];
    if (next === '%') lit += '%';
    else if (next === '_') lit += ' ';
    else if (next === '-') lit += '%20';
    else if (next === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) return { ok: false, detail: 'unterminated macro "%{"' };
      const parsed = parseExpand(text.slice(i + 2, close), exp);
      if (typeof parsed === 'string') return { ok: false, detail: parsed };
      flush();
      tokens.push(parsed);
      i = close;
      continue;
    } else return { ok: false, detail: `"%" must be followed by "{", "%", "_" or "-"` };
    i++;
  }
  flush();
  return { ok: true, tokens };
}

function parseExpand(body: string, exp: boolean): MacroToken | string {
  const letterChar = body[0] ?? '';
  const letter = letterChar.toLowerCase();
  if (letter === '' || !LETTERS.includes(letter)) return `unknown macro letter "${letterChar}"`;
  if (!exp && EXP_ONLY.includes(letter)) return `macro %{${letterChar}} is allowed only in explanation text`;
  let i = 1;
  let digitText = '';
  while (i < body.length && /\d/.test(body[i] ?? '')) digitText += body[i++] ?? '';
  let reverse = false;
  if (body[i] === 'r' || body[i] === 'R') {
    reverse = true;
    i++;
  }
  const delimiters = body.slice(i);
  for (const d of delimiters) if (!DELIMITERS.includes(d)) return `"${d}" is not a macro delimiter`;
  let digits: number | null = null;
  if (digitText !== '') {
    // §7.3: a DIGIT transformer must be nonzero. Cap huge values: "more parts than available" = all.
    digits = digitText.length > 3 ? 999 : Number(digitText);
    if (digits === 0) return 'macro transformer 0 is not allowed';
  }
  return { kind: 'macro', letter, escape: letterChar !== letter, digits, reverse, delimiters: delimiters === '' ? '.' : delimiters };
}

/** True when the macro-string contains a %{...} expansion (its value depends on the message). */
export function hasMacros(tokens: MacroString): boolean {
  return tokens.some((t) => t.kind === 'macro');
}

/** The text of a macro-string with no %{...} expansions. */
export function literalText(tokens: MacroString): string {
  return tokens.map((t) => (t.kind === 'lit' ? t.text : '')).join('');
}
