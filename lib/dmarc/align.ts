/**
 * Identifier alignment (RFC 7489 §3.1): strict = the same domain (case-insensitive); relaxed = the same
 * Organizational Domain.
 */
import type { AlignmentMode } from './types';
import { normalizeName } from '../dns/dns-name';

export function isAligned(authDomain: string, fromDomain: string, mode: AlignmentMode, orgOf: (d: string) => string | null): boolean {
  const a = normalizeName(authDomain);
  const f = normalizeName(fromDomain);
  if (a === '' || f === '') return false;
  if (a === f) return true;
  if (mode === 's') return false;
  const orgA = orgOf(a);
  return orgA !== null && orgA === orgOf(f);
}
