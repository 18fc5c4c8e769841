/**
 * Macro expansion (RFC 7208 §7.3, §7.4): split on the delimiters, optional reversal, keep the rightmost
 * N parts, join with "."; upper-case letters URL-escape the value. %{p} runs the validated-name
 * procedure (§5.5) through the `validatedName` callback; expanded domain names over 253 characters
 * lose labels on the left (§7.3).
 */
import type { MacroString } from './macro-parse';
import type { SpfIp } from './ip-address';
import { macroIp } from './ip-address';

export interface MacroContext {
  sender: string;
  localPart: string;
  senderDomain: string;
  domain: string;
  ip: SpfIp;
  helo: string;
  receiver: string;
  /** Seconds since the epoch, for %{t}. */
  timestamp: number;
  /** §7.3 %{p}: the validated domain name of the IP, or "unknown". */
  validatedName: () => Promise<string>;
}

/** RFC 3986 §2.3 unreserved characters stay; everything else is percent-encoded as UTF-8. */
function urlEscape(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    out += /^[\w.~-]$/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

async function letterValue(letter: string, ctx: MacroContext): Promise<string> {
  switch (letter) {
    case 's':
      return ctx.sender;
    case 'l':
      return ctx.localPart;
    case 'o':
      return ctx.senderDomain;
    case 'd':
      return ctx.domain;
    case 'i':
      return macroIp(ctx.ip);
    case 'p':
      return ctx.validatedName();
    case 'v':
      return ctx.ip.v6 ? 'ip6' : 'in-addr';
    case 'h':
      return ctx.helo;
    case 'c':
      return ctx.ip.text;
    case 'r':
      return ctx.receiver;
    case 't':
      return String(ctx.timestamp);
    default:
      return '';
  }
}

function transform(value: string, delimiters: string, reverse: boolean, digits: number | null): string {
  let parts: string[] = [];
  let current = '';
  for (const c of value) {
    if (delimiters.includes(c)) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  if (reverse) parts = parts.reverse();
  if (digits !== null && digits < parts.length) parts = parts.slice(parts.length - digits);
  return parts.join('.');
}

export async function expandMacros(tokens: MacroString, ctx: MacroContext): Promise<string> {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'lit') {
      out += t.text;
      continue;
    }
    const value = transform(await letterValue(t.letter, ctx), t.delimiters, t.reverse, t.digits);
    out += t.escape ? urlEscape(value) : value;
  }
  return out;
}

/** §7.3: an expanded domain-spec longer than 253 characters loses labels from the left. */
export function trimDomain(name: string): string {
  let n = name.endsWith('.') ? name.slice(0, -1) : name;
  while (n.length > 253) {
    const dot = n.indexOf('.');
    if (dot < 0) return n;
    n = n.slice(dot + 1);
  }
  return n;
}
