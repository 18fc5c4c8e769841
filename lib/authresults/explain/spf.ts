/** RFC 7208 §2.6 / §8 results, explained. */
import type { Explanation } from './types';

export const SPF_EXPLAINED: Readonly<Record<string, Explanation>> = {
  pass: {
    meaning: 'The sending server is listed in the SPF record of the envelope sender (MAIL FROM) domain.',
    cause: 'The message left through a server the domain authorised.',
    fix: 'Nothing to change. SPF alone does not protect the visible From address: DMARC also needs that domain to align with From.',
  },
  fail: {
    meaning: 'The SPF record of the envelope sender domain says this sending server is not allowed (-all).',
    cause: 'The sending IP is not in the SPF record: a new mail service, a forwarder, or a forgery.',
    fix: 'Add the sending service to the SPF record (include: its SPF domain, or ip4:/ip6: its addresses). Forwarders should use SRS or rely on DKIM and ARC.',
  },
  softfail: {
    meaning: 'The SPF record says this server is probably not allowed (~all), without asking receivers to reject.',
    cause: 'The sending IP is not in the SPF record, and the record ends in ~all.',
    fix: 'Add the sending service to the SPF record. Once every sender is listed, consider -all.',
  },
  neutral: {
    meaning: 'The SPF record explicitly makes no statement about this server (?all or a ? mechanism).',
    cause: 'The record is a placeholder or the domain does not want to commit.',
    fix: 'List the real sending services and end the record with ~all or -all.',
  },
  none: {
    meaning: 'No SPF record was found for the envelope sender domain (or there was no usable domain).',
    cause: 'The domain publishes no "v=spf1" TXT record, or MAIL FROM was empty (a bounce) and HELO had none.',
    fix: 'Publish a TXT record "v=spf1 include:<your provider> -all" on the envelope sender domain.',
  },
  temperror: {
    meaning: 'The receiver could not finish the SPF check because of a temporary DNS problem.',
    cause: 'DNS timeout or SERVFAIL at the domain\'s name servers, or a lookup that was too slow.',
    fix: 'Check that the domain\'s name servers answer reliably; the next delivery attempt may pass.',
  },
  permerror: {
    meaning: 'The SPF record is broken and cannot be evaluated.',
    cause: 'Syntax error, two v=spf1 records, more than 10 DNS-querying mechanisms (include, a, mx, ptr, exists, redirect) or more than 2 void lookups.',
    fix: 'Fix the record: keep one v=spf1 TXT record, remove unused includes, flatten to stay within 10 lookups.',
  },
  policy: {
    meaning: 'A local policy of the receiver replaced the SPF result.',
    cause: 'The receiver has a rule for this sender (allow list, forwarder exemption).',
    fix: 'Nothing for the domain owner; ask the receiver which policy applied.',
  },
};
