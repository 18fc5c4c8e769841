/**
 * Outlook on the web URLs (as public OWA extensions and Graph's webUrl write them): `/mail/inbox/id/<url-encoded id>` on outlook.office.com,
 * outlook.cloud.microsoft and outlook.office365.com, `/mail/0/inbox/id/<id>` on outlook.live.com, sometimes
 * followed by `/sxs/<id>`. The id is an item id (`AAMk…`/`AQMk…`) or, in conversation view, a conversation id
 * (`AAQk…`/`AQQk…`), which real addresses in public code mostly carry. So an id in the address only tells that
 * a message is open, never which message a source dialog shows.
 */

export interface OutlookLocation {
  /** Mailbox index of a multi-account live.com session (`/mail/0/`), or null. */
  mailboxIndex: string | null;
  /** The item or conversation id in the address, or null. */
  itemId: string | null;
}

function isDigits(s: string | undefined, max: number): s is string {
  return s !== undefined && s.length > 0 && s.length <= max && /^\d+$/.test(s);
}

/** Exchange ids are base64 (with `-`/`_` in URL-safe form); bounded length. */
export function isPlausibleOutlookId(id: string): boolean {
  return id.length >= 8 && id.length <= 512 && /^[\w+/=-]+$/.test(id);
}

function decodeSegment(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function outlookLocation(pathname: string): OutlookLocation {
  const parts = pathname.split('/', 16);
  const mailboxIndex = parts[1] === 'mail' && isDigits(parts[2], 3) ? parts[2] : null;
  let itemId: string | null = null;
  for (let i = 0; i + 1 < parts.length && itemId === null; i++) {
    if (parts[i] !== 'id' && parts[i] !== 'sxs') continue;
    const id = decodeSegment(parts[i + 1] ?? '');
    if (id !== null && isPlausibleOutlookId(id)) itemId = id;
  }
  return { mailboxIndex, itemId };
}
