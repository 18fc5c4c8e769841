/**
 * SPF record parsing (RFC 7208 §4.5, §4.6, §5, §6, §12 ABNF). The whole record is parsed before any
 * evaluation: any syntax error anywhere is a permerror (§4.6). Unknown modifiers are checked for syntax
 * and ignored (§6); redirect= and exp= may appear at most once each (§6).
 */
import { parseMacroString, type MacroString } from './macro-parse';
import { parseDomainSpec } from './domain-spec';
import { parseIPv4, parseIPv6 } from '../dns/ip-text';

export type Qualifier = '+' | '-' | '~' | '?';

export type Mechanism =
  | { kind: 'all'; qualifier: Qualifier; text: string }
  | { kind: 'include'; qualifier: Qualifier; text: string; domain: MacroString }
  | { kind: 'exists'; qualifier: Qualifier; text: string; domain: MacroString }
  | { kind: 'a' | 'mx'; qualifier: Qualifier; text: string; domain: MacroString | null; cidr4: number; cidr6: number }
  | { kind: 'ptr'; qualifier: Qualifier; text: string; domain: MacroString | null }
  | { kind: 'ip4' | 'ip6'; qualifier: Qualifier; text: string; network: Uint8Array; prefix: number };

export interface SpfRecord {
  mechanisms: Mechanism[];
  redirect: { text: string; domain: MacroString } | null;
  exp: { text: string; domain: MacroString } | null;
  /** Unknown modifiers, kept for display. */
  unknown: string[];
}

export type ParsedRecord = { ok: true; record: SpfRecord } | { ok: false; detail: string; term: string | null };

/** §4.5: a record starts with "v=spf1" followed by a space or the end (case-insensitive). */
export function isSpfRecord(text: string): boolean {
  return text.slice(0, 6).toLowerCase() === 'v=spf1' && (text.length === 6 || text[6] === ' ');
}

const MODIFIER_NAME = /^[a-z][\w.-]*$/i;
const MECHANISM_NAME = /^[a-z][a-z0-9]*/i;

export function parseSpfRecord(text: string): ParsedRecord {
  if (!isSpfRecord(text)) return { ok: false, detail: 'not an SPF record', term: null };
  // §3.1 / §4.6: records are 7-bit ASCII; §12: terms are separated by SP only.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || c < 0x20) return { ok: false, detail: 'the record contains characters outside printable ASCII', term: null };
  }
  const record: SpfRecord = { mechanisms: [], redirect: null, exp: null, unknown: [] };
  for (const term of text.slice(6).split(' ')) {
    if (term === '') continue;
    const error = parseTerm(term, record);
    if (error !== null) return { ok: false, detail: error, term };
  }
  return { ok: true, record };
}

function parseTerm(term: string, record: SpfRecord): string | null {
  const eq = term.indexOf('=');
  if (eq > 0 && MODIFIER_NAME.test(term.slice(0, eq))) return parseModifier(term.slice(0, eq).toLowerCase(), term.slice(eq + 1), term, record);
  let rest = term;
  let qualifier: Qualifier = '+';
  const first = term[0];
  if (first === '+' || first === '-' || first === '~' || first === '?') {
    qualifier = first;
    rest = term.slice(1);
  }
  const name = MECHANISM_NAME.exec(rest)?.[0].toLowerCase() ?? '';
  const arg = rest.slice(name.length);
  const mech = parseMechanism(name, arg, qualifier, term);
  if (typeof mech === 'string') return mech;
  record.mechanisms.push(mech);
  return null;
}

function parseModifier(name: string, value: string, term: string, record: SpfRecord): string | null {
  if (name === 'redirect' || name === 'exp') {
    if (record[name] !== null) return `${name}= appears more than once`;
    const spec = parseDomainSpec(value);
    if (!spec.ok) return `${name}=: ${spec.detail}`;
    record[name] = { text: term, domain: spec.tokens };
    return null;
  }
  const parsed = parseMacroString(value, true);
  if (!parsed.ok) return `${name}=: ${parsed.detail}`;
  record.unknown.push(term);
  return null;
}

