/** Find and parse every Authentication-Results, ARC-Authentication-Results and Received-SPF field, with its position. */
import type { HeaderField } from '../mime';
import { parseAuthResults, LENIENT } from './parse';
import { parseArcAuthResults } from './parse-arc-results';
import { parseReceivedSpf, type ReceivedSpf } from './parse-received-spf';
import type { AuthResults } from './types';

export type AuthHeaderName = 'Authentication-Results' | 'ARC-Authentication-Results' | 'Received-SPF';

export interface AuthHeaderEntry {
  /** Index in `fields` (0 = topmost = added last). */
  index: number;
  header: AuthHeaderName;
  /** The unfolded value as written. */
  value: string;
  parsed: AuthResults | null;
  /** ARC instance (i=) for ARC-Authentication-Results. */
  instance: number | null;
  receivedSpf: ReceivedSpf | null;
  error: { code: string; at: number } | null;
}

/** Entries in header order. At most `max` of each kind are parsed; the rest are reported by the caller. */
export function collectAuthHeaders(fields: readonly HeaderField[], max = 100): AuthHeaderEntry[] {
  const out: AuthHeaderEntry[] = [];
  fields.forEach((f, index) => {
    if (out.length >= max * 3) return;
    if (f.key === 'authentication-results') {
      const r = parseAuthResults(f.value, LENIENT);
      out.push({ index, header: 'Authentication-Results', value: f.value, parsed: r.ok ? r.value : null, instance: null, receivedSpf: null, error: r.ok ? null : { code: r.code, at: r.at } });
    } else if (f.key === 'arc-authentication-results') {
      const r = parseArcAuthResults(f.value, LENIENT);
      out.push({ index, header: 'ARC-Authentication-Results', value: f.value, parsed: r.ok ? r.value : null, instance: r.ok ? r.value.instance : null, receivedSpf: null, error: r.ok ? null : { code: r.code, at: r.at } });
    } else if (f.key === 'received-spf') {
      const r = parseReceivedSpf(f.value);
      out.push({ index, header: 'Received-SPF', value: f.value, parsed: null, instance: null, receivedSpf: r.ok ? r.value : null, error: r.ok ? null : { code: r.code, at: r.at } });
    }
  });
  return out;
}
