/**
 * DoH provider presets (data only). Wire format (RFC 8484) is the default everywhere; the JSON API is kept
 * for providers and debugging where only it is wanted (Cloudflare's own JSON page says the format has no RFC and
 * recommends wire format for critical use; Quad9 documents no JSON API, so Quad9 is wire-only here).
 */
import type { DohFormat } from '../dns/types';

export type { DohFormat };

export interface DohProvider {
  id: string;
  label: string;
  /** RFC 8484 endpoint (GET ?dns= or POST application/dns-message). */
  wire: string;
  /** JSON API endpoint (GET ?name=&type=, application/dns-json), or null when not offered. */
  json: string | null;
  /** Origin to request as a host permission. */
  origin: string;
}

export const DOH_PROVIDERS: readonly DohProvider[] = [
  { id: 'cloudflare', label: 'Cloudflare (1.1.1.1)', wire: 'https://cloudflare-dns.com/dns-query', json: 'https://cloudflare-dns.com/dns-query', origin: 'https://cloudflare-dns.com/*' },
  { id: 'google', label: 'Google Public DNS', wire: 'https://dns.google/dns-query', json: 'https://dns.google/resolve', origin: 'https://dns.google/*' },
  { id: 'quad9', label: 'Quad9', wire: 'https://dns.quad9.net/dns-query', json: null, origin: 'https://dns.quad9.net/*' },
];

/** A preset by id, or null. */
export function dohProvider(id: string): DohProvider | null {
  return DOH_PROVIDERS.find((p) => p.id === id) ?? null;
}

/** A user-supplied endpoint: https only (no credentials in the URL), else null. */
export function customDohProvider(url: string, format: DohFormat = 'wire'): DohProvider | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.hash !== '') return null;
  const endpoint = parsed.toString();
  return { id: 'custom', label: parsed.host, wire: endpoint, json: format === 'json' ? endpoint : null, origin: `${parsed.origin}/*` };
}
