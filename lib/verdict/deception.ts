/**
 * `deceptive`: someone pretends to be someone else. Signs, most decisive first: forged authentication results,
 * a look-alike or brand-carrying From domain, a brand's name over another domain's address, another
 * organisation's address in the display name (not on list mail: Google Groups writes "'a@x' via Group"), and
 * an exact-domain spoof: DMARC fail where the domain asks receivers to quarantine or reject (RFC 7489 §6.3) and
 * no forwarding explains it.
 */
import { linked, type Facts } from './facts';
import { forgedResultReasons } from './forged-results';
import { spoofPolicy } from './spoof-policy';
import type { Decision, VerdictInput, VerdictReason } from './types';

function dmarcFailWords(facts: Facts): string {
  return facts.recorded?.dmarc?.result === 'fail' ? `, which failed ${facts.provider}'s DMARC check` : '';
}

export function decideDeception(input: VerdictInput, facts: Facts, forwarded: boolean): Decision | null {
  const from = facts.fromDomain ?? 'an unknown domain';
  const reasons: VerdictReason[] = [];
  let headline: string | null = null;
  // A headline that names the brand being imitated beats one that only says the domain mixes alphabets.
  let unnamedHeadline: string | null = null;

  const forged = forgedResultReasons(input, facts, forwarded);
  if (forged.length > 0) {
    reasons.push(...forged);
    headline =
      facts.recorded?.dmarc?.result === 'pass'
        ? `Forged results: a header poses as ${facts.provider}'s own check of ${from}`
        : facts.recorded === null
          ? `Forged headers: results written in ${facts.provider}'s name claim ${from} passed`
          : `Not from ${from}: a forged header claims a pass that ${facts.provider}'s own check does not give`;
  }
  for (const sign of input.impersonation) {
    const brand = sign.brand ?? '';
    switch (sign.kind) {
      case 'lookalike-domain':
        reasons.push({
          text: `${from} only looks like ${sign.evidence}: it is a different domain, not ${brand}'s.`,
          findingId: linked(facts, sign.findingId),
        });
        headline ??= `Not from ${brand}: ${from} only looks like ${sign.evidence}`;
        break;
      case 'brand-in-domain':
        reasons.push({
          text: `${from} carries the name ${brand} but is not one of ${brand}'s domains (${sign.evidence}).`,
          findingId: linked(facts, sign.findingId),
        });
        headline ??= `Not from ${brand}: sent by ${from}${dmarcFailWords(facts)}`;
        break;
      case 'mixed-script':
        reasons.push({
          text: `The From domain ${from} mixes alphabets in "${sign.evidence}" to look like another name.`,
          findingId: linked(facts, sign.findingId),
        });
        unnamedHeadline ??= `Look-alike sender: ${from} mixes alphabets to imitate another name`;
        break;
      case 'brand-display-name':
        reasons.push({
          text: `The sender's name says ${brand}, but the address is at ${from}, not ${brand}'s domain (${sign.evidence}).`,
          findingId: linked(facts, sign.findingId),
        });
        headline ??= `Not from ${brand}: sent by ${from}${dmarcFailWords(facts)}`;
        break;
      case 'display-name-address':
        if (facts.listId !== null) break;
        reasons.push({
          text: `The sender's name shows ${sign.evidence}, but the message is from ${facts.fromAddress ?? from}.`,
          findingId: linked(facts, sign.findingId),
        });
        headline ??= `Not from ${sign.evidence}: the name shows that address, the mail comes from ${from}`;
        break;
    }
  }
  headline ??= unnamedHeadline;
  const spoof = spoofPolicy(input, facts, forwarded);
  if (spoof !== null) {
    reasons.push(spoof.reason);
    headline ??= `Not from ${from}: it failed ${facts.provider}'s DMARC check, and ${from} asks to ${spoof.policy} such mail`;
  }
  if (headline === null || reasons.length === 0) return null;
  return { kind: 'deceptive', headline, reasons };
}
