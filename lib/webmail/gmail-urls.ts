/**
 * Gmail URLs for a message's raw source (InboxSDK getOriginalMessagePage: view=om with permmsgid or th;
 * gmail.js email_source: view=att&attid=0&disp=comp&safe=1&zw). The account index always comes from
 * the current URL (`/mail/u/<n>/`), never a hard-coded 0: a multi-account session serves account 1 at
 * `/mail/u/1/`. Delegated mailboxes keep their `/mail/b/<token>/u/<n>/` prefix.
 */

function isDigits(s: string, max: number): boolean {
  if (s.length === 0 || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isToken(s: string): boolean {
  return s.length > 0 && s.length <= 128 && /^[\w.-]+$/.test(s);
}

/** `/mail/u/1/#inbox` -> `/mail/u/1/`; `/mail/b/xyz/u/0/` kept; `/mail/` (one account) -> `/mail/u/0/`. */
export function gmailAccountPath(pathname: string): string {
  const parts = pathname.split('/', 8);
  // parts: ['', 'mail', 'u', '1', ...] or ['', 'mail', 'b', token, 'u', '0', ...]
  if (parts[1] === 'mail') {
    if (parts[2] === 'u' && isDigits(parts[3] ?? '', 3)) return `/mail/u/${String(Number(parts[3]))}/`;
    if (parts[2] === 'b' && isToken(parts[3] ?? '') && parts[4] === 'u' && isDigits(parts[5] ?? '', 3)) {
      return `/mail/b/${parts[3] ?? ''}/u/${String(Number(parts[5]))}/`;
    }
  }
  return '/mail/u/0/';
}

/** True for an account path produced by `gmailAccountPath` (the background re-checks what a page sends). */
export function isGmailAccountPath(path: string): boolean {
  return path.length <= 200 && gmailAccountPath(path) === path;
}

/**
 * The byte-exact "Download original" URL. It answers with a redirect to mail-attachment.googleusercontent.com,
 * which sends CORS headers only on uncached responses (gmail.js PRs #329/#333/#335): hence the cache-buster.
 */
export function gmailDownloadUrl(origin: string, accountPath: string, legacyHex: string, cacheBuster: string): string {
  const q = new URLSearchParams({ view: 'att', th: legacyHex, attid: '0', disp: 'comp', safe: '1' });
  return `${origin}${accountPath}?${q.toString()}&zw&cacheCounter=${encodeURIComponent(cacheBuster)}`;
}

/** The "Show original" page (`#raw_message_text` holds the source as HTML-escaped text). */
export function gmailShowOriginalUrl(origin: string, accountPath: string, ik: string, syncId: string): string {
  const q = new URLSearchParams({ ik, view: 'om', permmsgid: syncId });
  return `${origin}${accountPath}?${q.toString()}`;
}

/** Is this page Gmail's "Show original" view (`?view=om`)? */
export function isShowOriginalSearch(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'om';
}

/** The message a Show-original URL names: `permmsgid=msg-f:<n>`, or the legacy `th=<hex>`. */
export function showOriginalIds(search: string): { permmsgid: string | null; th: string | null } {
  const q = new URLSearchParams(search);
  return { permmsgid: q.get('permmsgid'), th: q.get('th') };
}
