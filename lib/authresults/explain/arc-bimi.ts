/** RFC 8617 §4.2 chain validation (cv=) and BIMI results, explained. */
import type { Explanation } from './types';

export const ARC_EXPLAINED: Readonly<Record<string, Explanation>> = {
  pass: {
    meaning: 'The ARC chain verified: each intermediary that handled the message sealed what it saw, unbroken.',
    cause: 'The message went through a forwarder or mailing list that adds ARC seals.',
    fix: 'Nothing to change. Receivers may use the sealed earlier results when SPF or DKIM broke on the way, if they trust the sealer.',
  },
  fail: {
    meaning: 'An ARC chain was present but did not verify.',
    cause: 'A seal or ARC-Message-Signature was broken by a later change, or a seal was forged.',
    fix: 'For intermediaries: seal after all changes, with a published key. For senders: nothing; rely on DKIM for your own domain.',
  },
  none: {
    meaning: 'The message carried no ARC headers before this receiver.',
    cause: 'It came directly from the sender, or through intermediaries that do not seal.',
    fix: 'Nothing to change.',
  },
};

export const BIMI_EXPLAINED: Readonly<Record<string, Explanation>> = {
  pass: {
    meaning: 'The receiver found a valid BIMI record and logo for the From domain and may show the logo.',
    cause: 'The domain publishes BIMI, passes DMARC with an enforcing policy, and (for many receivers) holds a mark certificate.',
    fix: 'Nothing to change.',
  },
  none: {
    meaning: 'The domain publishes no BIMI record.',
    cause: 'No TXT record at default._bimi.<domain>.',
    fix: 'Optional: publish a BIMI record with an SVG Tiny PS logo once DMARC is at quarantine or reject.',
  },
  fail: {
    meaning: 'A BIMI record exists but the logo or certificate could not be validated.',
    cause: 'Logo not in SVG Tiny PS, certificate (VMC/CMC) invalid or not matching, or unreachable URLs.',
    fix: 'Validate the SVG and certificate with a BIMI checker and fix the l= / a= URLs.',
  },
  skipped: {
    meaning: 'The receiver did not look for BIMI.',
    cause: 'Usually DMARC did not pass or the policy is p=none (not at enforcement).',
    fix: 'Reach DMARC p=quarantine or p=reject (pct=100) with passing mail first.',
  },
  declined: {
    meaning: 'The domain publishes a BIMI record that declines to show a logo.',
    cause: 'An empty BIMI record (v=BIMI1; l=;) was published on purpose.',
    fix: 'Nothing, unless a logo is wanted.',
  },
  temperror: {
    meaning: 'BIMI could not be evaluated because of a temporary error.',
    cause: 'DNS or HTTPS fetch failure.',
    fix: 'Check that the record and logo URLs are reachable.',
  },
};
