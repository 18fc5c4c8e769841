/** A valid DKIM signature (RFC 6376) whose d= aligns with the From domain (RFC 7489 §3.1.1). */
import { domainOf, relaxedAligned } from '../dmarc/align';

/** A domain as shown: bare and lower-case. */
const shown = (d: string): string => domainOf(d) ?? d;
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem } from './types';
import { mapList } from '../list/map-list';

const TITLE = 'DKIM signature valid and aligned with the From domain';

export function dkimItem(input: ChecklistInput, bulk: boolean): DeliverabilityItem {
  // RFC 8601 §2.7.1: dkim=none means the message was not signed; it is no signature, never a failed one.
  const dkim = input.dkim?.filter((d) => d.result.trim().toLowerCase() !== 'none') ?? null;
  if (!dkim) return item('dkim', 'unknown', TITLE, 'DKIM signatures were not verified for this message.', 'Turn on live checks to verify the signatures.');
  if (dkim.length === 0) {
    return item('dkim', bulk ? 'fail' : 'warn', TITLE, `The message has no DKIM signature${bulk ? ', and it looks like bulk mail: Gmail, Yahoo and Microsoft require DKIM of bulk senders' : ''}.`, `Turn on DKIM signing for ${input.headerFrom ? shown(input.headerFrom) : 'the From domain'} at the sending provider and publish its selector key in DNS.`);
  }
  const label = (d: { domain: string | null }): string => `d=${d.domain === null ? '?' : shown(d.domain)}`;
  const passing = dkim.filter((d) => d.result.trim().toLowerCase() === 'pass');
  if (passing.length > 0) {
    const from = input.headerFrom ? shown(input.headerFrom) : null;
    const dmarcSays = input.dmarc?.dkimAligned;
    const alignedAll = typeof dmarcSays === 'boolean' ? (dmarcSays ? passing : []) : passing.filter((d) => relaxedAligned(d.domain, from) === true);
    // A signature over the whole body first (RFC 6376 §8.2: with l= anything after the signed bytes passes too).
    const aligned = alignedAll.find((d) => d.partialBody !== true) ?? alignedAll[0];
    if (aligned?.partialBody === true) {
      return item('dkim', 'warn', TITLE, `DKIM pass for ${label(aligned)}${from ? `, aligned with the From domain ${from}` : ''}, but the signature covers only the first part of the body (l=): text after it could have been added by anyone.`, 'Sign the whole body: remove the l= (body length) option from the DKIM signer.');
    }
    if (aligned) return item('dkim', 'pass', TITLE, `DKIM pass for ${label(aligned)}${from ? `, aligned with the From domain ${from}` : ''}.`, null);
    if (from === null && typeof dmarcSays !== 'boolean') return item('dkim', 'unknown', TITLE, `DKIM pass for ${mapList(passing, label).join(', ')}; the From domain is not known, so alignment could not be checked.`, null);
    return item('dkim', 'warn', TITLE, `DKIM pass only for ${mapList(passing, label).join(', ')}, not for the From domain ${from ?? ''}: such a signature does not count for DMARC.`, `Have the sending provider sign with d=${from ?? 'your domain'} (a custom DKIM domain, usually a CNAME to the provider's key).`);
  }
  if (dkim.every((d) => d.result.trim().toLowerCase() === 'temperror')) {
    return item('dkim', 'unknown', TITLE, `DNS failed while fetching the key for ${mapList(dkim, label).join(', ')} (temperror).`, 'Check again later.');
  }
  const summary = mapList(dkim, (d) => `${label(d)}: ${d.result}`).join('; ');
  return item('dkim', 'fail', TITLE, `No DKIM signature verifies (${summary}).`, 'Find why: the message was changed after signing (footer, link rewriting, a forwarder), or the published key does not match the one signing (wrong selector, rotated or revoked key).');
}
