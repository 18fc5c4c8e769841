/**
 * Outlook on the web URLs (NOTES-WEBMAIL-DNS §2.1): `/mail/inbox/id/<url-encoded id>` on office.com and
 * office365.com, `/mail/0/inbox/id/<id>` on outlook.live.com, sometimes followed by `/sxs/<id>`. The id is
 * an item id (`AAMk…`/`AQMk…`) or, in conversation view, a conversation id (`AAQk…`/`AQQk…`), which
 * GetItem cannot read.
 */

export type OutlookIdKind = 'item' | 'conversation' | 'unknown';

export interface OutlookLocation {
  /** Mailbox index of a multi-account live.com session (`/mail/0/`), or null. */
  mailboxIndex: string | null;
  itemId: string | null;
  idKind: OutlookIdKind | null;
}

function isDigits(s: string | undefined, max: number): s is string {
  return s !== undefined && s.length > 0 && s.length <= max && /^\d+$/.test(s);
}

/** Exchange ids are base64 (with `-`/`_` in URL-safe form); bounded length. */
export function isPlausibleOutlookId(id: string): boolean {
  return id.length >= 8 && id.length <= 512 && /^[\w+/=-]+$/.test(id);
}

export function outlookIdKind(id: string): OutlookIdKind {
  const head = id.slice(0, 4);
  if (head === 'AAMk' || head === 'AQMk') return 'item';
  if (head === 'AAQk' || head === 'AQQk') return 'conversation';
  return 'unknown';
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
  for (let i = 0; i + 1 < parts.length; i++) {
    const tag = parts[i];
    if (tag !== 'id' && tag !== 'sxs') continue;
    const id = decodeSegment(parts[i + 1] ?? '');
    if (id === null || !isPlausibleOutlookId(id)) continue;
    // Prefer an item id (the `sxs` part when the `id` part is a conversation).
    if (itemId === null || (outlookIdKind(itemId) !== 'item' && outlookIdKind(id) === 'item')) itemId = id;
  }
  return { mailboxIndex, itemId, idKind: itemId === null ? null : outlookIdKind(itemId) };
}

/** The app's JSON service: `/owa/service.svc` (`/owa/<n>/service.svc` on a multi-account live.com session). */
export function outlookServiceUrl(origin: string, mailboxIndex: string | null): string {
  const base = mailboxIndex === null ? '/owa' : `/owa/${mailboxIndex}`;
  return `${origin}${base}/service.svc?action=GetItem&app=Mail`;
}
