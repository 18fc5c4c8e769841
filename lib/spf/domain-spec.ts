/**
 * domain-spec (RFC 7208 §7.1): a macro-string that ends in a macro-expand or in "." toplabel ["."],
 * where toplabel is alphanumeric with at least one letter, or hyphenated with alphanumeric ends.
 */
import { parseMacroString, type MacroString } from './macro-parse';

export type ParsedDomainSpec = { ok: true; tokens: MacroString } | { ok: false; detail: string };

function isAlnum(c: string): boolean {
  return /^[a-z0-9]$/i.test(c);
}

/** RFC 7208 §7.1 toplabel. */
export function isTopLabel(label: string): boolean {
  if (label === '' || !isAlnum(label[0] ?? '') || !isAlnum(label[label.length - 1] ?? '')) return false;
  let letterOrHyphen = false;
  for (const c of label) {
    if (c === '-' || /^[a-z]$/i.test(c)) letterOrHyphen = true;
    else if (!/^\d$/.test(c)) return false;
  }
  return letterOrHyphen;
}

export function parseDomainSpec(text: string): ParsedDomainSpec {
  if (text === '') return { ok: false, detail: 'empty domain-spec' };
  const parsed = parseMacroString(text, false);
  if (!parsed.ok) return parsed;
  const last = parsed.tokens[parsed.tokens.length - 1];
  if (last?.kind === 'macro') return parsed;
  // The literal tail (after the last %{...}) must end with "." toplabel ["."].
  const tail = last?.kind === 'lit' ? last.text : '';
  const body = tail.endsWith('.') ? tail.slice(0, -1) : tail;
  const dot = body.lastIndexOf('.');
  if (dot < 0 || !isTopLabel(body.slice(dot + 1))) return { ok: false, detail: `"${text}" does not end in a valid top-level label` };
  return parsed;
}
