/**
 * Hard or soft: a hard bounce is one retrying cannot fix, because the address or its domain is gone
 * (RFC 3463 §3.2 X.1.1/X.1.2/X.1.6, or a permanent refusal to accept any mail). Everything else,
 * even a permanent policy refusal, can change once the sender or the recipient acts, so it is soft.
 */
import type { Reason } from './types';

const ALWAYS_HARD = new Set<Reason>(['userunknown', 'hostunknown', 'hasmoved']);

export function isHardBounce(reason: Reason, status: string | null, replyCode: string | null): boolean {
  if (ALWAYS_HARD.has(reason)) return true;
  if (reason === 'notaccept') {
    const cls = status?.[0] ?? replyCode?.[0];
    return cls === '5';
  }
  return false;
}