function parseMechanism(name: string, arg: string, qualifier: Qualifier, text: string): Mechanism | string {
  switch (name) {
    case 'all':
      return arg === '' ? { kind: 'all', qualifier, text } : `"all" takes no argument`;
    case 'include':
    case 'exists': {
      if (!arg.startsWith(':')) return `"${name}" needs ":domain"`;
      const spec = parseDomainSpec(arg.slice(1));
      if (!spec.ok) return `${name}: ${spec.detail}`;
      return name === 'include' ? { kind: 'include', qualifier, text, domain: spec.tokens } : { kind: 'exists', qualifier, text, domain: spec.tokens };
    }
    case 'a':
    case 'mx': {
      const { domainPart, cidrPart } = splitCidr(arg);
      const cidr = parseDualCidr(cidrPart);
      if (cidr === null) return `${name}: invalid CIDR length "${cidrPart}"`;
      if (domainPart === '') return { kind: name, qualifier, text, domain: null, ...cidr };
      if (!domainPart.startsWith(':')) return `unknown mechanism "${name}${arg}"`;
      const spec = parseDomainSpec(domainPart.slice(1));
      return spec.ok ? { kind: name, qualifier, text, domain: spec.tokens, ...cidr } : `${name}: ${spec.detail}`;
    }
    case 'ptr': {
      if (arg === '') return { kind: 'ptr', qualifier, text, domain: null };
      if (!arg.startsWith(':')) return `unknown mechanism "ptr${arg}"`;
      const spec = parseDomainSpec(arg.slice(1));
      return spec.ok ? { kind: 'ptr', qualifier, text, domain: spec.tokens } : `ptr: ${spec.detail}`;
    }
    case 'ip4':
    case 'ip6': {
      if (!arg.startsWith(':')) return `"${name}" needs ":network"`;
      const slash = arg.indexOf('/');
      const net = arg.slice(1, slash < 0 ? undefined : slash);
      const network = name === 'ip4' ? parseIPv4(net) : parseIPv6(net);
      if (network === null) return `${name}: "${net}" is not a valid ${name === 'ip4' ? 'IPv4' : 'IPv6'} address`;
      const max = name === 'ip4' ? 32 : 128;
      const prefix = slash < 0 ? max : cidrNumber(arg.slice(slash + 1), max);
      if (prefix === null) return `${name}: invalid CIDR length "${arg.slice(slash)}"`;
      return { kind: name, qualifier, text, network, prefix };
    }
    default:
      return `unknown mechanism "${name}${arg}"`;
  }
}

/**
 * The dual-cidr-length is the tail made only of "/" and digits after a "/" outside any %{...} macro
 * ("a:foo:bar/baz.example.com" has none: that "/" belongs to the domain-spec).
 */
function splitCidr(arg: string): { domainPart: string; cidrPart: string } {
  let inMacro = false;
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (c === '{' && arg[i - 1] === '%') inMacro = true;
    else if (c === '}') inMacro = false;
    else if (c === '/' && !inMacro && /^[/\d]*$/.test(arg.slice(i))) return { domainPart: arg.slice(0, i), cidrPart: arg.slice(i) };
  }
  return { domainPart: arg, cidrPart: '' };
}

/** §12: ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6 up to 3 digits, no leading zeros. */
function cidrNumber(text: string, max: number): number | null {
  if (!/^(?:0|[1-9]\d{0,2})$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}

/** §5.6 dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ]. */
function parseDualCidr(text: string): { cidr4: number; cidr6: number } | null {
  if (text === '') return { cidr4: 32, cidr6: 128 };
  const dbl = text.indexOf('//');
  const v4Part = dbl < 0 ? text : text.slice(0, dbl);
  const v6Part = dbl < 0 ? null : text.slice(dbl + 2);
  let cidr4 = 32;
  if (v4Part !== '') {
    if (!v4Part.startsWith('/')) return null;
    const n = cidrNumber(v4Part.slice(1), 32);
    if (n === null) return null;
    cidr4 = n;
  }
  let cidr6 = 128;
  if (v6Part !== null) {
    const n = cidrNumber(v6Part, 128);
    if (n === null) return null;
    cidr6 = n;
  }
  return { cidr4, cidr6 };
}
