/** The webmail pages headerscope can read a message from, and how a URL maps to one of them. */

export type WebmailSite = 'gmail' | 'outlook';

/**
 * Origins the content scripts run on (and the only origins an upload may come from). Outlook on the web for
 * Microsoft 365 moves to outlook.cloud.microsoft ("Unified cloud.microsoft domain for Microsoft 365 apps",
 * learn.microsoft.com/microsoft-365/enterprise/cloud-microsoft-domain; spatie/calendar-links PR #216, 2026-05:
 * outlook.office.com deep links now fail there); outlook.office.com and outlook.office365.com still serve it.
 */
export const WEBMAIL_ORIGINS: Readonly<Record<WebmailSite, readonly string[]>> = {
  gmail: ['https://mail.google.com'],
  outlook: ['https://outlook.office.com', 'https://outlook.cloud.microsoft', 'https://outlook.office365.com', 'https://outlook.live.com'],
};

/** Match patterns for the manifest and for `permissions.contains`. */
export function matchPatternFor(origin: string): string {
  return `${origin}/*`;
}

export interface WebmailPage {
  site: WebmailSite;
  origin: string;
  pathname: string;
  search: string;
}

/** Which supported webmail a URL belongs to (exact https origin), or null. Never throws. */
export function webmailPageOf(url: string | undefined | null): WebmailPage | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const site of ['gmail', 'outlook'] as const) {
    if (WEBMAIL_ORIGINS[site].includes(parsed.origin)) {
      return { site, origin: parsed.origin, pathname: parsed.pathname, search: parsed.search };
    }
  }
  return null;
}

/** Display name for messages ("Gmail", "Outlook"). */
export function siteName(site: WebmailSite): string {
  return site === 'gmail' ? 'Gmail' : 'Outlook';
}
