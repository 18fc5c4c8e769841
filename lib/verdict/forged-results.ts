/**
 * Forged authentication results (RFC 8601 §5, §7.2: a receiver must not trust results from outside its ADMD):
 * an Authentication-Results below the point where the message entered the provider that names the provider's
 * own authserv-id, or one that claims a DMARC pass the provider's own result contradicts when no forwarding
 * explains it.
 */
import type { UntrustedAuth } from '../authresults/auth-report';
import { claimsUnrecordedPass } from '../authresults/compare-untrusted';
import { organizationalDomain } from '../psl/org-domain';
import { linked, type Facts } from './facts';
import type { VerdictInput, VerdictReason } from './types';
import { mapList } from '../list/map-list';

/** Lower case, without a trailing dot: "MX.Google.com." names the same host as "mx.google.com". */
function bare(id: string): string {
  const l = id.trim().toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
}

/** Is the header's authserv-id the provider's own (its recorded id, or its boundary host)? */
function claimsProviderId(u: UntrustedAuth, facts: Facts, input: VerdictInput): boolean {
  const id = bare(u.authservId);
  if (id === '') return false;
  const own = mapList([facts.recorded?.authservId ?? '', input.boundary?.by ?? ''], bare).filter((x) => x !== '');
  return own.includes(id);
}

/** A host on the path below the provider wrote its own Received: a forwarder that may honestly record a pass it later broke. */
function isRelayOnPath(id: string, input: VerdictInput): boolean {
  const org = organizationalDomain(bare(id));
  if (org === null) return false;
  return input.hops.some(
    (h) => h.side === 'sender' && h.by.host !== null && organizationalDomain(h.by.host.toLowerCase()) === org,
  );
}

function claimsDmarcPass(u: UntrustedAuth): boolean {
  return u.claims.some((c) => c.method === 'dmarc' && c.result.toLowerCase() === 'pass');
}

export function forgedResultReasons(input: VerdictInput, facts: Facts, forwarded: boolean): VerdictReason[] {
  const auth = input.auth;
  if (auth === null) return [];
  const ars = auth.untrusted.filter((u) => u.header === 'Authentication-Results');
  const reasons: VerdictReason[] = [];
  // A copy deceives only when it claims a pass the provider's own record does not give (compare-untrusted.ts; a
  // receiver's milter stack writes one header per method under its id, RFC 8601 §5, and contradicts nothing).
  const copy = ars.find((u) => claimsProviderId(u, facts, input) && claimsUnrecordedPass(u, facts.recorded));
  if (copy !== undefined && facts.findingIds.has('authres.block-forged-stamp') && facts.recorded === null) {
    // Right below the provider's line, above a stamp forged in its name (trust.ts).
    reasons.push({
      text: `Header #${String(copy.fieldIndex + 1)} names ${facts.provider} (${copy.authservId}) and claims a pass, right above a Received line the sender forged in ${facts.provider}'s name: they are not ${facts.provider}'s, and most likely the sender's.`,
      findingId: 'authres.block-forged-stamp',
    });
  } else if (copy !== undefined) {
    reasons.push({
      text: `Header #${String(copy.fieldIndex + 1)} claims to be ${facts.provider}'s own results (${copy.authservId}) but sits below where the message entered ${facts.provider}: a forgery.`,
      findingId:
        linked(facts, 'authres.contradicts-provider') ??
        linked(facts, 'authres.duplicate-authserv-id') ??
        linked(facts, 'authres.untrusted.contradicts'),
    });
  }
  const rec = facts.recorded;
  if (rec?.dmarc?.result === 'fail' && !forwarded && facts.listId === null) {
    const fake = ars.find((u) => u !== copy && claimsDmarcPass(u) && !isRelayOnPath(u.authservId, input));
    if (fake !== undefined) {
      reasons.push({
        text: `Header #${String(fake.fieldIndex + 1)} (${fake.authservId || 'no id'}) claims a DMARC pass, but ${facts.provider} recorded a DMARC fail: results written to look authenticated.`,
        findingId: linked(facts, 'authres.untrusted.contradicts'),
      });
    }
  }
  return reasons;
}
