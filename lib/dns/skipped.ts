/**
 * A question the analysis never asked because its DNS budget or its deadline ran out (lib/dns/lookup-budget.ts)
 * answers BUDGET or TIMEOUT with a detail starting "skipped:". Consumers show that text, so the reader sees a
 * temperror or "unknown" that says "skipped: took too long", never a bare status.
 */
import type { DnsAnswer } from './types';

export function skippedDetail(a: Pick<DnsAnswer, 'status' | 'detail'>): string | null {
  return (a.status === 'BUDGET' || a.status === 'TIMEOUT') && a.detail?.startsWith('skipped:') === true
    ? a.detail
    : null;
}
