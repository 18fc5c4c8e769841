/**
 * Two facts about the message that put a signature in context: when it was delivered (the newest
 * Received date, RFC 5321 §4.4: "; date-time" at the end) and the author domain (RFC 5322 From, the
 * first one: what mail programs show).
 */
import type { HeaderField } from '../mime';
import { parseAddressList, parseMailDate } from '../mime';
import { normalizeDnsName } from './domain-name';

/** Epoch seconds of the topmost parsable Received date, or null. */
export function deliveredAt(fields: readonly HeaderField[]): number | null {
  for (const f of fields) {
    if (f.key !== 'received') continue;
    const semi = f.value.lastIndexOf(';');
    if (semi < 0) continue;
    const d = parseMailDate(f.value.slice(semi + 1));
    if (d.ok) return Math.floor(d.epochMs / 1000);
  }
  return null;
}

/** The domain of the first From mailbox, normalised, or null. */
export function authorDomain(fields: readonly HeaderField[]): string | null {
  const from = fields.find((f) => f.key === 'from');
  const domain = from ? parseAddressList(from.value)[0]?.domain : null;
  return domain ? normalizeDnsName(domain) : null;
}
