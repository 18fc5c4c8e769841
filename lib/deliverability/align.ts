/** RFC 7489 §3.1 relaxed identifier alignment: the same organizational domain (Public Suffix List, lib/psl). */
import { orgDomain } from '../received/providers';

function bare(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return d.includes('@') ? d.slice(d.lastIndexOf('@') + 1) : d;
}

/** True / false, or null when either side is missing. */
export function relaxedAligned(a: string | null | undefined, b: string | null | undefined): boolean | null {
  if (a === null || a === undefined || b === null || b === undefined || a.trim() === '' || b.trim() === '') return null;
  const x = bare(a);
  const y = bare(b);
  if (x === y) return true;
  const ox = orgDomain(x);
  return ox !== null && ox === orgDomain(y);
}

export function bareDomain(d: string): string {
  return bare(d);
}
