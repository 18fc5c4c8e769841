/** RFC 7489 §3 / §6.6 results, explained. */
import type { Explanation } from './types';

export const DMARC_EXPLAINED: Readonly<Record<string, Explanation>> = {
  pass: {
    meaning: 'The From domain is authenticated: SPF or DKIM passed for a domain that aligns with From.',
    cause: 'The sender set up SPF or DKIM for its own domain.',
    fix: 'Nothing to change. With p=none, consider moving to quarantine or reject once reports look clean.',
  },
  fail: {
    meaning: 'Neither SPF nor DKIM passed for a domain aligned with the From address.',
    cause: 'A third-party service sends as your domain without signing with it, a forwarder or list broke DKIM, or the From address is forged.',
    fix: 'Sign with DKIM using d= your domain (or a subdomain) at every service that sends as you, or have it use your domain as MAIL FROM with SPF. Read your DMARC aggregate reports (rua=) to find the failing sources.',
  },
  none: {
    meaning: 'The From domain publishes no DMARC record, so there is nothing to evaluate.',
    cause: 'No "v=DMARC1" TXT record at _dmarc.<domain> (nor at the organizational domain).',
    fix: 'Publish "v=DMARC1; p=none; rua=mailto:<reports address>" at _dmarc.<your domain>, then tighten the policy.',
  },
  temperror: {
    meaning: 'The DMARC record could not be fetched because of a temporary DNS problem.',
    cause: 'DNS timeout or SERVFAIL for _dmarc.<domain>.',
    fix: 'Check that the domain\'s name servers answer reliably.',
  },
  permerror: {
    meaning: 'The DMARC record exists but cannot be used.',
    cause: 'Syntax error, several DMARC records, or a missing p= tag.',
    fix: 'Keep exactly one TXT record at _dmarc.<domain> starting "v=DMARC1; p=".',
  },
};
