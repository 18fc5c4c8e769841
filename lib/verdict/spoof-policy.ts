/**
 * An exact-domain spoof: the From domain failed DMARC and publishes p=quarantine or p=reject (RFC 7489 §6.3), and
 * no forwarding (a verified ARC chain, a mailing list) explains the failure. The provider's trusted result
 * decides; without one, a live re-check decides only when no DKIM signature of the From domain could have been
 * broken in transit or by a key rotated since delivery.
 */
import { linked, sameOrganisation, type Facts } from './facts';
import type { VerdictInput, VerdictReason } from './types';

export interface Spoof {
  policy: 'quarantine' | 'reject';
  reason: VerdictReason;
}

/** The policy a recorded result shows: p= itself, or the action the receiver took (Microsoft's action=oreject is "override reject"). */
function recordedPolicy(facts: Facts): 'quarantine' | 'reject' | null {
  const d = facts.recorded?.dmarc;
  if (!d) return null;
  if (d.policy === 'reject' || d.policy === 'quarantine') return d.policy;
  if (d.policy !== null) return null;
  const action = (d.disposition ?? '').toLowerCase();
  if (action === 'reject' || action === 'oreject') return 'reject';
  if (action === 'quarantine' || action === 'oquarantine') return 'quarantine';
  return null;
}

export function spoofPolicy(input: VerdictInput, facts: Facts, forwarded: boolean): Spoof | null {
  if (forwarded || facts.listId !== null) return null;
  const arcPass = facts.recorded?.arc?.result === 'pass' || input.live?.arc?.result === 'pass';
  if (arcPass) return null;
  const from = facts.fromDomain ?? 'the From domain';
  const rec = facts.recorded;
  if (rec?.dmarc?.result === 'fail') {
    const policy = recordedPolicy(facts);
    if (policy === null) return null;
    return {
      policy,
      reason: {
        text: `${facts.provider} recorded DMARC fail for ${from}, which publishes p=${policy}: mail from ${from} that fails is meant to be ${policy === 'reject' ? 'refused' : 'treated as spam'}.`,
        findingId: linked(facts, 'authres.dmarc.fail'),
      },
    };
  }
  if (rec !== null) return null;
  const live = input.live?.enabled ? input.live : null;
  const d = live?.dmarc;
  if (!live || !d || d.result !== 'fail' || (d.policy !== 'quarantine' && d.policy !== 'reject')) return null;
  // A signature of the From domain that fails now may have passed at delivery (a key rotated since, a changed copy).
  const ownSignature = live.dkim.some((k) => sameOrganisation(k.domain, facts.fromDomain));
  if (ownSignature) return null;
  return {
    policy: d.policy,
    reason: {
      text: `Checked now: DMARC fails for ${from}, which publishes p=${d.policy}, and the message carries no signature of ${from}.`,
      findingId: null,
    },
  };
}
