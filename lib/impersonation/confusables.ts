/**
 * A small skeleton map (after UTS #39 confusables, the letters phishers use): Cyrillic and Greek
 * letters that look like Latin ones, and the ASCII tricks rn->m, vv->w, 0->o, 1->l.
 */
const LOOKALIKE = new Map<string, string>([
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['һ', 'h'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['к', 'k'], ['ӏ', 'l'], ['м', 'm'], ['н', 'h'],
  ['о', 'o'], ['р', 'p'], ['с', 'c'], ['ѕ', 's'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ɡ', 'g'],
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'],
  ['0', 'o'], ['1', 'l'],
]);

export function skeleton(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    out += LOOKALIKE.get(ch) ?? ch;
  }
  return out.split('rn').join('m').split('vv').join('w');
}

/** True when every letter of the label has a Latin look-alike (a whole-script confusable). */
export function allLettersLookLatin(label: string): boolean {
  let letters = 0;
  for (const ch of label) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 128) continue;
    letters++;
    if (!LOOKALIKE.has(ch)) return false;
  }
  return letters > 0;
}
