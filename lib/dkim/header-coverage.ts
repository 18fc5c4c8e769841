/**
 * Which headers a reader sees that a signature does not protect. RFC 6376 §8.15 (attacks with extra
 * header fields): a verifier picks signed instances bottom-up (§5.4.2), so an extra copy of a
 * single-instance field added ABOVE the signed one is what mail clients display, yet the signature
 * still verifies. Over-signing (listing a name once more than it occurs) prevents that.
 */
import type { HeaderField } from '../mime';

/** Fields a reader relies on; all are single-instance (RFC 5322 §3.6 max 1; RFC 2045 Content-Type). */
export const IMPORTANT_HEADERS = ['from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'date', 'message-id', 'content-type'] as const;

export interface HeaderCoverage {
  /** Important names present in the message but absent from h=. */
  unsigned: string[];
  /** Important names with more instances in the message than h= covers: an unsigned copy sits on top. */
  added: string[];
}

const DISPLAY: Record<(typeof IMPORTANT_HEADERS)[number], string> = {
  from: 'From', sender: 'Sender', 'reply-to': 'Reply-To', to: 'To', cc: 'Cc', subject: 'Subject', date: 'Date',
  'message-id': 'Message-ID', 'content-type': 'Content-Type',
};

export function headerCoverage(fields: readonly HeaderField[], signedHeaders: readonly string[]): HeaderCoverage {
  const unsigned: string[] = [];
  const added: string[] = [];
  for (const name of IMPORTANT_HEADERS) {
    let present = 0;
    for (const f of fields) if (f.key === name) present++;
    let signed = 0;
    for (const h of signedHeaders) if (h === name) signed++;
    if (present === 0) continue;
    if (signed === 0) unsigned.push(DISPLAY[name]);
    else if (present > signed) added.push(DISPLAY[name]);
  }
  return { unsigned, added };
}
