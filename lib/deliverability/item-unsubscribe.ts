/**
 * One-click unsubscribe for bulk mail: List-Unsubscribe with an https URI and
 * List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058 §3.1), both covered by a DKIM signature (§4).
 * Gmail and Yahoo require it of bulk senders since February 2024, Microsoft (Outlook.com) since May 2025.
 */
import { item } from './item';
import { equalsLower } from '../text/equals-lower';
import type { BulkSignals } from './bulk-signals';
import { isHttpsUri, isOneClickPost, unsubscribeUris } from './list-unsubscribe';
import type { ChecklistInput, DeliverabilityItem } from './types';
import { mapList } from '../list/map-list';

const TITLE = 'One-click unsubscribe for bulk mail (RFC 8058)';
const ADD =
  'Add both headers: List-Unsubscribe: <https://example.com/unsub?id=...>, <mailto:unsub@example.com> and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both with DKIM. Gmail and Yahoo require this of bulk senders since 2024, Microsoft since 2025; the https URL must unsubscribe on a POST without further steps.';

export function unsubscribeItem(input: ChecklistInput, bulk: BulkSignals): DeliverabilityItem {
  const headers = input.headers;
  if (!headers) return item('unsubscribe', 'unknown', TITLE, 'The message headers were not given.', null);
  if (!bulk.bulk)
    return item(
      'unsubscribe',
      'pass',
      TITLE,
      'No sign of bulk mail (no List-Unsubscribe, Precedence: bulk, List-Id or email service provider headers): one-click unsubscribe is not required.',
      null,
    );
  const why = `Bulk mail: ${bulk.reasons.join('; ')}.`;
  const lu = headers.filter((h) => equalsLower(h.name, 'list-unsubscribe'));
  const post = headers.filter((h) => equalsLower(h.name, 'list-unsubscribe-post'));
  // Gmail's sender guidelines FAQ (https://support.google.com/a/answer/14229414): transactional messages are exempt.
  if (lu.length === 0 && bulk.serviceOnly) {
    return item(
      'unsubscribe',
      'warn',
      TITLE,
      `Possibly bulk mail: ${bulk.reasons.join('; ')}. It has no List-Unsubscribe header: required if this is marketing or subscribed mail, not for transactional mail (receipts, password resets, order updates).`,
      ADD,
    );
  }
  if (lu.length === 0) return item('unsubscribe', 'fail', TITLE, `${why} It has no List-Unsubscribe header.`, ADD);
  const uris: string[] = [];
  for (const h of lu) uris.push(...unsubscribeUris(h.value));
  const https = uris.filter(isHttpsUri);
  const oneClick = post.some((h) => isOneClickPost(h.value));
  const shown =
    uris.length > 0 ? mapList(uris, (u) => (u.length > 80 ? `${u.slice(0, 77)}...` : u)).join(', ') : '(no <URI> in it)';
  if (https.length === 0) {
    const httpOnly = uris.some((u) => u.toLowerCase().startsWith('http://'));
    return item(
      'unsubscribe',
      'fail',
      TITLE,
      `${why} List-Unsubscribe has no https URL (${shown})${httpOnly ? '; RFC 8058 requires HTTPS, plain http does not count' : ''}.`,
      ADD,
    );
  }
  if (!oneClick) {
    const bad = post[0] ? ` (it says "${post[0].value.trim().slice(0, 80)}")` : '';
    return item(
      'unsubscribe',
      'fail',
      TITLE,
      `${why} List-Unsubscribe has an https URL, but List-Unsubscribe-Post: List-Unsubscribe=One-Click is missing${bad}.`,
      ADD,
    );
  }
  const signed = (input.dkim ?? []).filter((d) => d.result.trim().toLowerCase() === 'pass' && d.signedHeaders);
  if (
    signed.length > 0 &&
    !signed.some(
      (d) => d.signedHeaders?.includes('list-unsubscribe') && d.signedHeaders.includes('list-unsubscribe-post'),
    )
  ) {
    return item(
      'unsubscribe',
      'warn',
      TITLE,
      `${why} Both headers are present, but no valid DKIM signature covers List-Unsubscribe and List-Unsubscribe-Post (RFC 8058 §4), so receivers may ignore them.`,
      'Add list-unsubscribe and list-unsubscribe-post to the h= list of the DKIM signature.',
    );
  }
  return item(
    'unsubscribe',
    'pass',
    TITLE,
    `${why} List-Unsubscribe has an https URL and List-Unsubscribe-Post: List-Unsubscribe=One-Click is present.`,
    null,
  );
}
