/**
 * Permanent or temporary, for the wording a reader sees: RFC 3463 §3.1 (class 5 = permanent failure, 4 =
 * persistent transient failure) and RFC 5321 §4.2.1 (5yz = permanent negative completion, 4yz = transient).
 * The enhanced status decides when there is one, then the reply code; without codes, the RFC 3464 §2.3.3
 * action does ("failed": the MTA gave up; "delayed": still trying). This is not Sisimai's hard-bounce
 * judgement (`hard`), which also asks whether the address itself is gone: a 550 policy refusal is permanent
 * (sending again fails the same way) but soft (it can succeed once the cause is fixed).
 */
import type { DsnAction } from './types';

export function isPermanent(status: string | null, replyCode: string | null, action: DsnAction | null): boolean {
  const cls = status?.[0] ?? replyCode?.[0] ?? null;
  if (cls === '5') return true;
  if (cls === '4' || cls === '2') return false;
  return action === 'failed';
}
