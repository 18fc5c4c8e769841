/** DMARC (RFC 7489): the result for this message, and whether the From domain publishes a policy. */
import { domainOf } from '../dmarc/align';

/** A domain as shown: bare and lower-case. */
const shown = (d: string): string => domainOf(d) ?? d;
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem } from './types';

const RESULT_TITLE = 'DMARC passes';
const POLICY_TITLE = 'DMARC policy published';

/** RFC 7489 §6.3 p= values, as they affect a failing message. */
const POLICY_EFFECT: Record<'none' | 'quarantine' | 'reject', string> = {
  none: 'its policy p=none asks receivers to take no action, but they may still file failing mail as spam',
  quarantine: 'its policy p=quarantine tells receivers to treat such mail as suspicious (the spam folder)',
  reject: 'its policy p=reject tells receivers to refuse such mail',
};

export function dmarcItem(input: ChecklistInput): DeliverabilityItem {
  const { dmarc } = input;
  if (!dmarc) return item('dmarc', 'unknown', RESULT_TITLE, 'DMARC was not evaluated for this message.', 'Turn on live checks to evaluate DMARC.');
  const domain = dmarc.domain ? shown(dmarc.domain) : input.headerFrom ? shown(input.headerFrom) : 'the From domain';
  switch (dmarc.result.trim().toLowerCase()) {
    case 'pass':
      if (dmarc.partialBody === true) {
        return item('dmarc', 'warn', RESULT_TITLE, `DMARC pass for ${domain}, but only through a DKIM signature that covers the first part of the body (l=): text after it could have been added by anyone.`, 'Sign the whole body (no l= in the DKIM signature), or make SPF pass aligned too.');
      }
      return item('dmarc', 'pass', RESULT_TITLE, `DMARC pass for ${domain}: SPF or DKIM passed aligned with it.`, null);
    case 'fail':
      if (dmarc.forwardedBy) {
        return item('dmarc', 'warn', RESULT_TITLE, `DMARC fail for ${domain} after ${dmarc.forwardedBy} changed the message; the receiver accepted ${dmarc.forwardedBy}'s ARC seal, which records that ${domain} passed before.`, `Ask ${dmarc.forwardedBy} to keep your DKIM signature intact (no subject tag or footer), or rely on its ARC seal as this receiver did.`);
      }
      return item('dmarc', 'fail', RESULT_TITLE, `DMARC fail for ${domain}: neither SPF nor DKIM passed aligned with it${dmarc.policy ? `; ${POLICY_EFFECT[dmarc.policy]}` : ''} (a rejection for this reads 550 5.7.26).`, 'Make SPF or DKIM pass aligned with the From domain (see the SPF and DKIM lines).');
    case 'none':
      return item('dmarc', 'warn', RESULT_TITLE, `${domain} publishes no DMARC record, so there is no DMARC result.`, 'Publish a DMARC record (see "DMARC policy published").');
    case 'permerror':
      return item('dmarc', 'fail', RESULT_TITLE, `The DMARC record of ${domain} is broken (permerror).`, `Fix the record at _dmarc.${domain}: it must start with v=DMARC1 and carry a valid p= tag.`);
    case 'temperror':
      return item('dmarc', 'unknown', RESULT_TITLE, `A DNS lookup failed while checking DMARC for ${domain} (temperror).`, 'Check again later.');
    default:
      return item('dmarc', 'unknown', RESULT_TITLE, `DMARC result "${dmarc.result}" is not an RFC 7489 result.`, null);
  }
}

export function dmarcPolicyItem(input: ChecklistInput, bulk: boolean): DeliverabilityItem {
  const { dmarc } = input;
  if (!dmarc) return item('dmarc-policy', 'unknown', POLICY_TITLE, 'The DMARC record was not looked up.', 'Turn on live checks to look up the DMARC record.');
  const domain = dmarc.domain ? shown(dmarc.domain) : input.headerFrom ? shown(input.headerFrom) : 'the From domain';
  const result = dmarc.result.trim().toLowerCase();
  if (result === 'temperror') return item('dmarc-policy', 'unknown', POLICY_TITLE, `A DNS lookup failed while looking for the DMARC record of ${domain}.`, 'Check again later.');
  const publish = `Publish a record at _dmarc.${domain}: start with v=DMARC1; p=none; rua=mailto:<your report address> to collect reports, then move to p=quarantine and p=reject once the reports show all your mail passes.`;
  // One answer on the record: a DMARC result other than none means a record exists (RFC 7489 §6.6.3); none means there is none.
  if (result === 'none') {
    const why = bulk ? ' It looks like bulk mail: Gmail and Yahoo require a DMARC record of bulk senders since 2024, Microsoft since 2025.' : '';
    return item('dmarc-policy', bulk ? 'fail' : 'warn', POLICY_TITLE, `${domain} publishes no DMARC record.${why}`, publish);
  }
  if (dmarc.policy === null && dmarc.source === 'recorded' && result !== 'permerror') {
    return item('dmarc-policy', 'unknown', POLICY_TITLE, `${domain} publishes a DMARC record (the receiver recorded DMARC ${result}), but the receiver did not record its policy.`, 'Turn on live checks to read the policy.');
  }
  if (dmarc.policy === null) {
    const why = bulk ? ' It looks like bulk mail: Gmail and Yahoo require a DMARC record of bulk senders since 2024, Microsoft since 2025.' : '';
    return item('dmarc-policy', bulk ? 'fail' : 'warn', POLICY_TITLE, `${domain} publishes no usable DMARC policy.${why}`, publish);
  }
  const pct = typeof dmarc.pct === 'number' && dmarc.pct < 100 ? ` (applied to ${String(dmarc.pct)}% of failing mail)` : '';
  if (dmarc.policy === 'none') {
    return item('dmarc-policy', 'warn', POLICY_TITLE, `${domain} publishes p=none: monitoring only, spoofed mail is not stopped.`, 'Move to p=quarantine, then p=reject, once DMARC reports show all your own mail passes.');
  }
  return item('dmarc-policy', 'pass', POLICY_TITLE, `${domain} publishes p=${dmarc.policy}${pct}.`, null);
}
