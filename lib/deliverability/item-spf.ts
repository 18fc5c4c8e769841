/** SPF passes (RFC 7208 §2.6) and aligns with the From domain (RFC 7489 §3.1.2), the way DMARC counts it. */
import { domainOf, relaxedAligned } from '../dmarc/align';

/** A domain as shown: bare and lower-case. */
const shown = (d: string): string => domainOf(d) ?? d;
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem } from './types';

const TITLE = 'SPF passes and aligns with the From domain';

export function spfItem(input: ChecklistInput): DeliverabilityItem {
  const { spf } = input;
  if (!spf) return item('spf', 'unknown', TITLE, 'SPF was not evaluated for this message (live checks are off, or the sending IP or MAIL FROM is not known).', 'Turn on live checks, or check the SPF record of the Return-Path domain against the connecting IP by hand.');
  const domain = spf.domain === null ? 'the MAIL FROM domain' : shown(spf.domain);
  const result = spf.result.trim().toLowerCase();
  switch (result) {
    case 'pass': {
      const aligned = typeof input.dmarc?.spfAligned === 'boolean' ? input.dmarc.spfAligned : relaxedAligned(spf.domain, input.headerFrom);
      if (aligned === null) return item('spf', 'unknown', TITLE, `SPF pass for ${domain}; the From domain is not known, so alignment could not be checked.`, null);
      if (aligned) return item('spf', 'pass', TITLE, `SPF pass for ${domain}, which aligns with the From domain${input.headerFrom ? ` ${shown(input.headerFrom)}` : ''}.`, null);
      return item('spf', 'warn', TITLE, `SPF pass for ${domain}, but the From domain is ${input.headerFrom ? shown(input.headerFrom) : 'another domain'}: this SPF pass does not count for DMARC.`, `Send with a MAIL FROM (Return-Path) domain under the From domain (ESPs call it a custom return-path or bounce domain), or rely on an aligned DKIM signature.`);
    }
    case 'softfail':
    case 'neutral':
      return item('spf', 'warn', TITLE, `SPF ${result} for ${domain}: its record does not authorize the sending IP, only asks for suspicion.`, `Add the sending IP, or the include: of the provider that sent it, to the SPF record of ${domain}.`);
    case 'fail':
      return item('spf', 'fail', TITLE, `SPF fail for ${domain}: the sending IP is not in its SPF record (the bounce for this is 550 5.7.23).`, `Add the sending IP, or the include: of the provider that sent it, to the SPF record of ${domain}.`);
    case 'none':
      return item('spf', 'warn', TITLE, `${domain} publishes no SPF record.`, `Publish an SPF record for ${domain}: v=spf1 include:<your provider> -all (a domain that sends no mail: v=spf1 -all).`);
    case 'permerror':
      return item('spf', 'fail', TITLE, `The SPF record of ${domain} is broken (permerror): receivers treat it as a failure.`, 'Fix the record: one v=spf1 record only, valid syntax, at most 10 DNS-querying terms.');
    case 'temperror':
      return item('spf', 'unknown', TITLE, `A DNS lookup failed while checking SPF for ${domain} (temperror).`, 'Check again later.');
    default:
      return item('spf', 'unknown', TITLE, `SPF result "${spf.result}" for ${domain} is not an RFC 7208 result.`, null);
  }
}
