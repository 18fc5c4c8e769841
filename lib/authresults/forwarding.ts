/**
 * Forwarding that explains a DMARC failure: a mailing list or forwarder changed the message (a subject tag, a
 * footer) so the author's DKIM signature broke, and the provider accepted the forwarder's ARC seal (RFC 8617
 * §1: ARC lets a receiver see the results an intermediary recorded before it changed the message). One answer,
 * read by the verdict, the badges and the recorded-results findings.
 */
import type { ArcClaim, RecordedAuth } from './auth-report';
import { equalsLower } from '../text/equals-lower';

export interface TrustedForwarding {
  /** Who forwarded: the list's id (RFC 2919 List-Id) or the ARC sealer's authserv-id. */
  via: string;
  /** How the provider showed that it trusts the forwarder. */
  how: 'compauth-arc' | 'policy-overridden' | 'list-seal';
}

/** The newest ARC-Authentication-Results not written by the provider: the forwarder's view before its change. */
export function forwarderSeal(arcChain: readonly ArcClaim[]): ArcClaim | null {
  return arcChain.filter((a) => !a.byProvider).sort((a, b) => b.instance - a.instance)[0] ?? null;
}

function claimsPass(seal: ArcClaim | null): boolean {
  return (
    seal !== null &&
    seal.claims.some((c) => (c.method === 'dmarc' || c.method === 'dkim') && c.result.toLowerCase() === 'pass')
  );
}

/**
 * The forwarding the provider trusted, or null. Evidence, any of:
 * - Microsoft 365's compauth=pass reason=130 ("a trusted ARC sealer vouched for the earlier results");
 * - a verified ARC chain (arc=pass) and a DMARC policy of quarantine or reject that the provider did not apply
 *   (disposition none): it overrode the policy for this forwarder (RFC 7489 §6.7 local policy);
 * - a verified ARC chain on mailing-list mail (List-Id) whose list seal records that the author's DMARC or DKIM
 *   passed before the list changed the message.
 */
export function trustedForwarding(
  recorded: RecordedAuth,
  arcChain: readonly ArcClaim[],
  listId: string | null,
): TrustedForwarding | null {
  if (recorded.dmarc?.result !== 'fail') return null;
  const seal = forwarderSeal(arcChain);
  const via = listId ?? seal?.authservId ?? 'a forwarder';
  const c = recorded.compauth;
  if (c !== null && c.result.toLowerCase() === 'pass' && c.reason === '130') return { via, how: 'compauth-arc' };
  if (recorded.arc?.result !== 'pass') return null;
  const policy = recorded.dmarc.policy;
  if ((policy === 'quarantine' || policy === 'reject') && recorded.dmarc.disposition === 'none')
    return { via, how: 'policy-overridden' };
  if (listId !== null && claimsPass(seal)) return { via, how: 'list-seal' };
  return null;
}

/** RFC 2919 §3: the list identifier of a List-Id header ("Name <list.example.org>" -> "list.example.org"). */
export function listIdOf(headers: readonly { name: string; value: string }[]): string | null {
  const h = headers.find((x) => equalsLower(x.name, 'list-id'));
  if (h === undefined) return null;
  const open = h.value.lastIndexOf('<');
  const close = h.value.lastIndexOf('>');
  const id = (open >= 0 && close > open ? h.value.slice(open + 1, close) : h.value).trim();
  return id === '' ? null : id.slice(0, 120);
}
