/** Syntax checks for the pieces of RFC 8601 §2.2 that are not plain tokens. */
import { isToken } from './cursor';

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** RFC 8601 §2.2 Keyword = ldh-str (RFC 5321 §4.1.2): letters, digits, inner hyphens. */
export function isKeyword(s: string): boolean {
  if (s === '' || s.endsWith('-')) return false;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (!isAlnum(code) && !(code === 45 && k > 0)) return false;
  }
  return true;
}

/** RFC 5322 §3.2.3 atext, plus UTF8-non-ascii when internationalized (RFC 6532 §3.2). */
function isAtext(code: number, intl: boolean): boolean {
  if (code >= 128) return intl;
  return isAlnum(code) || "!#$%&'*+-/=?^_`{|}~".includes(String.fromCharCode(code));
}

/** dot-atom-text (RFC 5322 §3.2.3). */
function isDotAtom(s: string, intl: boolean): boolean {
  if (s === '' || s.startsWith('.') || s.endsWith('.') || s.includes('..')) return false;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code !== 46 && !isAtext(code, intl)) return false;
  }
  return true;
}

/** RFC 6376 §3.5 domain-name (sub-domain labels of let-dig-hyp); U-labels allowed when internationalized (RFC 8616 §4). */
export function isDomainName(s: string, intl: boolean): boolean {
  if (s === '') return false;
  for (const label of s.split('.')) {
    if (label === '' || label.startsWith('-') || label.endsWith('-')) return false;
    for (let k = 0; k < label.length; k++) {
      const code = label.charCodeAt(k);
      if (!(isAlnum(code) || code === 45 || code === 95 || (intl && code >= 128))) return false;
    }
  }
  return true;
}

/** RFC 8601 §2.2 pvalue without CFWS: value / [ [ local-part ] "@" ] domain-name. */
export function isPvalue(s: string, intl: boolean): boolean {
  if (isToken(s)) return true;
  const at = s.lastIndexOf('@');
  if (at < 0) return isDomainName(s, intl);
  const local = s.slice(0, at);
  return (local === '' || isDotAtom(local, intl)) && isDomainName(s.slice(at + 1), intl);
}
