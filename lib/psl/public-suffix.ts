/**
 * Public suffixes and registrable domains by the Public Suffix List algorithm
 * (https://publicsuffix.org/list/, "Formal algorithm"): the matching rule with the most labels wins, an
 * exception rule ("!") beats them all and gives up its leftmost label, and with no match the implicit "*"
 * rule makes the last label the suffix. The registrable domain is the suffix plus one label.
 * Names are compared in their ASCII (Punycode) form; the answer keeps the form it was asked in.
 */
import { domainForms } from './idn';
import { installedPslRules, type PslRules } from './rules';
import { parseTrie, type PslNode } from './trie';

let parsedFrom: PslRules | null = null;
let icann: PslNode | null = null;
let both: PslNode[] | null = null;

/** The parsed tries of the installed rules (parsed again when other rules are installed). */
function tries(privateDomains: boolean): PslNode[] {
  const rules = installedPslRules();
  // A wiring error, not an input error: every entry point installs the list before it analyses anything.
  if (rules === null) throw new Error('lib/psl: no Public Suffix List installed (import lib/psl/bundled-rules, or usePslRules)');
  if (rules !== parsedFrom) {
    parsedFrom = rules;
    icann = null;
    both = null;
  }
  icann ??= parseTrie(rules.icann);
  if (!privateDomains) return [icann];
  both ??= [icann, parseTrie(rules.private)];
  return both;
}

interface Match {
  longest: number;
  /** Suffix length given by an exception rule, or -1. */
  exception: number;
}

/** Every rule along `labels` (TLD first) from `node`, depth `i`. At most two branches per level ("*" and the label). */
function walk(node: PslNode, labels: readonly string[], i: number, m: Match): void {
  const label = labels[i];
  if (label === undefined) return;
  const exception = node.kids.get(`!${label}`);
  if (exception?.end === true) m.exception = Math.max(m.exception, i);
  for (const key of [label, '*']) {
    const next = node.kids.get(key);
    if (!next) continue;
    if (next.end) m.longest = Math.max(m.longest, i + 1);
    walk(next, labels, i + 1, m);
  }
}

/** LDH labels (underscore and non-ASCII allowed, as in mail host names), at most 63 / 253 characters. */
function isHostName(ascii: string, labels: readonly string[]): boolean {
  if (ascii.length === 0 || ascii.length > 253) return false;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-')) return false;
    for (let k = 0; k < l.length; k++) {
      const c = l.charCodeAt(k);
      const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
      if (!ok) return false;
    }
  }
  // No TLD is all digits: a dotted number is an address, not a name.
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Number of labels of the public suffix of `host`, or null when it is not a host name. */
function suffixLabels(host: string, privateDomains: boolean): { labels: string[]; suffix: number } | null {
  const lower = host.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (name.length > 253) return null;
  // An ASCII name is its own ASCII form (NFC and Punycode leave it as it is): no IDNA pass for it.
  const ascii = isAscii(name) ? name : domainForms(name).ascii;
  const labels = ascii.split('.');
  if (!isHostName(ascii, labels)) return null;
  const reversed = [...labels].reverse();
  const m: Match = { longest: 0, exception: -1 };
  for (const t of tries(privateDomains)) walk(t, reversed, 0, m);
  const suffix = m.exception >= 0 ? m.exception : Math.max(1, m.longest);
  return { labels: name.split('.'), suffix };
}

export interface PslOptions {
  /** Count the PRIVATE section (github.io, blogspot.com ...) as suffixes too. */
  privateDomains: boolean;
}

/** The public suffix of a host name (lower-cased, as given), or null when it is not a host name. */
export function publicSuffix(host: string, opts: PslOptions): string | null {
  const r = suffixLabels(host, opts.privateDomains);
  return r === null ? null : r.labels.slice(-r.suffix).join('.');
}

/** The registrable domain (public suffix + one label), or null when there is none (the name is a suffix itself, or no host name). */
export function registrableDomain(host: string, opts: PslOptions): string | null {
  const r = suffixLabels(host, opts.privateDomains);
  if (r === null || r.labels.length <= r.suffix) return null;
  return r.labels.slice(-(r.suffix + 1)).join('.');
}
