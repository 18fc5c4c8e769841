/**
 * The one identifier-alignment function (RFC 7489 §3.1): strict = the same domain (case-insensitive, trailing dot
 * ignored); relaxed = the same Organizational Domain. The recorded-results view, the live DMARC evaluation and the
 * checklist all answer alignment here.
 */
import type { AlignmentLevel, AlignmentMode } from './types';
import { organizationalDomain } from '../psl/org-domain';

/** Lower-case, without a trailing dot or angle brackets; the domain part when given an address; null when empty. */
export function domainOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let v = value.trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1);
  const at = v.lastIndexOf('@');
  if (at >= 0) v = v.slice(at + 1);
  v = v.toLowerCase();
  if (v.endsWith('.')) v = v.slice(0, -1);
  return v === '' ? null : v;
}

/**
 * How an authenticated domain (SPF MAIL FROM or DKIM d=) aligns with the From domain: `unknown` when either is
 * missing. `orgOf` is the Organizational Domain rule (the PSL by default; DMARCbis passes its DNS tree walk).
 */
export function alignmentLevel(authDomain: string | null | undefined, fromDomain: string | null | undefined, orgOf: (d: string) => string | null = organizationalDomain): AlignmentLevel {
  const a = domainOf(authDomain);
  const f = domainOf(fromDomain);
  if (a === null || f === null) return 'unknown';
  if (a === f) return 'strict';
  const orgA = orgOf(a);
  return orgA !== null && orgA === orgOf(f) ? 'relaxed' : 'none';
}

/** RFC 7489 §3.1.1 / §3.1.2: aligned under the record's mode (aspf=/adkim=, `s` strict or `r` relaxed). */
export function isAligned(authDomain: string, fromDomain: string, mode: AlignmentMode, orgOf: (d: string) => string | null = organizationalDomain): boolean {
  const level = alignmentLevel(authDomain, fromDomain, orgOf);
  return level === 'strict' || (mode === 'r' && level === 'relaxed');
}

/** Relaxed alignment as a yes/no, or null when either domain is unknown (the checklist's fallback when DMARC's own answer is missing). */
export function relaxedAligned(authDomain: string | null | undefined, fromDomain: string | null | undefined): boolean | null {
  const level = alignmentLevel(authDomain, fromDomain);
  return level === 'unknown' ? null : level !== 'none';
}
